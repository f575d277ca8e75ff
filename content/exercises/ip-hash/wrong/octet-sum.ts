// expect-fail: balance-10k
// Mistake: a weak hash. The sum of four octets is bell-shaped (most sums sit
// near 510), so cutting its range into equal slices overloads the middle.

export function createBalancer(): Balancer {
  let servers: ServerId[] = [];
  return {
    setServers(list) {
      servers = [...list].sort();
    },
    route(request) {
      const sum = request.clientIp
        .split(/[.:]/)
        .reduce((total, part) => total + (parseInt(part, 10) || 0), 0) % 1021;
      return { server: servers[Math.floor((sum / 1021) * servers.length)] };
    },
  };
}

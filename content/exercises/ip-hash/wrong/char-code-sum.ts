// expect-fail: balance-200-servers
// Mistake: a weak hash, the sum of the address's character codes modulo the
// number of servers. Over five servers its few hundred distinct sums happen
// to spread evenly, but over 200 servers some get several times the mean.

export function createBalancer(): Balancer {
  let servers: ServerId[] = [];
  return {
    setServers(list) {
      servers = [...list].sort();
    },
    route(request) {
      let sum = 0;
      for (let i = 0; i < request.clientIp.length; i++) sum += request.clientIp.charCodeAt(i);
      return { server: servers[sum % servers.length] };
    },
  };
}

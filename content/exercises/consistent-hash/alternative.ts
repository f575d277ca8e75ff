// A second design: rendezvous (highest random weight) hashing. Every server
// scores the key and the best score wins: O(N) per route, no ring, perfect
// minimal disruption (only the keys of a server that leaves move).

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h);
}

/** A 32-bit avalanche (the "lowbias32" constants): each input bit flips half the output bits. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
}

export function createBalancer(): Balancer {
  let ids: ServerId[] = [];
  let salts: number[] = [];

  return {
    setServers(list) {
      // Sorted so that equal scores (rare) are won by the same server everywhere.
      ids = [...list].sort();
      salts = ids.map(hash32);
    },
    route(request) {
      const key = hash32(request.clientIp);
      let best = 0;
      let bestScore = -1;
      for (let i = 0; i < ids.length; i++) {
        const score = mix(key ^ salts[i]);
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      return { server: ids[best] };
    },
  };
}

/**
 * The yardstick the large-ring scenario times the learner against: the
 * slowest design the contract still calls sensible, rendezvous hashing that
 * builds a string per server per route (O(N) per route, 50 string hashes).
 *
 * Timing the learner against this yardstick on the same keys, interleaved in
 * the same run, makes the verdict a ratio: a fast or a busy machine speeds up
 * or slows down both sides alike, so the limit needs no tuning per machine.
 */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Written on every call, so the compiler cannot drop the work as unused. */
let checksum = 0;

/** Routes `keys[from..to)` with naive rendezvous. */
export function referenceRoutes(servers: readonly string[], keys: readonly string[], from: number, to: number): void {
  for (let k = from; k < to; k++) {
    let best = 0;
    let bestScore = -1;
    for (let s = 0; s < servers.length; s++) {
      const score = fnv(servers[s] + '|' + keys[k]);
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
    checksum = (checksum + best) | 0;
  }
}

/**
 * The round-robin property, checked request by request: between two
 * consecutive requests to a server x, every other server that was in the set
 * the whole time gets exactly one request, and a server that joined in
 * between gets at most one. With a stable set this is "every H consecutive
 * requests reach H distinct servers"; across a change it is "the rotation
 * continues without a gap or a double hit", whatever the list order.
 */
export class RotationCheck {
  private readonly lastHit = new Map<string, number>();
  private readonly prevHit = new Map<string, number>();
  /** Index of the first request for which the server was in the set. */
  private readonly joinedAt = new Map<string, number>();
  private members: string[] = [];

  setServers(servers: readonly string[], nextIndex: number): void {
    const next = new Set(servers);
    for (const s of this.members) {
      if (!next.has(s)) {
        // A server that leaves and comes back starts a fresh history.
        this.joinedAt.delete(s);
        this.lastHit.delete(s);
        this.prevHit.delete(s);
      }
    }
    for (const s of servers) if (!this.joinedAt.has(s)) this.joinedAt.set(s, nextIndex);
    this.changedAt = nextIndex;
    this.members = [...next];
  }

  /** Index of the first request after the latest change of the set. */
  private changedAt = 0;
  /** The largest second-to-last hit of any server: a double hit shows as one above j. */
  private maxPrev = -1;

  /** Returns a description of the violation, or null. Request numbers are 1-based in text. */
  hit(server: string, index: number): string | null {
    const j = this.lastHit.get(server);
    let problem: string | null = null;
    // Fast path for a stable set: exactly one full round since j, and no
    // server hit twice in it. Only windows that span a change (or a
    // violation) need the per-server scan below.
    const stable = j !== undefined && j >= this.changedAt && index - j === this.members.length && this.maxPrev <= j;
    if (j !== undefined && !stable) {
      for (const y of this.members) {
        if (y === server) continue;
        const prev = this.prevHit.get(y);
        if (prev !== undefined && prev > j) {
          problem =
            `Request ${index + 1} went to ${server}, whose previous request was ${j + 1}; in between, ${y} got two requests ` +
            `(${prev + 1} and ${this.lastHit.get(y)! + 1}): a double hit. Each server should get one request per round.`;
          break;
        }
        const joined = this.joinedAt.get(y)!;
        const last = this.lastHit.get(y);
        if (joined <= j && (last === undefined || last < j)) {
          problem =
            `Request ${index + 1} went to ${server} again (its previous request was ${j + 1}), but ${y}, in the set the whole time, ` +
            `got none of the requests in between: the rotation skipped it (a gap).`;
          break;
        }
      }
    }
    if (j !== undefined) {
      this.prevHit.set(server, j);
      if (j > this.maxPrev) this.maxPrev = j;
    }
    this.lastHit.set(server, index);
    return problem;
  }
}

import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import { sheetFigures as f } from '@/components/review-sheet/figures';
import { SheetSection, TABLE } from '@/components/review-sheet/sheet-section';

export const metadata: Metadata = pageMetadata({
  title: 'Review sheet',
  description: 'The whole sticky-sessions course on one printable page: definition, mechanisms, failure modes with their figures, alternatives, decision rules and the 60-second answer.',
  path: '/review-sheet',
});

/**
 * The course on one page for the hour before an interview. Static, printable
 * on A4 and Letter (print rules in globals.css), and every figure comes from
 * the lessons' own modules through components/review-sheet/figures.ts.
 */
export default function ReviewSheetPage() {
  return (
    <article className="review-sheet mx-auto max-w-4xl text-[15px] leading-snug print:max-w-none print:text-[8.5pt] print:leading-tight">
      <h1 className="text-2xl font-bold tracking-tight print:text-[15pt]">Sticky sessions: the review sheet</h1>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300 print:text-black">
        The whole course on one page. Print it (A4 or Letter), or read it the hour before an interview. Each heading links to the
        lesson behind it; figures assume {f.meanSession}-minute mean sessions where time matters.
      </p>

      <SheetSection id="sheet-definition" title="Definition" lesson={{ slug: 'what-are-sticky-sessions', label: 'Lesson 1' }}>
        <p>
          <strong>Sticky sessions</strong> (session affinity) make a load balancer send every request of a session to the server that
          handled its first, so that state held in that server&apos;s memory (a cart, a login) is there next time. The balancer still
          places each <em>new</em> session; it never moves an existing one unless its server is gone.
        </p>
      </SheetSection>

      <SheetSection id="sheet-mechanisms" title="Mechanisms" lesson={{ slug: 'how-balancers-stick', label: 'Lesson 2' }}>
        <table className={TABLE}>
          <thead>
            <tr>
              <th scope="col">mechanism</th>
              <th scope="col">examples</th>
              <th scope="col">strength</th>
              <th scope="col">breaks on</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>cookie the balancer inserts (L7, needs TLS ended at the balancer)</td>
              <td>HAProxy <code>cookie … insert</code>, ALB <code>AWSALB</code>, NGINX <code>sticky cookie</code>, Envoy stateful session</td>
              <td>strong (recorded)</td>
              <td>clients without cookies; forged or stale values if unvalidated</td>
            </tr>
            <tr>
              <td>application cookie</td>
              <td>ALB <code>AWSALBAPP</code>, HAProxy <code>cookie … prefix</code></td>
              <td>strong</td>
              <td>not with ALB weighted target groups</td>
            </tr>
            <tr>
              <td>source-address hash (L4 or L7)</td>
              <td>NGINX <code>ip_hash</code> (first 3 octets), Kubernetes <code>ClientIP</code>, NLB <code>source_ip</code></td>
              <td>weak (recomputed)</td>
              <td>NAT and CDNs (many users, one key), mobile address changes</td>
            </tr>
            <tr>
              <td>stick table on the balancer</td>
              <td>HAProxy <code>stick on src</code> / cookie, with peers</td>
              <td>strong</td>
              <td>balancer failover without table sync</td>
            </tr>
            <tr>
              <td>consistent hash of a key</td>
              <td>Envoy ring hash and Maglev, NGINX <code>hash … consistent</code></td>
              <td>weak</td>
              <td>about 1/N of keys move when a server joins or leaves</td>
            </tr>
            <tr>
              <td>the connection itself</td>
              <td>HTTP/2 and gRPC channels, WebSockets, any L4 balancer</td>
              <td>lasts the connection</td>
              <td>scale-out (new servers get nothing until connections recycle)</td>
            </tr>
          </tbody>
        </table>
      </SheetSection>

      <SheetSection id="sheet-failures" title="Failure modes, with figures" lesson={{ slug: 'pitfalls', label: 'Lessons 3, 4, 9' }}>
        <ul className="list-disc pl-5">
          <li>
            <strong>Shared address under IP hashing:</strong> 30% of users behind one NAT over 10 servers puts {f.natSkew30of10}× the mean on one
            server (1 + p(N − 1)); even 5% gives {f.natSkew5of10}×. More servers make it worse.
          </li>
          <li>
            <strong>Mobile address change:</strong> a new address lands on another of 5 servers {f.mobileMoved} of the time, (N − 1)/N.
          </li>
          <li>
            <strong>Crash:</strong> loses that server&apos;s sessions (1/N of users). A mod-N hash remaps about 90% of users when 1 of 10 goes;
            a consistent hash, only the 10% that must move. A blindly trusted cookie fails until it expires.
          </li>
          <li>
            <strong>Scale-out:</strong> a new server fills only with new sessions: round-robin placement reaches 90% of the mean after about{' '}
            {f.roundRobinTo90} minutes ({f.roundRobinAt30} at 30); fewest-sessions placement in about {f.leastSessionsTo90}.
          </li>
          <li>
            <strong>Deploys:</strong> drain (no new sessions, existing ones stay): a 5-minute deadline still cuts {f.drainCut5} of sessions, a
            60-minute one {f.drainCut60}. ALB deregistration is not a sticky drain.
          </li>
          <li>
            <strong>Hot users:</strong> sessions are balanced, work is not; cap placement by load, bound a hash (c × the mean) for cache-like traffic.
          </li>
          <li>
            <strong>Long-lived connections:</strong> after 4 → 5 servers each old one keeps {f.grpcOldLoad}× the mean until connections
            recycle; 3 HTTP/2 clients over 5 servers leave {f.idleOf5} idle. <code>MAX_CONNECTION_AGE</code> of 30 minutes: caught up in{' '}
            {f.grpcCatchUp} minutes with least-connections placement, {f.grpcRandomTo90} to 90% at random; 10,000 connections recycled every 5
            minutes cost about {f.reconnects5min} handshakes a second.
          </li>
          <li>
            <strong>Canary:</strong> weights move new sessions only: a 10% canary holds {f.canaryAt5}% of sessions after 5 minutes,{' '}
            {f.canaryAt30}% after 30, and {f.canaryHeavy}% of requests if a user sending 17% lands on it. After a rollback, {f.pinnedAfter10} of
            its sessions are still pinned 10 minutes later.
          </li>
        </ul>
      </SheetSection>

      <SheetSection id="sheet-alternatives" title="Alternatives" lesson={{ slug: 'stateless-alternatives', label: 'Lesson 7' }}>
        <table className={TABLE}>
          <thead>
            <tr>
              <th scope="col">design</th>
              <th scope="col">state lives</th>
              <th scope="col">you pay</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>shared store (Redis with failover, a database)</td>
              <td>a replicated store every server reads</td>
              <td>a round trip per request, a store to run; atomic updates for concurrent tabs</td>
            </tr>
            <tr>
              <td>signed token (JWT, encrypted cookie)</td>
              <td>the client</td>
              <td>size on every request (4,096 bytes per cookie), no revocation before expiry without some state</td>
            </tr>
            <tr>
              <td>session replication</td>
              <td>the server and a backup node</td>
              <td>replication traffic, limited scale; survives one crash</td>
            </tr>
            <tr>
              <td>affinity as an optimisation</td>
              <td>anywhere above, plus a warm cache</td>
              <td>nothing for correctness: a miss is only slower</td>
            </tr>
          </tbody>
        </table>
      </SheetSection>

      <SheetSection id="sheet-decisions" title="Decision rules" lesson={{ slug: 'decision-guide', label: 'Lesson 8' }}>
        <p>
          <strong>Affinity is safe when it only makes things faster, dangerous when it is all that keeps results correct.</strong> Test: turn
          it off in staging for an hour; if only latency changes, it is an optimisation.
        </p>
        <ol className="mt-1 list-decimal pl-5">
          <li>Does the next request need state only one server holds? If not, do not stick.</li>
          <li>Can that state move to a store or a token at acceptable cost? Usually: move it, keep soft affinity for caches if useful.</li>
          <li>Is it a live connection or process (WebSocket, game match)? It sticks by nature: design reconnect, resume and draining.</li>
          <li>Would losing it in a crash be acceptable (cache, prototype)? Then sticky cookies with load-based placement are fine.</li>
        </ol>
        <p className="mt-1">
          Across the stack: cookie affinity needs an L7 hop that ends TLS; behind a CDN forward the cookie but keep it out of the cache key;
          global routing can always move a user, so state that must survive lives where every region reads it. In operation: alert on
          max/mean per target, not the average; a 1.25 skew idles {f.idleAt125} of the fleet; even cross-zone spreading over 3 zones sends{' '}
          {f.crossZone3} of requests across a zone.
        </p>
      </SheetSection>

      <SheetSection id="sheet-answer" title="The 60-second answer" lesson={{ slug: 'interview-playbook', label: 'Lesson 10' }}>
        <ol className="list-decimal pl-5">
          <li><strong>Define:</strong> pin a user to one server so state in its memory is there on the next request.</li>
          <li><strong>Mechanism:</strong> usually a cookie the balancer inserts; an IP hash works but breaks behind NAT and on mobile.</li>
          <li>
            <strong>Trade-off:</strong> simple and cache-friendly, but heavy users pin their servers, a crash loses its sessions, new servers
            stay idle after scale-out, deploys must drain.
          </li>
          <li><strong>Alternative:</strong> a replicated store (a round trip per request) or signed tokens (hard to revoke).</li>
          <li>
            <strong>Decision:</strong> fine for a prototype or legacy app, with draining; at scale keep servers stateless and use affinity only as
            an optimisation.
          </li>
        </ol>
      </SheetSection>
    </article>
  );
}

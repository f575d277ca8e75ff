import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import Link from '@/components/ui/link';
import { LabPage } from '@/components/lab/lab-page';

export const metadata: Metadata = pageMetadata({
  title: 'Traffic lab',
  description:
    'Run seeded traffic through six load-balancing strategies in your browser, kill, add and drain servers, and watch load, sessions lost and keys moved.',
  path: '/lab',
});

export default function TrafficLabPage() {
  return (
    <div className="mx-auto max-w-4xl" data-pagefind-body>
      <h1 className="text-3xl font-bold tracking-tight">Traffic lab</h1>
      <p className="mt-3 text-zinc-700 dark:text-zinc-300">
        Seeded traffic from thousands of simulated users runs through a load balancer here, in your browser. Pick a strategy and a
        traffic mix, press Play, then kill, drain or add servers and watch what each strategy does to load, to sessions and to the
        keys it has to move. The same seed gives the same traffic every time, so two strategies can be compared on identical
        requests. The lessons on <Link className="text-blue-700 underline dark:text-blue-300" href="/lessons/pitfalls">pitfalls</Link>,{' '}
        <Link className="text-blue-700 underline dark:text-blue-300" href="/lessons/trade-offs">trade-offs</Link> and{' '}
        <Link className="text-blue-700 underline dark:text-blue-300" href="/lessons/stateless-alternatives">stateless alternatives</Link>{' '}
        open it on the scenario they discuss.
      </p>
      <LabPage />
      <section aria-labelledby="lab-model" className="prose prose-zinc mt-10 max-w-none dark:prose-invert">
        <h2 id="lab-model">What the lab simulates</h2>
        <p>
          About twelve visits start every simulated second, each a run of about eight requests three seconds apart; a session ends
          after 30 seconds without a request. A session is <strong>lost</strong> when its server goes down holding it, or when one of
          its requests reaches a server that does not hold it (its state is not there). <strong>Keys moved</strong> counts the live
          sessions that route to a different server after a change of servers. Load is requests per second over the last ten
          simulated seconds; the busiest server is compared with the mean. A draining server is removed once it holds no session, or
          at a two-minute deadline with whatever it still holds.
        </p>
        <p>
          Bounded loads run on a ring with 100 virtual nodes per server and a ceiling of 1.25 times the mean recent load. The shared
          store sends each request to the next server in turn, since any server can read any session.
        </p>
      </section>
    </div>
  );
}

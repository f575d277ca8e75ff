/**
 * Drives a learner's round-robin balancer through a plan of request bursts
 * and server-set changes, checking every decision and charting requests per
 * server over time.
 */
import { AddressSource } from '../../../sim/addresses';
import type { Rng } from '../../../sim/random';
import { LoadSeriesBuilder } from '../../kit/load-series';
import { max, min, round } from '../../kit/stats';
import { GuardedBalancer } from '../../guard/balancer';
import type { IncomingRequestData } from '../../guard/types';
import type { ScenarioContext, ScenarioOutcome } from '../../scenario';
import type { ChartEvent } from '../../types';
import { RotationCheck } from './rotation-check';

export type PlanStep =
  | { requests: number }
  | { servers: string[]; kind?: ChartEvent['kind']; label?: string };

const MEAN_GAP_MS = 40;

export function drivePlan(ctx: ScenarioContext, rng: Rng, plan: readonly PlanStep[]): ScenarioOutcome {
  const balancer = new GuardedBalancer(ctx.freshModule());
  const check = new RotationCheck();
  const addresses = new AddressSource(rng.fork('addresses'), 'mixed');
  const clients = Array.from({ length: 200 }, () => addresses.next());
  // Cookies and addresses vary, and round-robin must ignore them.
  const cookieJars = Array.from({ length: 50 }, (_, i) => {
    const jar: Record<string, string> = i < 40 ? {} : { session: rng.int(1e9).toString(36) };
    return Object.freeze(jar);
  });
  const total = plan.reduce((n, step) => n + ('requests' in step ? step.requests : 0), 0);
  const series = new LoadSeriesBuilder('requests per second', 0);
  const bucketMs = Math.max(1000, Math.ceil((total * MEAN_GAP_MS) / 120 / 1000) * 1000);
  let bucket = new Map<string, number>();
  let bucketStart = 0;
  let time = 0;
  let index = 0;
  let changes = 0;
  // Hits per server since the last change: shows how even the rotation is.
  let phase = new Map<string, number>();

  for (const step of plan) {
    if ('servers' in step) {
      balancer.setServers(step.servers);
      check.setServers(step.servers, index);
      if (index > 0) {
        changes++;
        series.event({ time, kind: step.kind ?? 'note', label: step.label ?? `set: ${step.servers.length} servers` });
      }
      phase = new Map(step.servers.map((s) => [s, 0]));
      continue;
    }
    for (let k = 0; k < step.requests; k++, index++) {
      time += 1 + Math.round(rng.exponential(MEAN_GAP_MS));
      while (time - bucketStart >= bucketMs) {
        const rate = new Map([...bucket].map(([s, n]) => [s, round((n * 1000) / bucketMs, 2)]));
        for (const s of balancer.servers) if (!rate.has(s)) rate.set(s, 0);
        series.sample(bucketStart + bucketMs, rate, true);
        bucket = new Map();
        bucketStart += bucketMs;
      }
      const request: IncomingRequestData = { time, clientIp: rng.pick(clients), cookies: rng.pick(cookieJars) };
      const { server } = balancer.route(request, index);
      const problem = check.hit(server, index);
      if (problem) return { status: 'failed', message: problem, metrics: { 'requests routed': index + 1, 'set changes': changes }, series: series.build() };
      bucket.set(server, (bucket.get(server) ?? 0) + 1);
      phase.set(server, (phase.get(server) ?? 0) + 1);
    }
  }
  const counts = [...phase.values()];
  return {
    status: 'passed',
    message: `All ${index} requests followed the rotation${changes ? ` across ${changes} changes of the server set` : ''}: no server skipped, none hit twice in a round.`,
    metrics: {
      'requests routed': index,
      'set changes': changes,
      'spread since last change (max - min requests)': max(counts) - min(counts),
    },
    series: series.build(),
  };
}

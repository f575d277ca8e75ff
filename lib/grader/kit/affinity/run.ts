/**
 * Drives a learner's cookie-affinity balancer (or draining balancer) through
 * simulated traffic and server events, checking every decision against the
 * simulator's ground truth. A request is classified before it is routed:
 * - sticky: it carries the cookie of a live session whose server is still in
 *   the set: it must go to that server;
 * - either: its session went idle, or its server left and came back: keeping
 *   the server and placing it afresh both pass;
 * - new: no cookie, a forged one, or its server left: fewest active sessions
 *   (tolerance 2), a fresh cookie.
 */
import { CookieJars } from '../../../sim/cookie-jar';
import { forgeCookies } from '../../../sim/forge';
import { createPopulation } from '../../../sim/population';
import { createRng } from '../../../sim/random';
import { ServerPool } from '../../../sim/servers';
import { SessionBook } from '../../../sim/session-book';
import { Traffic } from '../../../sim/traffic';
import { LoadSeriesBuilder } from '../load-series';
import { GuardedBalancer } from '../../guard/balancer';
import { describeRequest } from '../../guard/describe';
import type { IncomingRequestData } from '../../guard/types';
import type { ScenarioContext, ScenarioOutcome } from '../../scenario';
import { checkCookieSizes, checkFreshCookie, checkOpaque, checkPlacement, opaqueNeedles, stickyViolation } from './checks';
import { AffinityMeasures } from './measures';
import type { AffinitySpec } from './spec';

type Kind = 'sticky' | 'either' | 'new';

const SAMPLE_MS = 250;

function describe(index: number, request: IncomingRequestData): string {
  const text = describeRequest(index, request);
  return text[0].toUpperCase() + text.slice(1);
}

export function runAffinity(ctx: ScenarioContext, spec: AffinitySpec): ScenarioOutcome {
  const rng = createRng(ctx.seed);
  const population = createPopulation(rng.fork('population'), spec.population);
  const traffic = new Traffic(rng.fork('traffic'), population, spec.traffic);
  const forging = rng.fork('forge');
  const pool = new ServerPool(spec.servers, spec.events);
  const allIds = [...new Set([...spec.servers, ...spec.events.map((e) => e.server)])];
  const book = new SessionBook(spec.idleTimeoutMs);
  const jars = new CookieJars();
  const series = new LoadSeriesBuilder('active sessions', spec.traffic.durationMs / 150);
  const measures = new AffinityMeasures(spec, pool);
  const balancer = new GuardedBalancer(ctx.freshModule(), [{ idleTimeoutMs: spec.idleTimeoutMs }], { drain: spec.drain });
  balancer.setServers(pool.servers);
  const leftSince = new Map<string, number>();
  const needles = opaqueNeedles(allIds);
  let anonymous = 0;
  let index = 0;
  let nextSample = 0;

  const fail = (message: string): ScenarioOutcome => ({ status: 'failed', message, metrics: measures.metrics(index), series: series.build() });

  for (let request = traffic.next(); request; request = traffic.next(), index++) {
    const { time, user } = request;
    for (const event of pool.advance(time)) {
      series.event({ time: event.time, kind: event.kind, server: event.server, label: `${event.server} ${event.kind}` });
      if (event.kind === 'drain') {
        if (spec.drain) balancer.drain(event.server);
        continue;
      }
      if (event.kind === 'fail' || event.kind === 'remove') {
        book.endServer(event.server);
        leftSince.set(event.server, event.time);
      }
      balancer.setServers(pool.servers);
      measures.onSetChange(event, time);
    }
    book.expire(time);
    if (time >= nextSample) {
      // Measuring every few hundred ms of virtual time is as exact as the
      // bounds need, and keeps grading cheap next to the learner's work.
      nextSample = time + SAMPLE_MS;
      const counts = book.counts(pool.servers);
      series.sample(time, counts);
      const bad = measures.sample(time, counts);
      if (bad) return fail(bad);
    }

    const keeps = user.cookieMode === 'keep';
    const genuine = keeps ? jars.cookiesOf(user.id) : {};
    const cookies = request.forged ? forgeCookies(forging, genuine, allIds) : genuine;
    const session = book.sessionOf(user.id);
    let kind: Kind = 'new';
    if (!request.forged && keeps && session && jars.has(user.id) && pool.servers.includes(session.server)) {
      kind = session.alive ? 'sticky' : 'either';
    }

    const incoming: IncomingRequestData = { time, clientIp: user.ip, cookies };
    const decision = balancer.route(incoming, index);
    if (decision.setCookies) {
      const problem = checkCookieSizes(decision.setCookies) ?? checkOpaque(decision.setCookies, needles);
      if (problem) return fail(`${describe(index, incoming)}: ${problem}`);
    }

    if (kind === 'sticky' && decision.server !== session!.server) {
      return fail(stickyViolation(describe(index, incoming), session!.server, decision.server, session!.lastSeen, time, spec.idleTimeoutMs));
    }
    if (kind === 'new' || (kind === 'either' && decision.server !== session!.server)) {
      const placed = checkPlacement(decision.server, pool, book) ?? checkFreshCookie(decision.server, decision.setCookies);
      if (placed) {
        const why = request.forged
          ? 'its cookies were forged'
          : user.cookieMode === 'disabled' || !jars.has(user.id)
            ? 'it had no cookie of yours'
            : session && !pool.servers.includes(session.server)
              ? `its session's server ${session.server} left the set`
              : 'its session had gone idle';
        return fail(`${describe(index, incoming)} is a new session (${why}). It ${placed}`);
      }
      // Cookie-less clients start a session on every request: each is its own entry.
      book.start(user.cookieMode === 'keep' ? user.id : -1 - anonymous++, decision.server, time);
      measures.onNewSession();
    } else if (kind === 'sticky') {
      book.touch(session!, time);
      measures.onSticky();
    } else {
      // An idle session that kept its server starts over there.
      book.start(user.id, decision.server, time);
    }
    jars.store(user.id, decision.setCookies, user.cookieMode === 'keep');
  }

  const verdict = measures.finish();
  if (verdict) return fail(verdict);
  return {
    status: 'passed',
    message: `All ${index} requests checked: every live session stayed on its server, every new session went to a least-loaded server with a fresh, opaque cookie.${measures.summary()}`,
    metrics: measures.metrics(index),
    series: series.build(),
  };
}

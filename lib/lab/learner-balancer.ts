/**
 * The learner's Balancer as a lab balancer. It goes through the grader's own
 * guard (lib/grader/guard/balancer.ts), so a throw, a garbage return or a
 * server outside the set is reported in the grader's words, naming the
 * request ("request 1234 (t=62.300 s, client 10.0.3.7, cookies lb=…)").
 * Plain TypeScript: the lab worker evaluates the module and hands its exports
 * here; tests do the same in Node.
 */
import { GuardedBalancer } from '@/lib/grader/guard/balancer';
import type { LearnerExports } from '@/lib/grader/scenario';
import type { SimBalancer, SimRequestView } from './balancer-contract';
import { factoryArgs, type LabExerciseId } from './lab-exercises';

/** Called before each route() with its 0-based index, so a host can tell which request never returned. */
export type BeforeRoute = (index: number, request: SimRequestView) => void;

/**
 * Wraps the learner's exports. Throws LearnerError (from the constructor or
 * any call) in the grader's wording; `drain` reaches the learner only in the
 * draining exercise, whose contract has it.
 */
export function learnerBalancer(exports: LearnerExports, exercise: LabExerciseId, idleTimeoutMs: number, beforeRoute?: BeforeRoute): SimBalancer {
  const hasDrain = exercise === 'draining';
  const guarded = new GuardedBalancer(exports, factoryArgs(exercise, idleTimeoutMs), { drain: hasDrain });
  let index = 0;
  return {
    setServers: (servers) => guarded.setServers(servers),
    route(request) {
      beforeRoute?.(index, request);
      return guarded.route(request, index++);
    },
    ...(hasDrain ? { drain: (server: string) => guarded.drain(server) } : {}),
  };
}

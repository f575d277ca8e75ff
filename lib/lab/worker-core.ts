/**
 * The lab worker's message handler (plain TypeScript, so tests drive it in
 * Node): compiles the learner's file with the grader's compiler, evaluates it
 * in an SES compartment (lib/grader/evaluate.ts), and runs it as the strategy
 * of a LabModel, the lab's one engine. Failures of the learner's code are
 * reported in the grader's words; the page decides what to do about time.
 */
import { compileLearnerCode } from '@/lib/grader/compile';
import { evaluateModule } from '@/lib/grader/evaluate';
import { blameLearner } from '@/lib/grader/run-scenario';
import { describeError } from '@/lib/grader/guard/describe';
import { LabModel } from './lab-model';
import { learnerBalancer } from './learner-balancer';
import { parseLabHostMessage, type LabOp, type LabWorkerMessage } from './worker-protocol';
import { formatLabClock } from './stuck-message';

export type LabPost = (message: LabWorkerMessage) => void;

const IDLE_TIMEOUT_MS = 30_000;

/** "(your line 12)" in a learner message: the line the page can take the learner back to. */
function lineIn(message: string): number | undefined {
  const m = message.match(/\(your line (\d+)\)/);
  return m ? Number(m[1]) : undefined;
}

export function createLabWorkerCore(post: LabPost, now: () => number): (data: unknown) => void {
  let model: LabModel | null = null;
  let tracing = false;
  let failed = false;

  const fail = (id: number, error: unknown) => {
    failed = true;
    const learner = blameLearner(error);
    const at = model ? `At ${formatLabClock(model.elapsedMs)} into the run: ` : '';
    const message = learner !== null ? `${at}${learner}` : `The lab itself failed (${describeError(error)}). This is not your mistake.`;
    post({ type: 'lab:error', id, message, ...(learner !== null && lineIn(learner) ? { line: lineIn(learner) } : {}) });
  };

  const apply = (m: LabModel, op: LabOp) => {
    if (op.op === 'advance') m.advanceToElapsed(op.to);
    else m.inject(op.kind, op.server);
  };

  post({ type: 'lab:booted' });
  return (data) => {
    const message = parseLabHostMessage(data);
    if (!message) {
      post({ type: 'lab:error', id: -1, message: 'The lab worker received a message it does not understand.' });
      return;
    }
    if (message.type === 'lab:start') {
      const started = now();
      const compiled = compileLearnerCode(message.code);
      if (!compiled.ok) {
        failed = true;
        post({ type: 'lab:error', id: 0, message: compiled.message, ...(compiled.line ? { line: compiled.line } : {}) });
        return;
      }
      tracing = message.trace;
      try {
        const { seed, mix, servers, script } = message.run;
        const balancer = learnerBalancer(evaluateModule(compiled.js, seed), message.exercise, IDLE_TIMEOUT_MS, (index, r) => {
          if (tracing) post({ type: 'lab:trace', request: { index, time: r.time, clientIp: r.clientIp, cookies: { ...r.cookies } } });
        });
        model = new LabModel({ seed, strategy: 'yours', mix, servers, script, idleTimeoutMs: IDLE_TIMEOUT_MS }, balancer);
      } catch (e) {
        fail(0, e);
        return;
      }
      post({ type: 'lab:metrics', id: 0, metrics: model.metrics(), workMs: now() - started });
      return;
    }
    if (!model || failed) {
      post({ type: 'lab:error', id: message.id, message: 'This run has stopped; restart it.' });
      return;
    }
    const started = now();
    tracing = message.trace;
    try {
      for (const op of message.ops) apply(model, op);
    } catch (e) {
      fail(message.id, e);
      return;
    } finally {
      tracing = false;
    }
    post({ type: 'lab:metrics', id: message.id, metrics: model.metrics(), workMs: now() - started });
  };
}

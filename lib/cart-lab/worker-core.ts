/**
 * The cart lab worker's message handler (the browser entry only adapts
 * postMessage to it). The learner's file is compiled by the grader's
 * compiler and every copy of it is evaluated in its own SES compartment
 * (lib/grader/evaluate.ts), exactly as when grading; learner throws are
 * described as the grader describes them, with the learner's line.
 */
import { compileLearnerCode } from '@/lib/grader/compile';
import { evaluateModule } from '@/lib/grader/evaluate';
import { ensureLockdown } from '@/lib/grader/realm';
import { blameLearner } from '@/lib/grader/run-scenario';
import { definition as sessionStore } from '@/lib/grader/exercises/session-store';
import { missingExport } from '@/lib/grader/worker-core';
import { describeError } from '@/lib/grader/guard/describe';
import { CartLab } from './cart-model';
import { parseCommand, type CartLabReply } from './protocol';

export type Post = (message: CartLabReply) => void;

export function createCartLabCore(post: Post): (data: unknown) => void {
  let lab: CartLab | null = null;
  post({ type: 'ready' });

  /** Runs `work`; a throw of the learner's making stops the run, any other is reported as the lab's own failure. */
  const guarded = (work: () => void) => {
    try {
      work();
    } catch (error) {
      lab = null;
      const message = blameLearner(error);
      if (message !== null) post({ type: 'stopped', message: message.replace('while the grader was reading what it returned', 'while the lab was reading what it returned') });
      else post({ type: 'fatal', message: `The lab itself failed (${describeError(error)}). This is not your mistake.` });
    }
  };
  const state = (events: ReturnType<CartLab['step']>) => {
    if (lab) post({ type: 'state', snapshot: lab.snapshot(), events });
  };

  return (data) => {
    const command = parseCommand(data);
    if (!command) {
      post({ type: 'fatal', message: 'The cart lab worker received a message it does not understand.' });
      return;
    }
    if (command.type === 'start') {
      const compiled = compileLearnerCode(command.code);
      if (!compiled.ok) {
        post({ type: 'stopped', message: compiled.message, ...(compiled.line ? { line: compiled.line } : {}) });
        return;
      }
      const missing = missingExport(compiled.js, sessionStore);
      if (missing !== null) {
        post({ type: 'stopped', message: missing });
        return;
      }
      guarded(() => {
        ensureLockdown();
        const { seed, servers, shoppers } = command;
        lab = new CartLab({ seed, servers, shoppers, freshModule: (randomSeed) => evaluateModule(compiled.js, randomSeed) });
        state([]);
      });
      return;
    }
    const current = lab;
    if (!current) {
      post({ type: 'fatal', message: 'The cart lab has no run: start one first.' });
      return;
    }
    guarded(() => {
      if (command.type === 'step') state(current.step(command.count, (request, time) => post({ type: 'at', request, time })));
      else if (command.type === 'crash') state(current.crash(command.server));
      else state(current.restart(command.server));
    });
  };
}

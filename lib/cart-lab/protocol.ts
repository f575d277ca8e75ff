/**
 * Messages between the cart lab page and its worker. The page sends one
 * command at a time and waits for the answer under a time budget; `at`
 * messages arrive before each request so that the page can name the request
 * the learner's code was stuck on when it has to stop the worker.
 */
import type { CartLabEvent, CartLabSnapshot } from './cart-model';

export type CartLabCommand =
  | { type: 'start'; code: string; seed: number; servers: number; shoppers: number }
  | { type: 'step'; count: number }
  | { type: 'crash'; server: string }
  | { type: 'restart'; server: string };

export type CartLabReply =
  | { type: 'ready' }
  | { type: 'at'; request: number; time: number }
  | { type: 'state'; snapshot: CartLabSnapshot; events: CartLabEvent[] }
  /** The run cannot go on: the learner's code failed to compile, load, or answer (message written for the learner). */
  | { type: 'stopped'; message: string; line?: number }
  | { type: 'fatal'; message: string };

const TYPES = new Set(['start', 'step', 'crash', 'restart']);

/** The command in `data`, or null when it is not one (the worker answers 'fatal'). */
export function parseCommand(data: unknown): CartLabCommand | null {
  if (typeof data !== 'object' || data === null) return null;
  const d = data as Record<string, unknown>;
  if (!TYPES.has(String(d.type))) return null;
  if (d.type === 'start') {
    const ok = typeof d.code === 'string' && [d.seed, d.servers, d.shoppers].every((n) => Number.isInteger(n) && (n as number) >= 0);
    return ok ? (d as CartLabCommand) : null;
  }
  if (d.type === 'step') return Number.isInteger(d.count) && (d.count as number) > 0 ? (d as CartLabCommand) : null;
  return typeof d.server === 'string' ? (d as CartLabCommand) : null;
}

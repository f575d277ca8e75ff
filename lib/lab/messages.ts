/** Sentences about lab events, written to the reader. */
import type { LabStrategy } from './strategies';
import type { LabEventRecord } from './types';

function sessions(n: number): string {
  return `${n.toLocaleString('en-US')} session${n === 1 ? '' : 's'}`;
}

function movedClause(e: LabEventRecord, strategy: LabStrategy): string {
  if (strategy.keyModel === 'observed' && e.kind !== 'drain') return ' Keys moved counts each live session whose next request lands elsewhere.';
  if (e.moved === null) return '';
  if (e.moved === 0) return ' No live session moves to another server.';
  return ` ${e.moved.toLocaleString('en-US')} of ${sessions(e.live)} now route to a different server.`;
}

export function eventMessage(e: LabEventRecord, strategy: LabStrategy): string {
  const store = strategy.stateIn === 'store';
  switch (e.kind) {
    case 'kill':
      return store
        ? `${e.server} went down. No session was lost: their state lives in the shared store.${movedClause(e, strategy)}`
        : `${e.server} went down with ${sessions(e.lost)}: their state is lost.${movedClause(e, strategy)}`;
    case 'add':
      return `${e.server} joined the pool.${movedClause(e, strategy)}`;
    case 'drain':
      return `${e.server} is draining: it takes no new sessions where the strategy can tell new from old.`;
    case 'removed':
      return e.lost === 0
        ? `${e.server} finished draining and left the pool with no session lost.${movedClause(e, strategy)}`
        : `${e.server} reached the drain deadline and left with ${sessions(e.lost)} still on it: their state is lost.${movedClause(e, strategy)}`;
  }
}

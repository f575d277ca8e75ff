/** What the lab model reports to whoever draws it (a React view, a test). */
import type { LabEventKind } from './presets';

export interface LabServerView {
  id: string;
  draining: boolean;
  /** Requests per second over the last few simulated seconds. */
  rate: number;
  /** Live sessions whose state sits on this server. */
  sessions: number;
}

export interface LabEventRecord {
  /** Milliseconds since the lab opened. */
  at: number;
  kind: LabEventKind | 'removed';
  server: string;
  /** Sessions whose state went down with the server. */
  lost: number;
  /** Live sessions that now reach another server; null when there is no routing key. */
  moved: number | null;
  /** Live sessions at the moment of the event. */
  live: number;
  /** One sentence for the reader (and for a screen reader's live region). */
  message: string;
}

export interface LabSample {
  /** Seconds since the lab opened. */
  t: number;
  maxOverMean: number;
  sessionsLost: number;
}

export interface LabMetrics {
  /** Milliseconds since the lab opened. */
  elapsedMs: number;
  requests: number;
  servers: LabServerView[];
  /** Live sessions held by the shared store (session-store strategy only). */
  storeSessions: number;
  liveSessions: number;
  /** Sessions whose state is gone: with their server, or because a request landed elsewhere. */
  sessionsLost: number;
  lostWithServers: number;
  lostToRouting: number;
  /** Total over every change of servers; null when the strategy has no routing key. */
  keysMoved: number | null;
  /** Busiest server's request rate over the mean. */
  maxOverMean: number;
  /** Busiest server's live sessions over the mean (0 when sessions are in the store). */
  sessionsMaxOverMean: number;
  meanRate: number;
  history: readonly LabSample[];
  events: readonly LabEventRecord[];
}

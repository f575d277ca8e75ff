/**
 * The learner-facing shapes of docs/exercises.md as grader-side types. The
 * learner sees the same shapes as ambient declarations (lib/grader/ambient.ts).
 */
export type ServerId = string;

export interface IncomingRequestData {
  readonly time: number;
  readonly clientIp: string;
  readonly cookies: Readonly<Record<string, string>>;
}

export interface DecisionData {
  server: ServerId;
  setCookies?: Record<string, string>;
}

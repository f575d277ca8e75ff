/**
 * How numbers, durations and dates read on the page: one module, so that a
 * score or a count looks the same in the quiz, the progress page, the lab and
 * the exercise results. Plain functions, tested in format.test.ts.
 */

/** Whole percent of `max`, 0 when there is no maximum. */
export function percent(score: number, max: number): number {
  return max > 0 ? Math.round((score / max) * 100) : 0;
}

/** Quiz points can be fractional (partial credit): one decimal is enough to read them. */
export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : (Math.round(points * 10) / 10).toFixed(1);
}

/** 12,000: thousands separated, the same in every locale the course is read in. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** A metric in the exercise results: ratios with 2 decimals, counts whole. */
export function formatMetric(value: number | string): string {
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return formatCount(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(2);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Simulated time as the learner reads it on a chart: ms, s or min. */
export function formatSimTime(ms: number): string {
  if (Math.abs(ms) < 1000) return `${Math.round(ms)} ms`;
  if (Math.abs(ms) < 120_000) return `${Number((ms / 1000).toFixed(1))} s`;
  return `${Number((ms / 60_000).toFixed(1))} min`;
}

/** m:ss of simulated time since the lab opened (the quiz countdown has its own, lib/quiz/clock.ts). */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** "12 Jan 2026": short, unambiguous in every locale the course is read in. */
export function formatDay(ms: number): string {
  return new Date(ms).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/** "today", "tomorrow", "in 3 days", "2 days ago". */
export function relativeDays(ms: number, now: number): string {
  const DAY = 86_400_000;
  const startOf = (t: number) => {
    const d = new Date(t);
    d.setHours(0, 0, 0, 0);
    return d.getTime();
  };
  const days = Math.round((startOf(ms) - startOf(now)) / DAY);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** "just now", "5 minutes ago", "3 hours ago", then in days ("yesterday", "4 days ago"). */
export function relativeTime(ms: number, now: number): string {
  const minutes = Math.floor(Math.max(0, now - ms) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${plural(minutes, 'minute')} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${plural(hours, 'hour')} ago`;
  return relativeDays(ms, now);
}

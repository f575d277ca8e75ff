/** Small formatting helpers shared by the progress views (plain functions, tested). */

export function percent(score: number, max: number): number {
  return max > 0 ? Math.round((score / max) * 100) : 0;
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

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Quiz points can be fractional (partial credit): one decimal, as the quiz pages show them. */
export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : (Math.round(points * 10) / 10).toFixed(1);
}

/**
 * The countdown's words. The timer itself is silent to screen readers (it
 * would talk every second); these thresholds are the only moments announced.
 */

/** 19:05, never negative; rounds up so "00:00" means the time is really up. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** "12 minutes 5 seconds", for the timer's accessible name and the report. */
export function spokenDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts = [];
  if (minutes > 0) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`);
  return parts.join(' ');
}

export const ANNOUNCED_THRESHOLDS_MS = [5 * 60_000, 60_000] as const;

/**
 * The threshold crossed between two readings of the time left, if any: a
 * threshold is announced when the time left goes from above it to at or
 * below it. Loading a page with 3 minutes left announces nothing for 5.
 */
export function crossedThreshold(previousMsLeft: number, msLeftNow: number): number | null {
  const crossed = ANNOUNCED_THRESHOLDS_MS.filter((t) => previousMsLeft > t && msLeftNow <= t);
  return crossed.length > 0 ? Math.min(...crossed) : null;
}

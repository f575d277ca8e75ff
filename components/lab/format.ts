/** m:ss of simulated time since the lab opened. */
export function formatClock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

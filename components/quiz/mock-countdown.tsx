'use client';
/**
 * The visible countdown. It is a `timer` (never read out on its own: talking
 * every second would drown the questions); only crossing 5 minutes and 1
 * minute left is announced, through the interview's live region. The time
 * left is always computed from the absolute deadline, so it survives reloads
 * and sleeping laptops.
 */
import { useEffect, useRef, useState } from 'react';
import { crossedThreshold, formatClock, spokenDuration } from '@/lib/quiz/clock';

interface MockCountdownProps {
  deadline: number;
  onExpire: () => void;
  announce: (text: string) => void;
}

export function MockCountdown({ deadline, onExpire, announce }: MockCountdownProps) {
  const [now, setNow] = useState(() => Date.now());
  const previousLeft = useRef<number | null>(null);
  const latest = useRef({ onExpire, announce });
  useEffect(() => {
    latest.current = { onExpire, announce };
  });

  useEffect(() => {
    const tick = () => {
      const t = Date.now();
      setNow(t);
      const left = deadline - t;
      if (previousLeft.current !== null) {
        const crossed = crossedThreshold(previousLeft.current, left);
        if (crossed !== null && left > 0) latest.current.announce(`${spokenDuration(crossed)} left.`);
      }
      previousLeft.current = left;
      if (left <= 0) latest.current.onExpire();
    };
    tick();
    const id = window.setInterval(tick, 250);
    // Background tabs throttle timers: check again the moment the tab is visible.
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(id);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [deadline]);

  const left = Math.max(0, deadline - now);
  const urgent = left <= 60_000;
  return (
    <p className={`inline-flex items-baseline gap-2 rounded-md border px-3 py-1 ${urgent ? 'border-red-700 text-red-800 dark:border-red-400 dark:text-red-300' : 'border-zinc-300 dark:border-zinc-600'}`}>
      <span id="mock-timer-label" className="text-sm">
        Time left
      </span>
      <span role="timer" aria-labelledby="mock-timer-label" className="font-mono text-lg font-semibold tabular-nums">
        {formatClock(left)}
      </span>
    </p>
  );
}

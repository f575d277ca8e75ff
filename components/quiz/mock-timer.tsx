'use client';
/**
 * The countdown. It is a silent timer for screen readers (role="timer",
 * aria-live off); the only announcements are 5 minutes left, 1 minute left
 * and time up, made through the page's polite live region. The deadline is
 * absolute, so after a reload or a sleep the time left is simply correct.
 */
import { useEffect, useRef, useState } from 'react';
import { crossedThreshold, formatClock, spokenDuration } from '@/lib/quiz/clock';

export function MockTimer({ deadline, onAnnounce, onTimeUp }: { deadline: number; onAnnounce: (message: string) => void; onTimeUp: () => void }) {
  const [left, setLeft] = useState(() => Math.max(0, deadline - Date.now()));
  const previous = useRef(left);
  const handlers = useRef({ onAnnounce, onTimeUp });
  useEffect(() => {
    handlers.current = { onAnnounce, onTimeUp };
  });

  useEffect(() => {
    function tick() {
      const now = Math.max(0, deadline - Date.now());
      const crossed = crossedThreshold(previous.current, now);
      previous.current = now;
      setLeft(now);
      if (now <= 0) handlers.current.onTimeUp();
      else if (crossed !== null) handlers.current.onAnnounce(`${spokenDuration(crossed)} left in your interview.`);
    }
    tick();
    const id = window.setInterval(tick, 250);
    return () => window.clearInterval(id);
  }, [deadline]);

  const urgent = left <= 60_000;
  return (
    <p className={`text-lg font-semibold tabular-nums ${urgent ? 'text-red-800 dark:text-red-300' : ''}`}>
      <span className="text-sm font-normal text-zinc-700 dark:text-zinc-300">Time left </span>
      <span role="timer" aria-live="off" aria-atomic="true" data-testid="mock-timer">
        {formatClock(left)}
      </span>
    </p>
  );
}

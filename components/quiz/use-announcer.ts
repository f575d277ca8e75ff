'use client';
/**
 * One polite live region per quiz. Saying the same words twice in a row
 * (two wrong answers) must still be heard, so the text is cleared first and
 * set on the next frame.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export function useAnnouncer(): [message: string, announce: (text: string) => void] {
  const [message, setMessage] = useState('');
  const frame = useRef<number | null>(null);
  const announce = useCallback((text: string) => {
    setMessage('');
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setMessage(text));
  }, []);
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
  return [message, announce];
}

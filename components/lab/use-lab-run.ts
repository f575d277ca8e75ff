'use client';
/**
 * Runs a LabModel against the display's frames: each animation frame
 * advances simulated time by the real time elapsed times the speed, then
 * hands the view fresh metrics (at most 30 times a second). With reduced
 * motion the view is refreshed once a second instead, so nothing moves
 * continuously.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { LabModel, type LabConfig } from '@/lib/lab/lab-model';
import type { LabEventKind } from '@/lib/lab/presets';
import type { LabMetrics } from '@/lib/lab/types';

/** A long frame (a background tab, a debugger) must not become a leap in simulated time. */
const MAX_FRAME_MS = 100;
/**
 * The simulation advances every frame, but the view is redrawn 30 times a
 * second: numbers and bars read just as well, and the main thread keeps half
 * of every frame free for the rest of the page (measured with
 * scripts/measure-lab.mjs).
 */
const PAINT_MS = 1000 / 30;

export function useLabRun(config: LabConfig, speed: number, reducedMotion: boolean) {
  const key = JSON.stringify(config);
  const [model, setModel] = useState(() => new LabModel(config));
  const [metrics, setMetrics] = useState<LabMetrics>(() => model.metrics());
  const [playing, setPlaying] = useState(false);
  const built = useRef(key);

  useEffect(() => {
    if (built.current === key) return;
    built.current = key;
    const next = new LabModel(JSON.parse(key) as LabConfig);
    setModel(next);
    setMetrics(next.metrics());
  }, [key]);

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    let painted = last;
    const tick = (now: number) => {
      model.advanceBy(Math.min(now - last, MAX_FRAME_MS) * speed);
      last = now;
      if (now - painted >= (reducedMotion ? 1000 : PAINT_MS) - 1) {
        painted = now;
        setMetrics(model.metrics());
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, reducedMotion, model]);

  const inject = useCallback(
    (kind: LabEventKind, server?: string) => {
      model.inject(kind, server);
      setMetrics(model.metrics());
    },
    [model],
  );

  const stepBy = useCallback(
    (ms: number) => {
      model.advanceBy(ms);
      setMetrics(model.metrics());
    },
    [model],
  );

  const restart = useCallback(() => {
    const next = new LabModel(JSON.parse(key) as LabConfig);
    setModel(next);
    setMetrics(next.metrics());
  }, [key]);

  return { metrics, playing, setPlaying, inject, stepBy, restart, servers: model.servers };
}

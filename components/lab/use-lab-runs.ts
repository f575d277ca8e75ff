'use client';
/**
 * Runs one or two strategies on the same seeded traffic against one clock
 * of simulated time (whole milliseconds, so every event lands on a time a
 * link can name). Built-in strategies run on the main thread, in a LabModel
 * advanced each animation frame; the learner's code runs in the lab worker
 * (lib/lab/worker-host.ts), which gets the same clock in batches. Time moves
 * on only when the worker has answered, so both sides of a comparison stay
 * at the same simulated moment, and every kill, add or drain reaches both at
 * that moment. The view is redrawn 30 times a second (once a second with
 * reduced motion).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { LabModel } from '@/lib/lab/lab-model';
import type { LabExerciseId } from '@/lib/lab/lab-exercises';
import type { MixId } from '@/lib/lab/mixes';
import type { LabEventKind, ScriptedEvent } from '@/lib/lab/presets';
import type { StrategyId } from '@/lib/lab/strategies';
import type { LabMetrics } from '@/lib/lab/types';
import type { TimelineEvent } from '@/lib/lab/url-state';
import { LearnerLabHost } from '@/lib/lab/worker-host';
import { spawnLabWorker } from './lab-worker-client';

/** A long frame (a background tab, a debugger) must not become a leap in simulated time. */
const MAX_FRAME_MS = 100;
const PAINT_MS = 1000 / 30;
const MAX_CARRY_MS = 500;

export type SlotSpec = { kind: 'builtin'; strategy: StrategyId } | { kind: 'yours'; exercise: LabExerciseId; code: string };

export interface RunBase {
  seed: number;
  mix: MixId;
  servers: number;
  script: ScriptedEvent[];
}

export interface SlotView {
  metrics: LabMetrics | null;
  failure: { message: string; line?: number } | null;
}

type Runtime = { kind: 'builtin'; model: LabModel } | { kind: 'yours'; host: LearnerLabHost; latest: LabMetrics | null; failure: SlotView['failure'] };

export interface LabRunsOptions {
  /** Simulated ms to run at once when the lab opens (a shared link's moment). */
  startAtMs?: number;
}

export function useLabRuns(base: RunBase, slots: SlotSpec[], speed: number, reducedMotion: boolean, options: LabRunsOptions = {}) {
  const key = JSON.stringify({ base, slots });
  const [generation, setGeneration] = useState(0);
  const runtimes = useRef<Runtime[]>([]);
  const clock = useRef(0);
  const [views, setViews] = useState<SlotView[]>([]);
  const [elapsedMs, setElapsedMs] = useState(0);
  const [playing, setPlaying] = useState(false);
  const playingRef = useRef(false);
  playingRef.current = playing;
  const [settled, setSettled] = useState(false);
  const [timeline, setTimeline] = useState<TimelineEvent[]>([]);
  const startAt = useRef(options.startAtMs ?? 0);

  const paint = useCallback(() => {
    setElapsedMs(clock.current);
    setSettled(!runtimes.current.some((r) => r.kind === 'yours' && r.host.busy && !r.host.stopped));
    setViews(
      runtimes.current.map((r) => (r.kind === 'builtin' ? { metrics: r.model.metrics(), failure: null } : { metrics: r.latest, failure: r.failure })),
    );
  }, []);

  useEffect(() => {
    const { base: b, slots: s } = JSON.parse(key) as { base: RunBase; slots: SlotSpec[] };
    const at = startAt.current;
    // A link's moment applies to the first run only; Restart and new choices start from zero.
    startAt.current = 0;
    clock.current = at;
    const built: Runtime[] = s.map((slot) => {
      if (slot.kind === 'builtin') {
        const model = new LabModel({ ...b, strategy: slot.strategy });
        model.advanceToElapsed(at);
        return { kind: 'builtin', model };
      }
      const runtime: Runtime = { kind: 'yours', host: null as unknown as LearnerLabHost, latest: null, failure: null };
      let seenBatches = 0;
      runtime.host = new LearnerLabHost({
        spawn: spawnLabWorker,
        exercise: slot.exercise,
        code: slot.code,
        run: b,
        setTimer: (fn, ms) => window.setTimeout(fn, ms),
        clearTimer: (t) => window.clearTimeout(t as number),
        now: () => performance.now(),
        onMetrics: (metrics, workMs) => {
          runtime.latest = metrics;
          const times = runtime.host.batchTimes;
          while (seenBatches < times.length) {
            const roundTrip = times[seenBatches++];
            // A user-timing entry per batch: scripts/measure-lab-yours.mjs reads the worker's cost from these.
            const end = performance.now();
            performance.measure('lab-worker-batch', { start: end - roundTrip, end, detail: { workMs } });
          }
          // While playing the frame loop repaints; paused, the answer is news on its own.
          if (!playingRef.current) paint();
        },
        onFailure: (message, line) => {
          runtime.failure = { message, ...(line ? { line } : {}) };
          paint();
        },
      });
      if (at > 0) runtime.host.send([{ op: 'advance', to: at }]);
      return runtime;
    });
    runtimes.current = built;
    setTimeline([]);
    paint();
    return () => {
      for (const r of built) if (r.kind === 'yours') r.host.dispose();
    };
  }, [key, generation, paint]);

  /** Whether a worker still owes an answer: time waits for it, so both sides stay at one moment. */
  const waiting = () => runtimes.current.some((r) => r.kind === 'yours' && r.host.busy && !r.host.stopped);

  const moveTo = useCallback((to: number) => {
    clock.current = to;
    for (const r of runtimes.current) {
      if (r.kind === 'builtin') r.model.advanceToElapsed(to);
      else r.host.send([{ op: 'advance', to }]);
    }
  }, []);

  useEffect(() => {
    if (!playing) return;
    let frame = 0;
    let last = performance.now();
    let painted = last;
    let carry = 0;
    const tick = (now: number) => {
      const dt = Math.min(now - last, MAX_FRAME_MS) * speed;
      last = now;
      // Time owed while the worker works is kept and paid in the next batch, so the
      // run keeps its speed; a worker that cannot keep up is owed at most half a real second.
      carry = Math.min(carry + dt, MAX_CARRY_MS * speed);
      if (!waiting()) {
        const step = Math.floor(carry);
        carry -= step;
        if (step > 0) moveTo(clock.current + step);
      }
      if (now - painted >= (reducedMotion ? 1000 : PAINT_MS) - 1) {
        painted = now;
        paint();
      }
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, reducedMotion, key, generation, moveTo, paint]);

  const inject = useCallback(
    (kind: LabEventKind, server?: string) => {
      const at = clock.current;
      for (const r of runtimes.current) {
        if (r.kind === 'builtin') r.model.inject(kind, server);
        else r.host.send([{ op: 'inject', kind, ...(server ? { server } : {}) }]);
      }
      setTimeline((t) => [...t, { at, kind, ...(server ? { server } : {}) }]);
      paint();
    },
    [paint],
  );

  const stepBy = useCallback(
    (ms: number) => {
      moveTo(clock.current + ms);
      paint();
    },
    [moveTo, paint],
  );

  const restart = useCallback(() => setGeneration((g) => g + 1), []);

  /** settled: every worker has answered up to the clock (what a test waits for before reading numbers). */
  return { views, elapsedMs, settled, playing, setPlaying, inject, stepBy, restart, timeline };
}

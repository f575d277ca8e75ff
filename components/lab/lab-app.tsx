'use client';
/**
 * The traffic lab itself: controls, the numbers in text, the charts, and a
 * polite live region that speaks only when something happens (a server goes
 * down, joins, drains), never on every tick.
 */
import { useEffect, useRef, useState } from 'react';
import { MAX_SERVERS } from '@/lib/lab/lab-model';
import type { MixId } from '@/lib/lab/mixes';
import { PRESETS, type PresetId } from '@/lib/lab/presets';
import type { StrategyId } from '@/lib/lab/strategies';
import { BarChart } from './bar-chart';
import { formatElapsed } from '@/lib/format';
import { LabControls, SPEEDS } from './lab-controls';
import { LabStats } from './lab-stats';
import { ServerTable } from './server-table';
import { TimelineChart } from './timeline-chart';
import { useLabRun } from './use-lab-run';
import { useReducedMotion } from './use-reduced-motion';

export interface LabAppProps {
  preset: PresetId;
  /** The lab page lets the reader switch presets; lessons keep theirs. */
  onPresetChange?: (preset: PresetId) => void;
}

export function LabApp({ preset, onPresetChange }: LabAppProps) {
  const p = PRESETS[preset];
  const [strategy, setStrategy] = useState<StrategyId>(p.strategy);
  const [mix, setMix] = useState<MixId>(p.mix);
  const [speed, setSpeed] = useState<number>(SPEEDS[1]);
  const reducedMotion = useReducedMotion();
  const run = useLabRun({ seed: 1, strategy, mix, servers: p.servers, script: p.script }, speed, reducedMotion);
  const { metrics } = run;

  // A new preset (on the lab page) resets the choices it makes.
  const shown = useRef(preset);
  useEffect(() => {
    if (shown.current === preset) return;
    shown.current = preset;
    setStrategy(PRESETS[preset].strategy);
    setMix(PRESETS[preset].mix);
  }, [preset]);

  const [announcement, setAnnouncement] = useState('');
  const lastEvent = metrics.events.at(-1);
  useEffect(() => {
    if (lastEvent) setAnnouncement(lastEvent.message);
  }, [lastEvent]);

  const held = metrics.servers.map((s) => ({ id: s.id, value: s.sessions, draining: s.draining }));
  const load = metrics.servers.map((s) => ({ id: s.id, value: s.rate, draining: s.draining }));
  return (
    // Layout and paint stay inside the lab: its redraws never reflow the lesson around it.
    <div className="space-y-4 text-sm [contain:content]">
      <LabControls
        preset={preset}
        onPresetChange={onPresetChange}
        strategy={strategy}
        onStrategy={setStrategy}
        mix={mix}
        onMix={setMix}
        speed={speed}
        onSpeed={setSpeed}
        playing={run.playing}
        onPlaying={run.setPlaying}
        onStep={() => run.stepBy(10_000)}
        onRestart={run.restart}
        onAdd={() => run.inject('add')}
        canAdd={metrics.servers.length < MAX_SERVERS}
        elapsedMs={metrics.elapsedMs}
      />
      <LabStats metrics={metrics} strategy={strategy} />
      <ServerTable servers={metrics.servers} storeSessions={metrics.storeSessions} onKill={(s) => run.inject('kill', s)} onDrain={(s) => run.inject('drain', s)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <BarChart title="Load per server" unit="requests per second" bars={load} decimals={1} />
        <BarChart
          title="Sessions bound per server"
          unit="live sessions"
          bars={held}
          decimals={0}
          empty={metrics.storeSessions > 0 ? `No session is bound to a server: all ${metrics.storeSessions} live sessions are in the shared store.` : undefined}
        />
      </div>
      <TimelineChart history={metrics.history} />
      <div>
        <p className="font-medium">What happened</p>
        {metrics.events.length === 0 ? (
          <p className="text-zinc-700 dark:text-zinc-300">No server has changed yet. Kill, drain or add one above.</p>
        ) : (
          <ol className="mt-1 list-disc space-y-1 pl-5 text-zinc-700 dark:text-zinc-300">
            {metrics.events.map((e) => (
              <li key={`${e.at}-${e.kind}-${e.server}`}>
                <span className="tabular-nums">{formatElapsed(e.at)}</span> {e.message}
              </li>
            ))}
          </ol>
        )}
      </div>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}

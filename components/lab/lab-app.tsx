'use client';
/**
 * The traffic lab itself: controls, the numbers in text, the charts, and a
 * polite live region that speaks only when something happens (a server goes
 * down, joins, drains), never on every tick. On the lab page it can also run
 * the learner's own balancer ("Your code", in the lab worker), compare two
 * strategies on identical traffic, and put the run in a link.
 */
import Link from 'next/link';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MAX_SERVERS } from '@/lib/lab/lab-model';
import { LAB_EXERCISE_TITLES, type LabExerciseId } from '@/lib/lab/lab-exercises';
import type { MixId } from '@/lib/lab/mixes';
import { PRESETS, type PresetId } from '@/lib/lab/presets';
import { STRATEGY_LABELS, type LabStrategyId, type StrategyId } from '@/lib/lab/strategies';
import type { LabMetrics } from '@/lib/lab/types';
import { timelineScript, type LabUrlState, type TimelineEvent } from '@/lib/lab/url-state';
import { BarChart } from './bar-chart';
import { formatElapsed } from '@/lib/format';
import { editorLinkFor } from '@/lib/lab/run-link';
import { CopyRunLink } from './copy-run-link';
import { LabControls, SPEEDS } from './lab-controls';
import { LabStats } from './lab-stats';
import { ServerTable } from './server-table';
import { TimelineChart } from './timeline-chart';
import { useLabRuns, type SlotSpec, type SlotView } from './use-lab-runs';
import { useReducedMotion } from './use-reduced-motion';
import { YoursFailure } from './yours-failure';

/** The learner's code as the lab page found it: the exercise, and its saved draft (null when there is none), or the code a link carried. */
export interface YoursSource {
  exercise: LabExerciseId;
  code: string | null;
  /** The code came in the link's fragment: someone else's, labelled so, never saved here. */
  shared: boolean;
}

export interface LabAppProps {
  preset: PresetId;
  /** The lab page lets the reader switch presets; lessons keep theirs. */
  onPresetChange?: (preset: PresetId) => void;
  /** The lab page's extras: "Your code", compare mode, and a link's state to start from. */
  page?: { yours: YoursSource | null; initial: LabUrlState | null; onLinkState?: (search: string, hash: string) => void };
}

function labelOf(strategy: LabStrategyId, yours: YoursSource | null): string {
  if (strategy !== 'yours') return STRATEGY_LABELS[strategy];
  return `${yours?.shared ? 'Shared code' : 'Your code'} (${yours ? LAB_EXERCISE_TITLES[yours.exercise] : 'exercise'})`;
}

export function LabApp({ preset, onPresetChange, page }: LabAppProps) {
  const p = PRESETS[preset];
  const initial = page?.initial ?? null;
  const yours = page?.yours ?? null;
  const canRunYours = Boolean(yours?.code);
  const [strategy, setStrategy] = useState<LabStrategyId>(initial?.strategy === 'yours' && !canRunYours ? p.strategy : (initial?.strategy ?? p.strategy));
  const [compare, setCompare] = useState<StrategyId | null>(initial?.compare ?? null);
  const [mix, setMix] = useState<MixId>(initial?.mix ?? p.mix);
  const [seed] = useState(initial?.seed ?? 1);
  // A link's timeline replays as a script, for the first run only.
  const [linkEvents, setLinkEvents] = useState<TimelineEvent[]>(initial?.events ?? []);
  const [speed, setSpeed] = useState<number>(SPEEDS[1]);
  const reducedMotion = useReducedMotion();

  const base = useMemo(() => ({ seed, mix, servers: p.servers, script: [...p.script, ...timelineScript(linkEvents)] }), [seed, mix, p, linkEvents]);
  const slots = useMemo(() => {
    const first: SlotSpec = strategy === 'yours' && yours?.code ? { kind: 'yours', exercise: yours.exercise, code: yours.code } : { kind: 'builtin', strategy: strategy === 'yours' ? p.strategy : strategy };
    return compare ? [first, { kind: 'builtin', strategy: compare } as SlotSpec] : [first];
  }, [strategy, compare, yours, p.strategy]);
  const run = useLabRuns(base, slots, speed, reducedMotion, { startAtMs: initial?.t ?? 0 });

  // A new preset (on the lab page) resets the choices it makes.
  const shown = useRef(preset);
  useEffect(() => {
    if (shown.current === preset) return;
    shown.current = preset;
    setStrategy(PRESETS[preset].strategy);
    setMix(PRESETS[preset].mix);
  }, [preset]);

  // Any new choice restarts the run from zero: a link's timeline belongs to the run it came from.
  const fresh = <T,>(set: (v: T) => void) => (v: T) => {
    setLinkEvents([]);
    set(v);
  };

  const views = run.views;
  const primary = views.find((v) => v.metrics)?.metrics ?? null;
  const lastEvent = primary?.events.at(-1);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (lastEvent) setAnnouncement(lastEvent.message);
  }, [lastEvent]);
  const failure = views[0]?.failure ?? null;
  useEffect(() => {
    if (failure) setAnnouncement(failure.message);
  }, [failure]);

  const labels = [labelOf(strategy, yours), ...(compare ? [labelOf(compare, yours)] : [])];
  const urlState: LabUrlState = {
    preset,
    strategy,
    compare,
    mix,
    seed,
    // Kept while a built-in runs too, so the link still offers "Your code".
    code: yours?.exercise ?? null,
    events: [...linkEvents, ...run.timeline],
    t: run.elapsedMs,
  };
  const onLinkState = page?.onLinkState;
  const restart = () => (linkEvents.length ? setLinkEvents([]) : run.restart());

  return (
    // Layout and paint stay inside the lab: its redraws never reflow the lesson around it.
    <div className="space-y-4 text-sm [contain:content]" data-settled={run.settled ? 'true' : 'false'} data-testid="lab">
      <LabControls
        preset={preset}
        onPresetChange={onPresetChange}
        strategy={strategy}
        onStrategy={fresh(setStrategy)}
        yoursLabel={canRunYours ? labelOf('yours', yours) : undefined}
        compare={page ? compare : undefined}
        onCompare={page ? fresh(setCompare) : undefined}
        mix={mix}
        onMix={fresh(setMix)}
        speed={speed}
        onSpeed={setSpeed}
        playing={run.playing}
        onPlaying={run.setPlaying}
        onStep={() => run.stepBy(10_000)}
        onRestart={restart}
        onAdd={() => run.inject('add')}
        canAdd={(primary?.servers.length ?? MAX_SERVERS) < MAX_SERVERS}
        elapsedMs={run.elapsedMs}
      />
      {yours && !yours.code && (
        <p className="rounded border border-amber-600 bg-amber-50 p-2 text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          There is no saved draft for the {LAB_EXERCISE_TITLES[yours.exercise]} exercise in this browser, so &ldquo;Your code&rdquo; cannot run.{' '}
          <Link className="underline" href={`/exercises/${yours.exercise}`}>
            Write one in the exercise
          </Link>
          , then press &ldquo;Try it in the lab&rdquo;.
        </p>
      )}
      {yours?.shared && yours.code && <SharedCodeNote exercise={yours.exercise} code={yours.code} />}
      {page && onLinkState && <CopyRunLink state={urlState} code={strategy === 'yours' ? (yours?.code ?? null) : null} onLinkState={onLinkState} />}
      {compare ? (
        <ComparePanels views={views} labels={labels} strategies={[strategy, compare]} yours={yours} onRestart={run.restart} />
      ) : (
        <SinglePanel view={views[0]} label={labels[0]} strategy={strategy} yours={yours} onRestart={run.restart} />
      )}
      {primary && (
        <ServerTable
          servers={primary.servers}
          storeSessions={compare ? 0 : primary.storeSessions}
          onKill={(s) => run.inject('kill', s)}
          onDrain={(s) => run.inject('drain', s)}
        />
      )}
      {compare ? (
        <AlignedTimelines views={views} labels={labels} />
      ) : (
        primary && <TimelineChart history={primary.history} />
      )}
      {primary && <EventList metrics={primary} label={compare ? labels[0] : undefined} />}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}

/** Where shared code came from, and the way to look at it in the exercise (whose page asks before loading it). */
function SharedCodeNote({ exercise, code }: { exercise: LabExerciseId; code: string }) {
  const href = editorLinkFor(exercise, code);
  return (
    <p className="rounded border border-sky-700 bg-sky-50 p-2 text-sky-950 dark:bg-sky-950 dark:text-sky-100">
      This link carries its own code for the {LAB_EXERCISE_TITLES[exercise]} exercise; it runs here as &ldquo;Shared code&rdquo; and your saved draft is untouched.{' '}
      {href && (
        // A full page load, so the exercise page finds the fragment as it opens and offers the code.
        <a className="underline" href={href}>
          Open this code in the editor
        </a>
      )}
    </p>
  );
}

function Starting({ label }: { label: string }) {
  return <p className="rounded bg-zinc-50 p-2 text-zinc-700 dark:bg-zinc-900 dark:text-zinc-300">Starting {label}…</p>;
}

function SinglePanel({ view, label, strategy, yours, onRestart }: { view?: SlotView; label: string; strategy: LabStrategyId; yours: YoursSource | null; onRestart: () => void }) {
  if (!view) return null;
  if (view.failure) return <YoursFailure failure={view.failure} exercise={yours?.exercise ?? null} shared={yours?.shared} onRestart={onRestart} />;
  const metrics = view.metrics;
  if (!metrics) return <Starting label={label} />;
  const held = metrics.servers.map((s) => ({ id: s.id, value: s.sessions, draining: s.draining }));
  const load = metrics.servers.map((s) => ({ id: s.id, value: s.rate, draining: s.draining }));
  return (
    <>
      <LabStats metrics={metrics} strategy={strategy} />
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
    </>
  );
}

/** Both strategies' numbers side by side, each in a region named for its strategy. */
function ComparePanels({ views, labels, strategies, yours, onRestart }: { views: SlotView[]; labels: string[]; strategies: LabStrategyId[]; yours: YoursSource | null; onRestart: () => void }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {views.map((view, i) => (
        <section key={i} aria-label={labels[i]} className="min-w-0 space-y-2 rounded border border-zinc-200 p-2 dark:border-zinc-700">
          <h3 className="font-semibold">{labels[i]}</h3>
          {view.failure ? (
            <YoursFailure failure={view.failure} exercise={yours?.exercise ?? null} shared={yours?.shared} onRestart={onRestart} />
          ) : view.metrics ? (
            <>
              <LabStats metrics={view.metrics} strategy={strategies[i]} />
              <BarChart title="Requests per server" unit="requests per second" bars={view.metrics.servers.map((s) => ({ id: s.id, value: s.rate, draining: s.draining }))} decimals={1} />
            </>
          ) : (
            <Starting label={labels[i]} />
          )}
        </section>
      ))}
    </div>
  );
}

/** The two timelines on one time axis: the same seconds line up, one above the other. */
function AlignedTimelines({ views, labels }: { views: SlotView[]; labels: string[] }) {
  const histories = views.map((v) => v.metrics?.history ?? []);
  const shown = histories.filter((h) => h.length >= 2);
  if (!shown.length) return null;
  const domain: [number, number] = [Math.min(...shown.map((h) => h[0].t)), Math.max(...shown.map((h) => h.at(-1)!.t))];
  return (
    <div className="space-y-2">
      {histories.map((h, i) => (
        <TimelineChart key={i} history={h} domain={domain} label={labels[i]} />
      ))}
    </div>
  );
}

function EventList({ metrics, label }: { metrics: LabMetrics; label?: string }) {
  return (
    <div>
      <p className="font-medium">What happened{label ? ` (${label})` : ''}</p>
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
  );
}

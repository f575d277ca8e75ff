'use client';
import { MIX_IDS, MIX_LABELS, type MixId } from '@/lib/lab/mixes';
import { PRESET_IDS, type PresetId } from '@/lib/lab/presets';
import { STRATEGY_IDS, STRATEGY_LABELS, type LabStrategyId, type StrategyId } from '@/lib/lab/strategies';
import { formatElapsed } from '@/lib/format';

/** Simulated seconds per real second. */
export const SPEEDS = [1, 5, 20] as const;

const PRESET_LABELS: Record<PresetId, string> = {
  'nat-ip-hash': 'NAT with IP hash',
  'server-failure': 'A server fails',
  'scale-out': 'Scaling out',
  'hot-users': 'Hot users',
  drain: 'Draining a server',
  mobile: 'Mobile clients',
  'session-store': 'Shared session store',
};

const field = 'flex flex-col gap-1 min-w-0';
const input = 'rounded border border-zinc-400 bg-white px-2 py-1.5 text-zinc-900 dark:border-zinc-600 dark:bg-zinc-900 dark:text-zinc-100';
const button =
  'rounded border border-zinc-400 px-3 py-1.5 font-medium hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-600 dark:hover:bg-zinc-800';

const STRATEGY_OPTIONS = STRATEGY_IDS.map((id) => [id, STRATEGY_LABELS[id]] as const);

/** A labelled select: the lab's scenario, strategy, comparison and traffic choices. */
function Choice<T extends string>(props: { label: string; value: T; onChange: (value: T) => void; options: readonly (readonly [T, string])[]; className?: string }) {
  return (
    <label className={props.className ?? field}>
      <span className="font-medium">{props.label}</span>
      <select className={input} value={props.value} onChange={(e) => props.onChange(e.target.value as T)}>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

interface Props {
  preset: PresetId;
  onPresetChange?: (preset: PresetId) => void;
  strategy: LabStrategyId;
  onStrategy: (s: LabStrategyId) => void;
  /** When set, the learner's code is offered as a strategy under this name. */
  yoursLabel?: string;
  /** Compare mode (the lab page only): the second strategy, or null for none. */
  compare?: StrategyId | null;
  onCompare?: (s: StrategyId | null) => void;
  mix: MixId;
  onMix: (m: MixId) => void;
  speed: number;
  onSpeed: (s: number) => void;
  playing: boolean;
  onPlaying: (p: boolean) => void;
  onStep: () => void;
  onRestart: () => void;
  onAdd: () => void;
  canAdd: boolean;
  elapsedMs: number;
}

export function LabControls(props: Props) {
  return (
    <div className="space-y-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        {props.onPresetChange && (
          <Choice
            label="Scenario"
            className={`${field} sm:col-span-2`}
            value={props.preset}
            onChange={props.onPresetChange}
            options={PRESET_IDS.map((id) => [id, PRESET_LABELS[id]] as const)}
          />
        )}
        <Choice
          label="Strategy"
          value={props.strategy}
          onChange={props.onStrategy}
          options={[...(props.yoursLabel ? [['yours', props.yoursLabel] as const] : []), ...STRATEGY_OPTIONS]}
        />
        {props.onCompare && (
          <Choice
            label="Compare with"
            value={props.compare ?? ''}
            onChange={(value) => props.onCompare!(value || null)}
            options={[['', 'No comparison'] as const, ...STRATEGY_OPTIONS]}
          />
        )}
        <Choice label="Traffic" value={props.mix} onChange={props.onMix} options={MIX_IDS.map((id) => [id, MIX_LABELS[id]] as const)} />
      </div>
      <p className="text-xs text-zinc-600 dark:text-zinc-400">Changing the strategy or the traffic restarts the run on the same seeded traffic, so runs compare like for like.</p>
      <div className="flex flex-wrap items-end gap-2">
        <button type="button" className="min-w-20 rounded border border-blue-700 bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800" onClick={() => props.onPlaying(!props.playing)}>
          {props.playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" className={button} onClick={props.onStep}>
          Run 10 s
        </button>
        <button type="button" className={button} onClick={props.onRestart}>
          Restart
        </button>
        <button type="button" className={button} onClick={props.onAdd} disabled={!props.canAdd}>
          Add a server
        </button>
        <label className="flex items-center gap-2">
          <span className="font-medium">Speed</span>
          <select className={input} value={props.speed} onChange={(e) => props.onSpeed(Number(e.target.value))}>
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s} s per second
              </option>
            ))}
          </select>
        </label>
        <p className="ml-auto tabular-nums text-zinc-700 dark:text-zinc-300">
          Simulated time <span data-testid="lab-clock">{formatElapsed(props.elapsedMs)}</span>
        </p>
      </div>
    </div>
  );
}

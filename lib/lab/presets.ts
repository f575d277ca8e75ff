/**
 * Starting points for the lab, named for the point a lesson makes. A preset
 * picks the strategy, the mix and the server count, and may script one event
 * so that the reader sees the moment the lesson describes without hunting
 * for the button.
 */
import type { MixId } from './mixes';
import type { StrategyId } from './strategies';

export const PRESET_IDS = ['nat-ip-hash', 'server-failure', 'scale-out', 'hot-users', 'drain', 'mobile', 'session-store'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export type LabEventKind = 'kill' | 'add' | 'drain';

export interface ScriptedEvent {
  /** Simulated seconds after the lab opens. */
  afterSeconds: number;
  kind: LabEventKind;
  /** The server to kill or drain; ignored for 'add'. */
  server?: string;
}

export interface LabPreset {
  strategy: StrategyId;
  mix: MixId;
  servers: number;
  script: ScriptedEvent[];
  /** One sentence on what to watch, shown above the controls. */
  watch: string;
}

export const PRESETS: Record<PresetId, LabPreset> = {
  'nat-ip-hash': {
    strategy: 'ip-hash',
    mix: 'nat',
    servers: 5,
    script: [],
    watch: 'One server carries the whole office behind the shared address. Switch to cookie affinity and watch max/mean fall to about 1.',
  },
  'server-failure': {
    strategy: 'cookie',
    mix: 'uniform',
    servers: 5,
    script: [{ afterSeconds: 30, kind: 'kill', server: 'app-3' }],
    watch: 'app-3 goes down 30 simulated seconds in, and every session it held is lost. Try the shared session store and kill a server again.',
  },
  'scale-out': {
    strategy: 'cookie',
    mix: 'uniform',
    servers: 4,
    script: [{ afterSeconds: 20, kind: 'add' }],
    watch: 'A fifth server joins 20 simulated seconds in and fills only with new sessions. With IP hash, the same change moves most keys.',
  },
  'hot-users': {
    strategy: 'cookie',
    mix: 'hot',
    servers: 5,
    script: [],
    watch: 'Sessions are spread evenly, yet the servers holding the busiest users carry far more requests. Bounded loads cap the busiest server, and the requests they send elsewhere lose their session.',
  },
  drain: {
    strategy: 'cookie',
    mix: 'uniform',
    servers: 5,
    script: [{ afterSeconds: 20, kind: 'drain', server: 'app-1' }],
    watch: 'app-1 drains 20 simulated seconds in: it takes no new sessions, and by the two-minute deadline only a handful of long sessions are still on it. Under IP hash it keeps its full share until the deadline.',
  },
  mobile: {
    strategy: 'ip-hash',
    mix: 'mobile',
    servers: 5,
    script: [],
    watch: 'Phones change address between requests, so IP hashing sends them to another server and their sessions are lost. Cookies follow the user.',
  },
  'session-store': {
    strategy: 'session-store',
    mix: 'uniform',
    servers: 5,
    script: [{ afterSeconds: 30, kind: 'kill', server: 'app-3' }],
    watch: 'Sessions live in the shared store, so killing app-3 30 simulated seconds in loses none. Switch to cookie affinity to compare.',
  },
};

export function isPresetId(value: string): value is PresetId {
  return (PRESET_IDS as readonly string[]).includes(value);
}

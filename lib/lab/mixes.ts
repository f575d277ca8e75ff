/**
 * The traffic mixes the lab offers, as simulator population and traffic
 * specs. All share one steady arrival rate (12 new visits a second, 8 requests
 * each, 3 s apart) so that switching the mix changes only who is sending.
 */
import type { PopulationSpec } from '@/lib/sim/population';
import type { TrafficSpec } from '@/lib/sim/traffic';

export const MIX_IDS = ['uniform', 'nat', 'hot', 'mobile'] as const;
export type MixId = (typeof MIX_IDS)[number];

export const MIX_LABELS: Record<MixId, string> = {
  uniform: 'Uniform: every user alike',
  nat: 'NAT-heavy: 30% behind one address',
  hot: 'Hot users: Zipf popularity',
  mobile: 'Mobile: half change address',
};

const TRAFFIC: TrafficSpec = {
  sessionsPerSecond: 12,
  meanRequestsPerSession: 8,
  meanThinkMs: 3000,
  // The lab runs until the reader leaves: no end in sight.
  durationMs: Number.MAX_SAFE_INTEGER,
};

export function mixSpecs(mix: MixId): { population: PopulationSpec; traffic: TrafficSpec } {
  switch (mix) {
    case 'uniform':
      return { population: { users: 5000 }, traffic: TRAFFIC };
    case 'nat':
      return { population: { users: 5000, natShare: 0.3 }, traffic: TRAFFIC };
    case 'hot':
      // A few users come back again and again: one long, busy session each.
      return { population: { users: 2000, zipfS: 1.1 }, traffic: TRAFFIC };
    case 'mobile':
      return { population: { users: 5000, mobileShare: 0.5 }, traffic: { ...TRAFFIC, addressChangeChance: 0.2 } };
  }
}

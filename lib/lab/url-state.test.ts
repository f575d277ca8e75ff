import { describe, expect, it } from 'vitest';
import { LabModel } from './lab-model';
import { PRESETS } from './presets';
import { formatLabUrl, parseLabUrl, timelineScript, type LabUrlState } from './url-state';

const defaults = { strategy: 'cookie', mix: 'uniform' } as const;

const state: LabUrlState = {
  preset: 'server-failure',
  strategy: 'yours',
  compare: 'cookie',
  mix: 'mobile',
  seed: 42,
  code: 'cookie-affinity',
  events: [
    { at: 12_345, kind: 'kill', server: 'app-2' },
    { at: 30_000, kind: 'add' },
    { at: 31_007, kind: 'drain', server: 'app-4' },
  ],
  t: 61_234,
};

describe('lab url state', () => {
  it('round-trips every field', () => {
    const search = formatLabUrl(state);
    expect(search).toContain('events=k:app-2@12345,a@30000,d:app-4@31007');
    expect(parseLabUrl(search, defaults)).toEqual({ ok: true, state });
  });

  it('fills what a plain preset link leaves out', () => {
    expect(parseLabUrl('?preset=drain', defaults)).toEqual({
      ok: true,
      state: { preset: 'drain', strategy: 'cookie', compare: null, mix: 'uniform', seed: 1, code: null, events: [], t: 0 },
    });
  });

  it.each([
    ['an unknown preset', '?preset=nope'],
    ['an unknown strategy', '?strategy=magic'],
    ['"Your code" without its exercise', '?strategy=yours'],
    ['an exercise that is not a Balancer', '?strategy=yours&code=session-store'],
    ['a seed that is not a number', '?seed=abc'],
    ['a negative time', '?t=-5'],
    ['a malformed event', '?events=k:app-2@12,x@5'],
    ['an event naming no server', '?events=k@100'],
    ['events out of order', '?events=a@500,a@100'],
    ['script in an event', '?events=k:<script>@1'],
    ['too many events', `?events=${Array.from({ length: 201 }, (_, i) => `a@${i}`).join(',')}`],
  ])('rejects %s', (_what, search) => {
    expect(parseLabUrl(search, defaults).ok).toBe(false);
  });

  it('replays a live run from its link to the same numbers', () => {
    const preset = PRESETS['scale-out'];
    const base = { seed: 9, strategy: 'ip-hash' as const, mix: 'nat' as const, servers: preset.servers };
    const live = new LabModel({ ...base, script: preset.script });
    live.advanceToElapsed(8_123);
    live.inject('kill', 'app-1');
    live.advanceToElapsed(25_000);
    live.inject('drain', 'app-2');
    live.advanceToElapsed(47_777);
    const link = formatLabUrl({
      preset: 'scale-out', strategy: 'ip-hash', compare: null, mix: 'nat', seed: 9, code: null, t: 47_777,
      events: [{ at: 8_123, kind: 'kill', server: 'app-1' }, { at: 25_000, kind: 'drain', server: 'app-2' }],
    });
    const parsed = parseLabUrl(link, defaults);
    if (!parsed.ok) throw new Error(parsed.reason);
    const s = parsed.state;
    const replay = new LabModel({ ...base, seed: s.seed, mix: s.mix, script: [...preset.script, ...timelineScript(s.events)] });
    replay.advanceToElapsed(s.t);
    expect(replay.metrics()).toEqual(live.metrics());
  });
});

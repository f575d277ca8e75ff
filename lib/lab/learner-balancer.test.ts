import { describe, expect, it } from 'vitest';
import { evaluateModule } from '@/lib/grader/evaluate';
import { compileOrThrow, readLearnerFile } from '@/lib/grader/kit/learner-files';
import { LabModel, type LabConfig } from './lab-model';
import type { LabExerciseId } from './lab-exercises';
import { learnerBalancer } from './learner-balancer';

const base: LabConfig = { seed: 7, strategy: 'yours', mix: 'uniform', servers: 5 };

function yours(exercise: LabExerciseId, file: string, config: LabConfig = base, source?: string): LabModel {
  const js = compileOrThrow(source ?? readLearnerFile(exercise, file), file);
  return new LabModel(config, learnerBalancer(evaluateModule(js, config.seed), exercise, config.idleTimeoutMs ?? 30_000));
}

function killAfter(model: LabModel, ms = 20_000, server = 'app-3') {
  model.advanceBy(ms);
  const held = model.metrics().servers.find((s) => s.id === server)!.sessions;
  model.inject('kill', server);
  model.advanceBy(30_000);
  return { held, after: model.metrics() };
}

describe('the learner\'s balancer in the LabModel', () => {
  it('runs the cookie-affinity reference like the built-in: a kill loses only the killed server\'s sessions', () => {
    const { held, after } = killAfter(yours('cookie-affinity', 'solution.ts'));
    expect(held).toBeGreaterThan(50);
    expect(after.sessionsLost).toBe(held);
    expect(after.lostToRouting).toBe(0);
    // Keys moved, observed from landings: the killed server's sessions, and nothing else.
    expect(after.keysMoved).toBe(held);
    expect(after.servers.map((s) => s.id)).not.toContain('app-3');
  });

  it('shows a wrong solution (address hashing mod N) losing far more sessions on the same kill', () => {
    const right = killAfter(yours('cookie-affinity', 'solution.ts')).after;
    const wrong = killAfter(yours('cookie-affinity', 'wrong/ip-hash.ts')).after;
    expect(wrong.lostToRouting).toBeGreaterThan(100);
    expect(wrong.keysMoved!).toBeGreaterThan(right.keysMoved! * 2);
    expect(wrong.sessionsLost).toBeGreaterThan(right.sessionsLost * 2);
  });

  it('counts keys moved on a ring at about 1/N when a server joins', () => {
    const model = yours('consistent-hash', 'solution.ts');
    model.advanceBy(20_000);
    const live = model.metrics().liveSessions;
    model.inject('add');
    model.advanceBy(40_000);
    const moved = model.metrics().keysMoved!;
    expect(moved / live).toBeGreaterThan(0.03);
    expect(moved / live).toBeLessThan(0.3);
  });

  it('calls drain() in the draining exercise, so a drained server empties', () => {
    const model = yours('draining', 'solution.ts');
    model.advanceBy(20_000);
    model.inject('drain', 'app-1');
    model.advanceBy(130_000);
    const m = model.metrics();
    expect(m.servers.map((s) => s.id)).not.toContain('app-1');
    const removed = m.events.find((e) => e.kind === 'removed')!;
    expect(removed.lost).toBeLessThan(20);
  });

  it('replays exactly from its seed and the same timeline', () => {
    const run = () => {
      const model = yours('cookie-affinity', 'solution.ts', { ...base, mix: 'mobile' });
      model.advanceToElapsed(12_345);
      model.inject('kill', 'app-2');
      model.advanceToElapsed(30_000);
      model.inject('add');
      model.advanceToElapsed(45_000);
      return model.metrics();
    };
    expect(run()).toEqual(run());
  });

  it('reports a server outside the set in the grader\'s words, naming the request', () => {
    const source = 'export function createBalancer() { return { setServers() {}, route() { return { server: "app-99" }; } }; }';
    expect(() => yours('round-robin', 'x.ts', base, source)).toThrow(
      /route\(\) sent request 1 \(t=0 ms, client [\d.:a-f]+, no cookies\) to "app-99", which is not one of the servers of the latest setServers call \(app-1, app-2, app-3, app-4, app-5\)/,
    );
  });

  it('reports a throw with the learner\'s line', () => {
    const source = 'export function createBalancer() {\n  return {\n    setServers() {},\n    route(r: IncomingRequest) {\n      if (r.time > 5000) throw new Error("late");\n      return { server: "app-1" };\n    },\n  };\n}\n';
    expect(() => yours('round-robin', 'x.ts', base, source)).toThrow(/route\(\) threw Error: late \(your line 5\) on request \d+ \(t=5\.\d+ s/);
  });
});

describe('scripted timelines', () => {
  it('land exactly where live injections did, so a link replays a run', () => {
    const cfg: LabConfig = { seed: 3, strategy: 'ip-hash', mix: 'mobile', servers: 5 };
    const live = new LabModel(cfg);
    live.advanceToElapsed(7_000);
    live.inject('kill', 'app-2');
    live.advanceToElapsed(21_337);
    live.inject('add');
    live.advanceToElapsed(40_000);
    const replay = new LabModel({ ...cfg, script: [{ afterSeconds: 7, kind: 'kill', server: 'app-2' }, { afterSeconds: 21.337, kind: 'add' }] });
    replay.advanceToElapsed(40_000);
    expect(replay.metrics()).toEqual(live.metrics());
  });
});

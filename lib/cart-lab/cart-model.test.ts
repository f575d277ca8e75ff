import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileOrThrow, learnerJs } from '@/lib/grader/kit/learner-files';
import { evaluateModule } from '@/lib/grader/evaluate';
import { LearnerError } from '@/lib/grader/scenario';
import { CartLab } from './cart-model';

function labFor(js: string, seed = 7) {
  return new CartLab({ seed, servers: 3, shoppers: 30, freshModule: (randomSeed) => evaluateModule(js, randomSeed) });
}

/** 300 requests, app-1 crashes, 300 more, app-1 is back, 300 more. */
function runWithCrash(lab: CartLab) {
  const events = [...lab.step(300), ...lab.crash('app-1'), ...lab.step(300), ...lab.restart('app-1'), ...lab.step(300)];
  return { events, snapshot: lab.snapshot() };
}

const WRONG = readdirSync(path.join(process.cwd(), 'content', 'exercises', 'session-store', 'wrong')).filter((f) => f.endsWith('.ts'));

describe('cart lab model', () => {
  it('with the reference solution, no cart is lost or stale across crashes, while the sticky baseline loses carts', () => {
    for (const seed of [1, 7, 42]) {
      const { events, snapshot } = runWithCrash(labFor(learnerJs('session-store', 'solution.ts'), seed));
      const { yours, baseline } = snapshot.sides;
      expect(snapshot.requests).toBe(900);
      expect(yours).toMatchObject({ requests: 900, lost: 0, stale: 0, wrong: 0 });
      expect(yours.liveCarts).toBeGreaterThan(10);
      expect(baseline.lost, `seed ${seed}`).toBeGreaterThan(0);
      expect(baseline.stale + baseline.wrong).toBe(0);
      expect(events.map((e) => e.kind)).toEqual(expect.arrayContaining(['crash', 'restart', 'lost']));
      expect(events.filter((e) => e.side === 'yours')).toEqual([]);
    }
  });

  it('the baseline loses no cart while no server crashes, and a crash shows the carts its memory held', () => {
    const lab = labFor(learnerJs('session-store', 'solution.ts'));
    lab.step(400);
    expect(lab.snapshot().sides.baseline.lost).toBe(0);
    const held = lab.snapshot().servers[0].baselineCarts;
    expect(held).toBeGreaterThan(0);
    const [crash] = lab.crash('app-1');
    expect(crash.text).toContain(`${held} sticky carts`);
    expect(lab.snapshot().servers[0]).toEqual({ id: 'app-1', up: false, baselineCarts: 0 });
    lab.step(400);
    // A server that is down gets no requests on either side.
    expect(lab.snapshot().servers[0].baselineCarts).toBe(0);
    expect(lab.snapshot().sides.baseline.lost).toBeGreaterThan(0);
  });

  it('the alternative solution keeps every cart too', () => {
    const { snapshot } = runWithCrash(labFor(learnerJs('session-store', 'alternative.ts')));
    expect(snapshot.sides.yours).toMatchObject({ lost: 0, stale: 0, wrong: 0 });
  });

  it('a memory-only service loses carts and a write-behind cache serves stale ones', () => {
    const memory = runWithCrash(labFor(learnerJs('session-store', 'wrong/memory-only.ts'))).snapshot.sides.yours;
    expect(memory.lost).toBeGreaterThan(0);
    const cache = runWithCrash(labFor(learnerJs('session-store', 'wrong/write-behind-cache.ts'))).snapshot.sides.yours;
    expect(cache.stale).toBeGreaterThan(0);
  });

  it('at least one wrong solution of the exercise loses or serves stale carts', () => {
    const bad = WRONG.filter((file) => {
      const { yours } = runWithCrash(labFor(learnerJs('session-store', `wrong/${file}`))).snapshot.sides;
      return yours.lost + yours.stale + yours.wrong > 0;
    });
    expect(bad.length).toBeGreaterThan(0);
    expect(bad).toEqual(expect.arrayContaining(['memory-only.ts', 'write-behind-cache.ts']));
  });

  it('is deterministic for a seed', () => {
    const a = runWithCrash(labFor(learnerJs('session-store', 'wrong/write-behind-cache.ts'), 3)).snapshot;
    const b = runWithCrash(labFor(learnerJs('session-store', 'wrong/write-behind-cache.ts'), 3)).snapshot;
    expect(a).toEqual(b);
  });

  it('a throw in the learner code stops the step with the learner line and the request', () => {
    const js = compileOrThrow(
      'export function createCartService(store: SessionStore): CartService {\n  return {\n    handle(server, request) {\n      if (request.action === "checkout") throw new Error("no checkout yet");\n      return { sessionToken: "t" + server.time, cart: {} };\n    },\n  };\n}\n',
      'throws',
    );
    const lab = labFor(js);
    let error: unknown;
    try {
      lab.step(500);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LearnerError);
    expect(String((error as Error).message)).toMatch(/handle\(\) threw Error: no checkout yet \(your line 4\) on request \d+/);
  });

  it('never crashes the last server up, and names the request before each call', () => {
    const lab = labFor(learnerJs('session-store', 'solution.ts'));
    expect(lab.crash('app-1')).toHaveLength(1);
    expect(lab.crash('app-2')).toHaveLength(1);
    expect(lab.crash('app-3')).toEqual([]);
    const seen: number[] = [];
    lab.step(5, (request) => seen.push(request));
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(lab.snapshot().servers.map((s) => s.up)).toEqual([false, false, true]);
  });
});

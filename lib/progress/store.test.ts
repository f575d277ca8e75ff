import { describe, expect, it } from 'vitest';
import { BACKUP_PREFIX, PROGRESS_KEY, draftKey } from '@/lib/storage/keys';
import type { ProgressV1 } from './legacy-v1';
import { createMemoryStorage, storageKeys } from '@/lib/storage/web-storage';
import { createProgressStore } from './store';
import { T0, clock, failingSubmit, quiz, submit } from './test-fixtures';

function setup(initial: Record<string, string> = {}) {
  const storage = createMemoryStorage(initial);
  const time = clock();
  const store = createProgressStore({ storage, now: time.now });
  return { storage, time, store };
}

function backups(storage: ReturnType<typeof createMemoryStorage>) {
  return storageKeys(storage).filter((k) => k.startsWith(BACKUP_PREFIX));
}

describe('loading saved progress', () => {
  it('starts empty with no issue when nothing is stored', () => {
    const { store } = setup();
    expect(store.getProgress().lessons).toEqual({});
    expect(store.getLoadIssue()).toBeNull();
  });

  it('migrates a version 1 store and keeps everything it held', () => {
    const v1: ProgressV1 = {
      version: 1,
      lessonsRead: ['what-are-sticky-sessions', 'hashing'],
      exercises: {
        'round-robin': { bestPassed: 9, total: 9, solved: true, code: 'export function createBalancer() {}', updatedAt: T0 - 5000 },
        'ip-hash': { bestPassed: 3, total: 11, solved: false, updatedAt: T0 - 4000 },
      },
      quizzes: [{ quizId: 'mock', score: 14, maxScore: 20, takenAt: T0 - 3000 }],
    };
    const { store, storage } = setup({ [PROGRESS_KEY]: JSON.stringify(v1) });
    const state = store.getProgress();
    expect(store.getLoadIssue()).toBeNull();
    expect(Object.keys(state.lessons).sort()).toEqual(['hashing', 'what-are-sticky-sessions']);
    expect(state.exercises['round-robin'].solvedAt).toBe(T0 - 5000);
    expect(state.exercises['round-robin'].passingCode?.code).toContain('createBalancer');
    expect(state.exercises['ip-hash'].best).toMatchObject({ passed: false, passedCount: 3, total: 11 });
    expect(state.exercises['ip-hash'].solvedAt).toBeUndefined();
    expect(Object.values(state.quizAttempts)).toMatchObject([{ quizId: 'mock', kind: 'mock', score: 14, maxScore: 20 }]);
    // The migrated state is written back as version 2.
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).version).toBe(2);
  });

  it('backs up corrupt JSON, explains it, and starts clean', () => {
    const { store, storage } = setup({ [PROGRESS_KEY]: '{"version":2,"lessons":{' });
    expect(store.getProgress().lessons).toEqual({});
    expect(store.getLoadIssue()).toMatch(/damaged/);
    const [backup] = backups(storage);
    expect(storage.getItem(backup)).toBe('{"version":2,"lessons":{');
    expect(store.getLoadIssue()).toContain(backup);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!)).toMatchObject({ version: 2, lessons: {} });
  });

  it('keeps every good record when one field has the wrong type, and names the bad one', () => {
    const { store: writer, storage } = setup();
    writer.markLessonRead('hashing');
    writer.recordExerciseAttempt(submit('round-robin'));
    writer.recordExerciseAttempt(submit('ip-hash'));
    const saved = JSON.parse(storage.getItem(PROGRESS_KEY)!);
    saved.exercises['ip-hash'].best.passedCount = 'twelve';
    storage.setItem(PROGRESS_KEY, JSON.stringify(saved));

    const reader = createProgressStore({ storage, now: () => T0 + 1000 });
    const state = reader.getProgress();
    expect(state.lessons.hashing).toBeDefined();
    expect(state.exercises['round-robin'].solvedAt).toBe(T0);
    expect(state.exercises['ip-hash']).toBeUndefined();
    expect(reader.getLoadIssue()).toMatch(/1 exercise result \("ip-hash"\)/);
    expect(backups(storage)).toHaveLength(1);
  });

  it('never throws on data that is valid JSON but not progress', () => {
    for (const raw of ['null', '42', '[]', '"text"', '{"version":"2"}', '{"version":2,"lessons":[]}']) {
      const { store } = setup({ [PROGRESS_KEY]: raw });
      expect(() => store.getProgress()).not.toThrow();
      expect(store.getLoadIssue()).not.toBeNull();
    }
  });

  it('keeps at most three backups', () => {
    const { storage, time } = setup();
    for (let i = 0; i < 5; i++) {
      storage.setItem(PROGRESS_KEY, `broken ${i}`);
      time.advance(1000);
      createProgressStore({ storage, now: time.now }).getProgress();
    }
    const kept = backups(storage).sort();
    expect(kept).toHaveLength(3);
    expect(storage.getItem(kept[2])).toBe('broken 4');
  });

  it('keeps working in memory when the browser refuses to store anything', () => {
    const refusing = createMemoryStorage();
    refusing.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store = createProgressStore({ storage: refusing, now: clock().now });
    store.markLessonRead('hashing');
    store.saveDraft('round-robin', 'let x = 1;');
    expect(store.getProgress().lessons.hashing).toBeDefined();
    expect(store.loadDraft('round-robin')).toBe('let x = 1;');
    expect(store.getLoadIssue()).toMatch(/not letting the course save/);
  });
});

describe('two tabs writing', () => {
  it('neither tab erases what the other saved', () => {
    const storage = createMemoryStorage();
    const time = clock();
    const tabA = createProgressStore({ storage, now: time.now });
    const tabB = createProgressStore({ storage, now: time.now });
    // Both tabs load before either writes, as two freshly opened tabs do.
    tabA.getProgress();
    tabB.getProgress();

    tabA.markLessonRead('hashing');
    time.advance(10);
    tabB.markLessonRead('stateless-alternatives');
    time.advance(10);
    tabA.recordExerciseAttempt(submit('round-robin'));
    time.advance(10);
    tabB.recordExerciseAttempt(submit('round-robin', { passed: false, passedCount: 4 }));
    time.advance(10);
    tabB.recordQuizAttempt(quiz('hashing', time.now(), ['q-ring']));
    time.advance(10);
    tabA.recordQuizAttempt(quiz('mock', time.now()));

    const fresh = createProgressStore({ storage, now: time.now }).getProgress();
    expect(Object.keys(fresh.lessons).sort()).toEqual(['hashing', 'stateless-alternatives']);
    // Tab B's later, worse submit does not replace tab A's pass.
    expect(fresh.exercises['round-robin'].best).toMatchObject({ passed: true, passedCount: 12 });
    expect(fresh.exercises['round-robin'].history).toHaveLength(2);
    expect(Object.keys(fresh.quizAttempts)).toHaveLength(2);
    expect(fresh.review['quiz:q-ring']).toBeDefined();
  });

  it('hears changes from the other tab through the storage event', () => {
    const storage = createMemoryStorage();
    let fire: (key: string | null) => void = () => {};
    const tabA = createProgressStore({ storage, now: clock().now, listenExternal: (cb) => ((fire = cb), () => {}) });
    const tabB = createProgressStore({ storage, now: clock().now });
    const seen: string[][] = [];
    tabA.subscribe((s) => seen.push(Object.keys(s.lessons)));
    tabB.markLessonRead('hashing');
    fire(PROGRESS_KEY);
    expect(seen).toEqual([['hashing']]);
    expect(tabA.getProgress().lessons.hashing).toBeDefined();
  });
});

describe('exercise attempts and drafts', () => {
  it('keeps the best result and the last passing code', () => {
    const { store, time } = setup();
    store.recordExerciseAttempt(submit('ip-hash', { passed: false, passedCount: 5, code: 'v1' }));
    time.advance(1000);
    store.recordExerciseAttempt(submit('ip-hash', { code: 'v2' }));
    time.advance(1000);
    store.recordExerciseAttempt(submit('ip-hash', { code: 'v3' }));
    time.advance(1000);
    store.recordExerciseAttempt(submit('ip-hash', { passed: false, passedCount: 2, code: 'v4' }));
    const record = store.getProgress().exercises['ip-hash'];
    expect(record.best).toMatchObject({ passed: true, passedCount: 12, at: T0 + 1000 });
    expect(record.solvedAt).toBe(T0 + 1000);
    expect(record.passingCode).toEqual({ code: 'v3', at: T0 + 2000 });
    expect(record.lastAttemptAt).toBe(T0 + 3000);
    expect(record.history.map((h) => h.passedCount)).toEqual([5, 12, 12, 2]);
  });

  it('a passing run of the samples does not count as solving the exercise', () => {
    const { store } = setup();
    store.recordExerciseAttempt(submit('draining', { mode: 'run', passedCount: 3, total: 3 }));
    const record = store.getProgress().exercises.draining;
    expect(record.solvedAt).toBeUndefined();
    expect(record.passingCode).toBeUndefined();
  });

  it('stores drafts under their own keys and ignores a damaged draft', () => {
    const { store, storage } = setup();
    store.saveDraft('consistent-hash', 'const ring = [];');
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
    expect(store.loadDraft('consistent-hash')).toBe('const ring = [];');
    storage.setItem(draftKey('ip-hash'), '{not json');
    expect(store.loadDraft('ip-hash')).toBeNull();
    expect(Object.keys(store.loadDrafts())).toEqual(['consistent-hash']);
  });
});

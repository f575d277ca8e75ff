import { describe, expect, it } from 'vitest';
import { PROGRESS_KEY } from '@/lib/storage/keys';
import { createMemoryStorage } from '@/lib/storage/web-storage';
import { createProgressStore } from './store';
import { T0, clock, failingSubmit, quiz, submit } from './test-fixtures';
import { buildExport, diffImport, EXPORT_FORMAT, isEmptyDiff, parseImport } from './transfer';

function filledStore() {
  const storage = createMemoryStorage();
  const time = clock();
  const store = createProgressStore({ storage, now: time.now });
  store.markLessonRead('what-are-sticky-sessions');
  store.markLessonRead('hashing');
  store.recordExerciseAttempt(submit('round-robin'));
  store.recordExerciseAttempt(failingSubmit('ip-hash', ['nat-pool']));
  store.recordQuizAttempt(quiz('hashing', T0, ['q-ring']));
  store.recordQuizAttempt(quiz('mock', T0 + 5000));
  store.saveDraft('consistent-hash', 'const ring: string[] = [];');
  return { storage, store, time };
}

describe('export then import', () => {
  it('brings everything back into an empty browser, drafts included', () => {
    const { store } = filledStore();
    const file = buildExport(store.getProgress(), store.loadDrafts(), T0);

    const empty = createProgressStore({ storage: createMemoryStorage(), now: () => T0 + 10_000 });
    const parsed = parseImport(file, T0 + 10_000);
    if (!parsed.ok) throw new Error(parsed.error);
    const diff = diffImport(empty.getProgress(), empty.loadDrafts(), parsed.progress, parsed.drafts);
    expect(diff.lessons.added).toEqual(['hashing', 'what-are-sticky-sessions']);
    expect(diff.exercises.added).toEqual(['ip-hash', 'round-robin']);
    expect(diff.quizAttempts.added).toHaveLength(2);
    expect(diff.review.added).toEqual(['quiz:q-ring', 'scenario:ip-hash:nat-pool']);
    expect(diff.drafts).toEqual({ added: ['consistent-hash'], replaced: [] });

    empty.importProgress(parsed.progress, parsed.drafts);
    expect(empty.getProgress()).toEqual(store.getProgress());
    expect(empty.loadDraft('consistent-hash')).toBe('const ring: string[] = [];');
  });

  it('importing the same file again changes nothing', () => {
    const { store } = filledStore();
    const parsed = parseImport(buildExport(store.getProgress(), store.loadDrafts(), T0), T0);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(isEmptyDiff(diffImport(store.getProgress(), store.loadDrafts(), parsed.progress, parsed.drafts))).toBe(true);
  });

  it('merges into existing progress: better results replace, nothing here is lost', () => {
    const { store: other } = filledStore();
    const storage = createMemoryStorage();
    const here = createProgressStore({ storage, now: () => T0 - 1000 });
    here.markLessonRead('decision-guide');
    here.recordExerciseAttempt(submit('round-robin', { passed: false, passedCount: 3 }));
    here.saveDraft('consistent-hash', 'older local draft');
    const parsed = parseImport(buildExport(other.getProgress(), other.loadDrafts(), T0), T0);
    if (!parsed.ok) throw new Error(parsed.error);
    const diff = diffImport(here.getProgress(), here.loadDrafts(), parsed.progress, parsed.drafts);
    expect(diff.exercises.replaced).toEqual(['round-robin']);
    expect(diff.drafts.replaced).toEqual(['consistent-hash']);
    here.importProgress(parsed.progress, parsed.drafts);
    const state = here.getProgress();
    expect(state.lessons['decision-guide']).toBeDefined();
    expect(state.exercises['round-robin'].best.passed).toBe(true);
    expect(state.exercises['round-robin'].history).toHaveLength(2);
    expect(JSON.parse(storage.getItem(PROGRESS_KEY)!).lessons.hashing).toBeDefined();
  });

  it('accepts an export whose progress is version 1 and migrates it', () => {
    const file = JSON.stringify({
      format: EXPORT_FORMAT,
      progress: { version: 1, lessonsRead: ['hashing'], exercises: {}, quizzes: [] },
      drafts: {},
    });
    const parsed = parseImport(file, T0);
    expect(parsed.ok && parsed.progress.lessons.hashing).toEqual({ readAt: T0 });
  });

  it('refuses files that are not exports, or damaged ones, and says where', () => {
    expect(parseImport('not json', T0)).toMatchObject({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(parseImport('{"hello":1}', T0)).toMatchObject({ ok: false, error: expect.stringMatching(/not a progress export/) });
    const { store } = filledStore();
    const file = JSON.parse(buildExport(store.getProgress(), store.loadDrafts(), T0));
    file.progress.exercises['round-robin'].best.total = 'all';
    const parsed = parseImport(JSON.stringify(file), T0);
    expect(parsed).toMatchObject({ ok: false, error: expect.stringContaining('progress.exercises.round-robin.best.total') });
    file.progress.version = 9;
    expect(parseImport(JSON.stringify(file), T0)).toMatchObject({ ok: false, error: expect.stringMatching(/version 9/) });
  });
});

import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '@/lib/storage/web-storage';
import { createProgressStore } from './store';
import { DAY_MS, REVIEW_INTERVALS_DAYS, answerReview, dueItems, recordMistake } from './review';
import { T0, clock, failingSubmit, quiz, submit } from './test-fixtures';

const base = { id: 'quiz:q1', kind: 'quiz' as const, quizId: 'hashing', questionId: 'q1', topic: 'hashing', lesson: 'hashing' };

describe('the spacing schedule', () => {
  it('waits 1, 3, 7, 21 and 60 days as the learner keeps answering right, then masters the item', () => {
    let item = recordMistake(undefined, base, T0);
    expect(item.dueAt - T0).toBe(1 * DAY_MS);
    let t = T0;
    const waits: number[] = [1];
    for (let i = 0; i < REVIEW_INTERVALS_DAYS.length; i++) {
      t = item.dueAt;
      item = answerReview(item, true, t);
      if (item.masteredAt === undefined) waits.push((item.dueAt - t) / DAY_MS);
    }
    expect(waits).toEqual([1, 3, 7, 21, 60]);
    expect(item.masteredAt).toBe(t);
  });

  it('a wrong answer starts the item over at one day', () => {
    let item = recordMistake(undefined, base, T0);
    item = answerReview(item, true, item.dueAt);
    item = answerReview(item, true, item.dueAt);
    expect(item.stage).toBe(2);
    const t = item.dueAt + 5 * DAY_MS;
    item = answerReview(item, false, t);
    expect(item.stage).toBe(0);
    expect(item.dueAt).toBe(t + DAY_MS);
    expect(item.createdAt).toBe(T0);
  });

  it('lists only what is due, oldest first', () => {
    const storage = createMemoryStorage();
    const time = clock();
    const store = createProgressStore({ storage, now: time.now });
    store.recordQuizAttempt(quiz('hashing', T0, ['q-ring', 'q-vnodes']));
    time.advance(DAY_MS / 2);
    store.recordExerciseAttempt(failingSubmit('ip-hash', ['nat-pool']));
    expect(dueItems(store.getProgress(), T0 + DAY_MS - 1)).toEqual([]);
    // Quiz items are due a day after the quiz finished (a minute after it started).
    const dueAfterADay = dueItems(store.getProgress(), T0 + DAY_MS + 60_000).map((i) => i.id);
    expect(dueAfterADay).toEqual(['quiz:q-ring', 'quiz:q-vnodes']);
    expect(dueItems(store.getProgress(), T0 + 2 * DAY_MS).map((i) => i.id)).toEqual(['quiz:q-ring', 'quiz:q-vnodes', 'scenario:ip-hash:nat-pool']);
  });
});

describe('review items from mistakes', () => {
  it('a failed hidden scenario is queued, and mastered when a later submit passes it', () => {
    const time = clock();
    const store = createProgressStore({ storage: createMemoryStorage(), now: time.now });
    store.recordExerciseAttempt({
      ...failingSubmit('cookie-affinity', ['nat-balance', 'scale-out']),
      failedScenarios: [
        { id: 'nat-balance', title: 'NAT balance', hidden: true, message: 'max/mean 3.7' },
        { id: 'sample-basic', title: 'Basic', hidden: false, message: 'sample failure' },
      ],
    });
    const review = store.getProgress().review;
    expect(Object.keys(review)).toEqual(['scenario:cookie-affinity:nat-balance']);
    expect(review['scenario:cookie-affinity:nat-balance']).toMatchObject({ title: 'NAT balance', message: 'max/mean 3.7', stage: 0 });

    // A run only exercises the samples: it proves nothing about the hidden scenario.
    time.advance(1000);
    store.recordExerciseAttempt(submit('cookie-affinity', { mode: 'run', total: 3, passedCount: 3 }));
    expect(store.getProgress().review['scenario:cookie-affinity:nat-balance'].masteredAt).toBeUndefined();

    time.advance(1000);
    store.recordExerciseAttempt(submit('cookie-affinity'));
    expect(store.getProgress().review['scenario:cookie-affinity:nat-balance'].masteredAt).toBe(T0 + 2000);
  });

  it('missing the same question again sends it back to the first step', () => {
    const time = clock();
    const store = createProgressStore({ storage: createMemoryStorage(), now: time.now });
    store.recordQuizAttempt(quiz('hashing', T0, ['q-ring']));
    time.set(T0 + 2 * DAY_MS);
    store.answerReviewItem('quiz:q-ring', true);
    expect(store.getProgress().review['quiz:q-ring'].stage).toBe(1);
    store.recordQuizAttempt(quiz('mock', T0 + 3 * DAY_MS, ['q-ring']));
    const item = store.getProgress().review['quiz:q-ring'];
    expect(item).toMatchObject({ stage: 0, quizId: 'mock', createdAt: T0 + 60_000 });
    expect(item.dueAt).toBe(T0 + 3 * DAY_MS + 60_000 + DAY_MS);
  });

  it('a mastered item stays mastered when a stale tab writes', () => {
    const storage = createMemoryStorage();
    const time = clock();
    const stale = createProgressStore({ storage, now: time.now });
    const active = createProgressStore({ storage, now: time.now });
    active.recordQuizAttempt(quiz('hashing', T0, ['q-ring']));
    stale.getProgress();
    let t = T0;
    for (let i = 0; i < REVIEW_INTERVALS_DAYS.length; i++) {
      t = active.getProgress().review['quiz:q-ring'].dueAt;
      time.set(t);
      active.answerReviewItem('quiz:q-ring', true);
    }
    expect(active.getProgress().review['quiz:q-ring'].masteredAt).toBe(t);
    stale.markLessonRead('hashing');
    const fresh = createProgressStore({ storage, now: time.now }).getProgress();
    expect(fresh.review['quiz:q-ring'].masteredAt).toBe(t);
    expect(fresh.lessons.hashing).toBeDefined();
  });
});

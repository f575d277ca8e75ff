import { describe, expect, it } from 'vitest';
import { emptyProgress } from '@/lib/progress/schema';
import { applyExerciseAttempt, applyLessonRead, applyQuizAttempt } from '@/lib/progress/apply-event';
import { DAY_MS } from '@/lib/progress/review';
import { T0, quiz, submit } from '@/lib/progress/test-fixtures';
import { pickContinue } from './continue-target';

const lessons = [
  { slug: 'what-are-sticky-sessions', title: 'What are sticky sessions', order: 1 },
  { slug: 'hashing', title: 'Hashing', order: 5 },
  { slug: 'stateless-alternatives', title: 'Stateless alternatives', order: 6 },
];
const exercises = [
  { id: 'round-robin', title: 'Round robin' },
  { id: 'ip-hash', title: 'IP hash' },
];

describe('continue where you left off', () => {
  it('suggests nothing on a first visit', () => {
    expect(pickContinue(emptyProgress(), {}, lessons, exercises, T0)).toEqual({ next: null, dueReviews: 0 });
  });

  it('suggests the next unread lesson after the last one read', () => {
    const state = applyLessonRead(emptyProgress(), 'hashing', T0);
    expect(pickContinue(state, {}, lessons, exercises, T0).next?.href).toBe('/lessons/stateless-alternatives');
  });

  it('prefers an unsolved exercise touched after the last lesson, drafts included', () => {
    let state = applyLessonRead(emptyProgress(), 'hashing', T0);
    state = applyExerciseAttempt(state, submit('round-robin'), T0 + 1000);
    // A solved exercise is not suggested: the next lesson is.
    expect(pickContinue(state, {}, lessons, exercises, T0 + 2000).next?.href).toBe('/lessons/stateless-alternatives');
    const drafts = { 'ip-hash': { code: 'x', savedAt: T0 + 3000 } };
    const next = pickContinue(state, drafts, lessons, exercises, T0 + 4000).next;
    expect(next).toMatchObject({ href: '/exercises/ip-hash', detail: 'Your draft is saved in this browser.' });
  });

  it('counts review items that are due', () => {
    const state = applyQuizAttempt(emptyProgress(), quiz('hashing', T0, ['q1', 'q2']));
    expect(pickContinue(state, {}, lessons, exercises, T0 + 2 * DAY_MS).dueReviews).toBe(2);
  });
});

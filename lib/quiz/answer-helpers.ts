/**
 * Small pure helpers the quiz UI needs: the first order an ordering question
 * is shown in, moving a step, what a key press picks, and the words for an
 * answer in a report. Kept here (not in components) so they are tested.
 */
import { hashLabel } from '@/lib/sim/random';
import { shuffledSteps } from './draw';
import type { Question } from './schema';
import type { Answer } from './scoring';

/** Stable across server render, hydration and reloads: seeded from the question id (and an attempt seed). */
export function initialOrder(question: Extract<Question, { kind: 'ordering' }>, seed = 0): string[] {
  return shuffledSteps(
    question.steps.map((s) => s.id),
    hashLabel(`${seed}:${question.id}`),
  );
}

/** Moves one step up (-1) or down (+1); a move past either end changes nothing. */
export function moveStep(order: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return [...order];
  const next = [...order];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/**
 * The answer after pressing option number `n` (1-based): single and scenario
 * questions pick it, multiple choice toggles it. Null when there is no such option.
 */
export function pickByNumber(question: Question, current: Answer | undefined, n: number): Answer | null {
  if (question.kind === 'ordering') return null;
  const option = question.options[n - 1];
  if (!option) return null;
  if (question.kind !== 'multiple') return { kind: 'choice', selected: [option.id] };
  const selected = current?.kind === 'choice' ? current.selected : [];
  return { kind: 'choice', selected: selected.includes(option.id) ? selected.filter((id) => id !== option.id) : [...selected, option.id] };
}

/** The learner's answer in words, for the report ("nothing" when unanswered). */
export function describeAnswer(question: Question, answer: Answer | undefined): string {
  if (!answer) return 'nothing (not answered)';
  if (question.kind === 'ordering') {
    if (answer.kind !== 'order') return 'nothing (not answered)';
    const text = new Map(question.steps.map((s) => [s.id, s.text]));
    return answer.order.map((id, i) => `${i + 1}. ${text.get(id) ?? id}`).join(' ');
  }
  if (answer.kind !== 'choice' || answer.selected.length === 0) return 'nothing (not answered)';
  return question.options
    .filter((o) => answer.selected.includes(o.id))
    .map((o) => o.text)
    .join('; ');
}

/** The right answer in words. */
export function describeRightAnswer(question: Question): string {
  if (question.kind === 'ordering') return question.steps.map((s, i) => `${i + 1}. ${s.text}`).join(' ');
  return question.options
    .filter((o) => o.correct)
    .map((o) => o.text)
    .join('; ');
}

/** Whether the learner has given anything to score. */
export function hasAnswer(answer: Answer | undefined): boolean {
  return answer !== undefined && (answer.kind === 'order' || answer.selected.length > 0);
}

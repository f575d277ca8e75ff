/**
 * Quiz questions as the review page asks them again. The question bank and
 * its scoring are engineer Q's (lib/quiz): the review page uses the same
 * question type and the same scoring, so "right" means the same thing in a
 * quiz and in review. Only full credit counts as right: a partly right
 * answer brings the question back tomorrow.
 */
import type { Question } from '@/lib/quiz/schema';
import { scoreAnswer, type Answer } from '@/lib/quiz/scoring';

export type ReviewQuestion = Question;

export function isRightInReview(question: ReviewQuestion, answer: Answer): boolean {
  return scoreAnswer(question, answer).verdict === 'correct';
}

/** The words shown after answering: why the right answer is right (and, for choices, why theirs was not). */
export function explanationsFor(question: ReviewQuestion, answer: Answer): string[] {
  if (question.kind === 'ordering') return [question.explanation];
  const picked = answer.kind === 'choice' ? new Set(answer.selected) : new Set<string>();
  return question.options.filter((o) => o.correct || picked.has(o.id)).map((o) => `${o.correct ? 'Right' : 'Your choice'}: ${o.text}. ${o.explanation}`);
}

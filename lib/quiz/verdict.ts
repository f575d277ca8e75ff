/**
 * The verdict in words: what the learner sees and hears right after checking
 * an answer, including how partial credit was worked out, so a 0.7 never
 * looks arbitrary.
 */
import { describeRightAnswer } from './answer-helpers';
import type { Question } from './schema';
import type { Score } from './scoring';

function points(p: number): string {
  const rounded = Math.round(p * 100) / 100;
  return `${rounded} of 1 point`;
}

export function verdictHeadline(score: Score): string {
  switch (score.verdict) {
    case 'correct':
      return 'Right.';
    case 'partial':
      return `Partly right: ${points(score.points)}.`;
    case 'incorrect':
      return 'Not right.';
    case 'unanswered':
      return 'Not answered.';
  }
}

/** Why the score is what it is: the partial-credit rule applied to this question. */
export function creditRule(question: Question): string {
  switch (question.kind) {
    case 'multiple': {
      const right = question.options.filter((o) => o.correct).length;
      return `Pick every right option: ${right} of ${question.options.length} are right. Each right pick earns 1/${right} point and each wrong pick takes 1/${right} away, never below 0.`;
    }
    case 'ordering': {
      const n = question.steps.length;
      return `Credit is the share of the ${(n * (n - 1)) / 2} pairs of steps you put in the right order relative to each other.`;
    }
    default:
      return 'One option is right: 1 point for it, 0 otherwise.';
  }
}

/** What a screen reader hears after checking: the verdict and, when missed, the right answer. */
export function spokenVerdict(question: Question, score: Score): string {
  const headline = verdictHeadline(score);
  if (score.verdict === 'correct') return headline;
  const label = question.kind === 'ordering' ? 'The right order is' : question.kind === 'multiple' ? 'The right options are' : 'The right answer is';
  return `${headline} ${label}: ${describeRightAnswer(question)}.`;
}

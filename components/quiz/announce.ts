/** What the polite live region says after a choice and after a verdict. */
import type { Question } from '@/lib/quiz/schema';
import type { Answer, Score } from '@/lib/quiz/scoring';
import { formatPoints } from './styles';

export function choiceMessage(question: Question, before: Answer | undefined, after: Answer): string {
  if (question.kind === 'ordering' || after.kind !== 'choice') return '';
  const was = new Set(before?.kind === 'choice' ? before.selected : []);
  const added = question.options.findIndex((o) => after.selected.includes(o.id) && !was.has(o.id));
  if (added >= 0) return `Option ${added + 1} selected: ${question.options[added].text}`;
  const removed = question.options.findIndex((o) => was.has(o.id) && !after.selected.includes(o.id));
  return removed >= 0 ? `Option ${removed + 1} cleared: ${question.options[removed].text}` : '';
}

export function verdictMessage(score: Score): string {
  switch (score.verdict) {
    case 'correct':
      return 'Right.';
    case 'partial':
      return `Partly right: ${formatPoints(score.points)} of 1 point.`;
    case 'incorrect':
      return 'Not right.';
    default:
      return 'Not answered.';
  }
}

export const VERDICT_CLASS: Record<Score['verdict'], string> = {
  correct: 'text-emerald-800 dark:text-emerald-300',
  partial: 'text-amber-800 dark:text-amber-300',
  incorrect: 'text-red-800 dark:text-red-300',
  unanswered: 'text-red-800 dark:text-red-300',
};

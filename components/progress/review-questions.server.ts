import 'server-only';
/**
 * The question bank for the review page, read through the quiz's own loader
 * (lib/quiz) at build time, keyed by question id as review items are.
 */
import { loadQuizBank } from '@/lib/quiz/bank.server';
import type { ReviewQuestion } from './review-question';

export function reviewQuestions(): Record<string, ReviewQuestion> {
  return Object.fromEntries(loadQuizBank().questions.map((question) => [question.id, question]));
}

/**
 * How answers are scored. Every question is worth 1 point; the partial-credit
 * rules are deliberate and tested:
 *
 * - single choice and scenario: 1 for the right option, 0 otherwise;
 * - multiple choice: (right options picked - wrong options picked) / right
 *   options, never below 0: picking everything earns nothing, missing one of
 *   three right options earns 2/3;
 * - ordering: the share of pairs of steps in the right relative order, so one
 *   step out of place costs little and a reversed list earns 0.
 */
import type { Question } from './schema';

export type Answer = { kind: 'choice'; selected: string[] } | { kind: 'order'; order: string[] };

export type Verdict = 'correct' | 'partial' | 'incorrect' | 'unanswered';

export interface Score {
  points: number;
  verdict: Verdict;
}

function verdictFor(points: number): Verdict {
  if (points >= 1) return 'correct';
  return points > 0 ? 'partial' : 'incorrect';
}

/** Pairs (i, j) whose relative order in `given` matches `truth`, as a share of all pairs. */
export function pairwiseOrderCredit(truth: readonly string[], given: readonly string[]): number {
  const position = new Map(given.map((id, index) => [id, index]));
  if (truth.length < 2 || truth.some((id) => !position.has(id)) || given.length !== truth.length) return 0;
  let right = 0;
  let total = 0;
  for (let i = 0; i < truth.length; i++) {
    for (let j = i + 1; j < truth.length; j++) {
      total++;
      if (position.get(truth[i])! < position.get(truth[j])!) right++;
    }
  }
  return right / total;
}

export function scoreAnswer(question: Question, answer: Answer | undefined): Score {
  if (!answer) return { points: 0, verdict: 'unanswered' };
  if (question.kind === 'ordering') {
    if (answer.kind !== 'order') return { points: 0, verdict: 'incorrect' };
    const points = pairwiseOrderCredit(question.steps.map((s) => s.id), answer.order);
    return { points, verdict: verdictFor(points) };
  }
  if (answer.kind !== 'choice' || answer.selected.length === 0) return { points: 0, verdict: 'unanswered' };
  const selected = new Set(answer.selected);
  if (question.kind === 'multiple') {
    const right = question.options.filter((o) => o.correct);
    const rightPicked = right.filter((o) => selected.has(o.id)).length;
    const wrongPicked = question.options.filter((o) => !o.correct && selected.has(o.id)).length;
    const points = Math.max(0, (rightPicked - wrongPicked) / right.length);
    return { points, verdict: verdictFor(points) };
  }
  const points = question.options.some((o) => o.correct && selected.has(o.id)) && selected.size === 1 ? 1 : 0;
  return { points, verdict: verdictFor(points) };
}

export interface TopicScore {
  score: number;
  max: number;
}

export interface QuizTotals {
  score: number;
  maxScore: number;
  byTopic: Record<string, TopicScore>;
  /** Questions that did not earn full credit. */
  missed: { questionId: string; topic: string; lesson: string; verdict: Verdict }[];
}

/** Totals over a set of questions; unanswered questions count as missed. */
export function totalScore(questions: readonly Question[], answers: Readonly<Record<string, Answer>>): QuizTotals {
  const byTopic: Record<string, TopicScore> = {};
  const missed: QuizTotals['missed'] = [];
  let score = 0;
  for (const question of questions) {
    const result = scoreAnswer(question, answers[question.id]);
    score += result.points;
    const topic = (byTopic[question.topic] ??= { score: 0, max: 0 });
    topic.score += result.points;
    topic.max += 1;
    if (result.verdict !== 'correct') {
      missed.push({ questionId: question.id, topic: question.topic, lesson: question.lesson, verdict: result.verdict });
    }
  }
  return { score, maxScore: questions.length, byTopic, missed };
}

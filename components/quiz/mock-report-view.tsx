'use client';
/**
 * The mock interview's report: the score and time, the score by topic, the
 * lessons to review, every missed question with its explanations, and the
 * open answers beside their rubric.
 */
import Link from '@/components/ui/link';
import { forwardRef } from 'react';
import { describeAnswer, describeRightAnswer } from '@/lib/quiz/answer-helpers';
import { spokenDuration } from '@/lib/quiz/clock';
import { mockReport, type MockSession } from '@/lib/quiz/mock-session';
import type { OpenPrompt, Question } from '@/lib/quiz/schema';
import { scoreAnswer } from '@/lib/quiz/scoring';
import { TOPICS } from '@/lib/quiz/topics';
import { creditRule, verdictHeadline } from '@/lib/quiz/verdict';
import { formatPoints, percent } from '@/lib/format';
import { LINK, PANEL } from './styles';

export interface LessonLink {
  slug: string;
  title: string;
}

interface MockReportViewProps {
  session: MockSession;
  pool: readonly Question[];
  prompts: readonly OpenPrompt[];
  lessons: readonly LessonLink[];
}

function MissedExplanation({ question }: { question: Question }) {
  if (question.kind === 'ordering') return <p>{question.explanation}</p>;
  return (
    <ul className="ml-5 list-disc space-y-1">
      {question.options.map((option) => (
        <li key={option.id}>
          <span className="font-medium">{option.correct ? 'Right' : 'Wrong'}: {option.text}</span> {option.explanation}
        </li>
      ))}
    </ul>
  );
}

export const MockReportView = forwardRef<HTMLHeadingElement, MockReportViewProps>(function MockReportView({ session, pool, prompts, lessons }, headingRef) {
  const report = mockReport(session, pool, prompts);
  const { totals } = report;
  const byId = new Map(pool.map((q) => [q.id, q]));
  const promptById = new Map(prompts.map((p) => [p.id, p]));
  const lessonTitle = new Map(lessons.map((l) => [l.slug, l.title]));
  const scorePercent = percent(totals.score, totals.maxScore);
  const reviewLessons = TOPICS.map((t) => t.lesson).filter((slug) => totals.missed.some((m) => m.lesson === slug));

  return (
    <div className="space-y-8">
      <div>
        <h2 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
          Your result: {formatPoints(totals.score)} of {totals.maxScore} ({scorePercent}%)
        </h2>
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">
          {report.endedBy === 'time' ? 'The time ran out; the answers you had given were scored. ' : 'You finished before the time was up. '}
          Time used: {spokenDuration(report.timeUsedMs)}.
        </p>
      </div>

      <section aria-labelledby="by-topic-heading">
        <h3 id="by-topic-heading" className="text-xl font-semibold">
          Score by topic
        </h3>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-zinc-300 dark:border-zinc-600">
                <th scope="col" className="py-1 pr-3">Topic</th>
                <th scope="col" className="py-1 pr-3">Score</th>
                <th scope="col" className="py-1">Lesson</th>
              </tr>
            </thead>
            <tbody>
              {TOPICS.filter((t) => totals.byTopic[t.id]).map((topic) => (
                <tr key={topic.id} className="border-b border-zinc-200 dark:border-zinc-800">
                  <th scope="row" className="py-1 pr-3 font-medium">{topic.title}</th>
                  <td className="py-1 pr-3 tabular-nums">
                    {formatPoints(totals.byTopic[topic.id].score)} of {totals.byTopic[topic.id].max}
                    {/* The bar repeats the numbers beside it for the eye; screen readers have the text. */}
                    <span aria-hidden="true" className="mt-1 block h-2 w-24 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-700">
                      <span
                        className="block h-full rounded-full bg-blue-700 dark:bg-blue-400"
                        style={{ width: `${Math.round((100 * totals.byTopic[topic.id].score) / Math.max(1, totals.byTopic[topic.id].max))}%` }}
                      />
                    </span>
                  </td>
                  <td className="py-1">
                    <Link href={`/lessons/${topic.lesson}`} className={LINK}>
                      {lessonTitle.get(topic.lesson) ?? topic.lesson}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="review-lessons-heading">
        <h3 id="review-lessons-heading" className="text-xl font-semibold">
          Lessons to review
        </h3>
        {reviewLessons.length === 0 ? (
          <p className="mt-2">None: every question was fully right.</p>
        ) : (
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {reviewLessons.map((slug) => (
              <li key={slug}>
                <Link href={`/lessons/${slug}`} className={LINK}>
                  {lessonTitle.get(slug) ?? slug}
                </Link>{' '}
                ({totals.missed.filter((m) => m.lesson === slug).length} missed)
              </li>
            ))}
          </ul>
        )}
      </section>

      {totals.missed.length > 0 && (
        <section aria-labelledby="missed-heading">
          <h3 id="missed-heading" className="text-xl font-semibold">
            Questions to look at again ({totals.missed.length})
          </h3>
          <ol className="mt-3 space-y-4">
            {totals.missed.map((missed) => {
              const question = byId.get(missed.questionId)!;
              const score = scoreAnswer(question, session.answers[question.id]);
              return (
                <li key={question.id} className={PANEL}>
                  <h4 className="font-semibold">{question.prompt}</h4>
                  {question.kind === 'scenario' && <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{question.scenario}</p>}
                  <p className="mt-2">
                    <strong>{verdictHeadline(score)}</strong> You answered: {describeAnswer(question, session.answers[question.id])}.
                  </p>
                  <p className="mt-1">Right answer: {describeRightAnswer(question)}.</p>
                  {score.verdict === 'partial' && <p className="mt-1 text-sm">{creditRule(question)}</p>}
                  <div className="mt-2 text-sm">
                    <MissedExplanation question={question} />
                  </div>
                  <p className="mt-2 text-sm">
                    <Link href={`/lessons/${question.lesson}`} className={LINK}>
                      Review: {lessonTitle.get(question.lesson) ?? question.lesson}
                    </Link>
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      )}

      {report.open.length > 0 && (
        <section aria-labelledby="open-heading">
          <h3 id="open-heading" className="text-xl font-semibold">
            Your open answers
          </h3>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">Not part of the score: compare them with the checklist yourself.</p>
          <ul className="mt-3 space-y-4">
            {report.open.map((open) => {
              const prompt = promptById.get(open.promptId)!;
              const answer = session.openAnswers[open.promptId];
              return (
                <li key={open.promptId} className={PANEL}>
                  <h4 className="font-semibold">{prompt.prompt}</h4>
                  <p className="mt-2 whitespace-pre-wrap">{open.answered ? answer!.text : 'You did not write an answer.'}</p>
                  <p className="mt-2 text-sm">
                    You ticked {open.covered} of {open.of} checklist points{answer?.revealed ? '' : ' (the model answer was never opened)'}.
                  </p>
                  <details className="mt-2">
                    <summary className="cursor-pointer font-medium">Model answer and checklist</summary>
                    <p className="mt-2">{prompt.modelAnswer}</p>
                    <ul className="mt-2 list-disc pl-6 text-sm">
                      {prompt.rubric.map((line, index) => (
                        <li key={line}>
                          {line}
                          {answer?.covered.includes(index) ? ' (you covered this)' : ''}
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
});

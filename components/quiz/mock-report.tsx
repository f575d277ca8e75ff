'use client';
/**
 * The mock interview's report: score, score by topic, time used, every
 * missed question with the learner's answer, the right one and why, the open
 * questions with the rubric lines covered, and the lessons to review.
 */
import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { formatClock, spokenDuration } from '@/lib/quiz/clock';
import { mockReport, type MockSession } from '@/lib/quiz/mock-session';
import type { OpenPrompt, Question } from '@/lib/quiz/schema';
import { TOPIC_IDS } from '@/lib/quiz/topics';
import { MissedQuestion } from './missed-question';
import { formatPoints, LINK, PANEL, PRIMARY_BUTTON } from './styles';
import { TopicBars } from './topic-bars';

export interface ReportLesson {
  slug: string;
  title: string;
  order: number;
}

export function MockReport({
  session,
  questions,
  prompts,
  lessons,
  onRetake,
  focusOnMount,
}: {
  session: MockSession;
  questions: readonly Question[];
  prompts: readonly OpenPrompt[];
  lessons: readonly ReportLesson[];
  onRetake: () => void;
  focusOnMount: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  const report = mockReport(session, questions, prompts);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const promptById = new Map(prompts.map((p) => [p.id, p]));
  const lessonTitle = new Map(lessons.map((l) => [l.slug, l.title]));
  const { totals } = report;
  const percent = totals.maxScore > 0 ? Math.round((100 * totals.score) / totals.maxScore) : 0;
  const missedQuestions = totals.missed.map((m) => byId.get(m.questionId)).filter((q): q is Question => q !== undefined);
  const weakPrompts = report.open.filter((o) => o.covered < o.of).map((o) => promptById.get(o.promptId)).filter((p): p is OpenPrompt => p !== undefined);
  const toReview = new Set([...missedQuestions.map((q) => q.lesson), ...weakPrompts.flatMap((p) => p.lessons)]);
  const reviewLessons = lessons.filter((l) => toReview.has(l.slug));
  const allowed = session.deadline - session.startedAt;

  return (
    <section aria-labelledby="mock-report-heading" className={PANEL} data-testid="mock-report">
      <h2 id="mock-report-heading" ref={heading} tabIndex={-1} className="text-2xl font-semibold focus:outline-none">
        Your report: {formatPoints(totals.score)} of {totals.maxScore} ({percent}%)
      </h2>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">
        {report.endedBy === 'time' ? 'The time ran out; the answers you had given were scored, and unanswered questions score 0. ' : 'You finished the interview. '}
        Time used: <span aria-hidden="true">{formatClock(report.timeUsedMs)}</span>
        <span className="sr-only">{spokenDuration(report.timeUsedMs)}</span> of {spokenDuration(allowed)}.
      </p>

      <h3 className="mt-6 text-lg font-semibold">Score by topic</h3>
      <TopicBars byTopic={totals.byTopic} order={TOPIC_IDS} />

      <h3 className="mt-6 text-lg font-semibold">
        {missedQuestions.length === 0 ? 'No question missed' : `Questions to look at again (${missedQuestions.length})`}
      </h3>
      {missedQuestions.length > 0 && (
        <ul className="mt-2 space-y-3" data-testid="mock-missed">
          {missedQuestions.map((q) => (
            <MissedQuestion key={q.id} question={q} answer={session.answers[q.id]} lessonTitle={lessonTitle.get(q.lesson) ?? q.lesson} />
          ))}
        </ul>
      )}

      <h3 className="mt-6 text-lg font-semibold">Open questions</h3>
      <ul className="mt-2 space-y-3">
        {report.open.map((o) => {
          const prompt = promptById.get(o.promptId);
          if (!prompt) return null;
          const answer = session.openAnswers[o.promptId];
          return (
            <li key={o.promptId} className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
              <p className="font-medium">{prompt.prompt}</p>
              <p className="mt-1 text-sm font-semibold">
                You covered {o.covered} of {o.of} rubric points{answer?.revealed ? '' : ' (you did not open the model answer, so none were ticked)'}.
              </p>
              {o.answered ? (
                <blockquote className="mt-2 whitespace-pre-wrap border-l-4 border-zinc-300 pl-3 text-sm text-zinc-800 dark:border-zinc-600 dark:text-zinc-200">{answer!.text}</blockquote>
              ) : (
                <p className="mt-2 text-sm">You wrote no answer.</p>
              )}
              <ul className="mt-2 space-y-1 text-sm">
                {prompt.rubric.map((line, index) => (
                  <li key={line}>
                    <span className="font-semibold">{answer?.covered.includes(index) ? 'Covered: ' : 'Not covered: '}</span>
                    {line}
                  </li>
                ))}
              </ul>
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer font-medium">Model answer</summary>
                <p className="mt-1">{prompt.modelAnswer}</p>
              </details>
            </li>
          );
        })}
      </ul>

      <h3 className="mt-6 text-lg font-semibold">Lessons to review</h3>
      {reviewLessons.length === 0 ? (
        <p className="mt-1">Nothing to review: every question right and every rubric point covered.</p>
      ) : (
        <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="mock-review-lessons">
          {reviewLessons.map((l) => (
            <li key={l.slug}>
              <Link href={`/lessons/${l.slug}`} className={LINK}>
                {l.order}. {l.title}
              </Link>
            </li>
          ))}
        </ul>
      )}

      <div className="mt-6 flex flex-wrap items-center gap-3">
        <button type="button" className={PRIMARY_BUTTON} onClick={onRetake}>
          Retake with new questions
        </button>
        <Link href="/review" className={LINK}>
          Review your mistakes
        </Link>
      </div>
    </section>
  );
}

/**
 * A question the learner did not get fully right, as the end of a quiz and
 * the mock report show it: their answer, the right one, why, and the lesson.
 */
import Link from 'next/link';
import { describeAnswer, describeRightAnswer } from '@/lib/quiz/answer-helpers';
import type { Question } from '@/lib/quiz/schema';
import { scoreAnswer, type Answer } from '@/lib/quiz/scoring';
import { verdictMessage, VERDICT_CLASS } from './announce';
import { LINK } from './styles';

export function MissedQuestion({ question, answer, lessonTitle }: { question: Question; answer: Answer | undefined; lessonTitle: string }) {
  const score = scoreAnswer(question, answer);
  return (
    <li className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
      <p className="font-medium">{question.prompt}</p>
      <p className={`mt-1 text-sm font-semibold ${VERDICT_CLASS[score.verdict]}`}>{verdictMessage(score)}</p>
      <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[9rem_1fr]">
        <dt className="font-semibold">Your answer</dt>
        <dd>{describeAnswer(question, answer)}</dd>
        <dt className="font-semibold">Right answer</dt>
        <dd>{describeRightAnswer(question)}</dd>
      </dl>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer font-medium">Why</summary>
        {question.kind === 'ordering' ? (
          <p className="mt-1">{question.explanation}</p>
        ) : (
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {question.options.map((o) => (
              <li key={o.id}>
                <span className="font-semibold">{o.correct ? 'Right' : 'Wrong'}: {o.text}</span> {o.explanation}
              </li>
            ))}
          </ul>
        )}
      </details>
      <p className="mt-2 text-sm">
        <Link href={`/lessons/${question.lesson}`} className={LINK}>
          Review the lesson: {lessonTitle}
        </Link>
      </p>
    </li>
  );
}

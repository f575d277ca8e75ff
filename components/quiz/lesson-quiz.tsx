'use client';
/**
 * A lesson's quiz: one question at a time; confirming shows the verdict and
 * every option's explanation at once; the end shows the score and what was
 * missed, and records the attempt (missed questions join the review queue).
 */
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import { recordQuizAttempt } from '@/lib/progress';
import { hasAnswer, initialOrder, pickByNumber } from '@/lib/quiz/answer-helpers';
import type { Question } from '@/lib/quiz/schema';
import { scoreAnswer, totalScore, type Answer } from '@/lib/quiz/scoring';
import { choiceMessage, verdictMessage, VERDICT_CLASS } from './announce';
import { LiveRegion } from './live-region';
import { MissedQuestion } from './missed-question';
import { QuestionView } from './question-view';
import { formatPoints, LINK, PANEL, PRIMARY_BUTTON, SECONDARY_BUTTON } from './styles';
import { useQuizKeys } from './use-quiz-keys';

export interface QuizLesson {
  slug: string;
  title: string;
}

/** What "confirm" scores: for an ordering question left as shown, the order on screen. */
function effectiveAnswer(question: Question, answer: Answer | undefined): Answer | undefined {
  if (question.kind === 'ordering') return answer ?? { kind: 'order', order: initialOrder(question) };
  return answer;
}

export function LessonQuiz({ lesson, questions }: { lesson: QuizLesson; questions: Question[] }) {
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [confirmed, setConfirmed] = useState(false);
  const [finished, setFinished] = useState(false);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [message, setMessage] = useState('');

  const question = questions[index];
  const answer = question ? effectiveAnswer(question, answers[question.id]) : undefined;
  const last = index === questions.length - 1;

  function setAnswer(next: Answer) {
    if (confirmed || finished) return;
    setStartedAt((t) => t ?? Date.now());
    const text = choiceMessage(question, answers[question.id], next);
    if (text) setMessage(text);
    setAnswers((a) => ({ ...a, [question.id]: next }));
  }

  function confirm() {
    if (!hasAnswer(answer)) return;
    setStartedAt((t) => t ?? Date.now());
    setAnswers((a) => ({ ...a, [question.id]: answer! }));
    setConfirmed(true);
    setMessage(`${verdictMessage(scoreAnswer(question, answer))} The explanation of every option follows the question.`);
  }

  function next() {
    if (!last) {
      setIndex(index + 1);
      setConfirmed(false);
      setMessage('');
      return;
    }
    const totals = totalScore(questions, answers);
    const finishedAt = Date.now();
    recordQuizAttempt({
      quizId: lesson.slug,
      kind: 'lesson',
      startedAt: startedAt ?? finishedAt,
      finishedAt,
      score: totals.score,
      maxScore: totals.maxScore,
      byTopic: totals.byTopic,
      missed: totals.missed.map(({ questionId, topic, lesson: slug }) => ({ questionId, topic, lesson: slug })),
    });
    setFinished(true);
    setMessage(`Quiz finished: ${formatPoints(totals.score)} of ${totals.maxScore}.`);
  }

  function restart() {
    setIndex(0);
    setAnswers({});
    setConfirmed(false);
    setFinished(false);
    setStartedAt(null);
    setMessage('Quiz restarted at question 1.');
  }

  useQuizKeys(
    {
      onNumber: (n) => {
        if (confirmed || !question) return;
        const picked = pickByNumber(question, answers[question.id], n);
        if (!picked) return;
        setAnswer(picked);
        document.getElementById(`q-${question.id}-option-${n}`)?.focus();
      },
      onEnter: () => (confirmed ? next() : confirm()),
    },
    !finished,
  );

  if (finished) return <LessonQuizResult lesson={lesson} questions={questions} answers={answers} onRestart={restart} message={message} />;

  const score = confirmed ? scoreAnswer(question, answer) : null;
  return (
    <section aria-label={`Quiz: ${lesson.title}`} className={PANEL} data-testid="lesson-quiz">
      <LiveRegion message={message} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (confirmed) next();
          else confirm();
        }}
      >
        <QuestionView
          question={question}
          position={`Question ${index + 1} of ${questions.length}`}
          answer={answer}
          onAnswer={setAnswer}
          onAnnounce={setMessage}
          locked={confirmed}
          feedback={confirmed}
        />
        {score && (
          <p className={`mt-4 text-lg font-semibold ${VERDICT_CLASS[score.verdict]}`} data-testid="quiz-verdict">
            {verdictMessage(score)}
          </p>
        )}
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className={PRIMARY_BUTTON} disabled={!confirmed && !hasAnswer(answer)}>
            {!confirmed ? 'Check answer' : last ? 'See your score' : 'Next question'}
          </button>
          <span className="text-sm text-zinc-600 dark:text-zinc-400">or press Enter</span>
        </div>
      </form>
    </section>
  );
}

function LessonQuizResult({
  lesson,
  questions,
  answers,
  onRestart,
  message,
}: {
  lesson: QuizLesson;
  questions: Question[];
  answers: Record<string, Answer>;
  onRestart: () => void;
  message: string;
}) {
  const totals = totalScore(questions, answers);
  const missed = new Set(totals.missed.map((m) => m.questionId));
  const heading = useRef<HTMLHeadingElement>(null);
  // The question the focus was on is gone: the score takes its place.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="quiz-result-heading" className={PANEL} data-testid="lesson-quiz-result">
      <LiveRegion message={message} />
      <h2 id="quiz-result-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        Your score: {formatPoints(totals.score)} of {totals.maxScore}
      </h2>
      <p className="mt-1 text-zinc-700 dark:text-zinc-300">
        {missed.size === 0
          ? 'Every question fully right.'
          : `${missed.size} question${missed.size === 1 ? '' : 's'} not fully right. They come back on your review page tomorrow.`}
      </p>
      {missed.size > 0 && (
        <>
          <h3 className="mt-4 font-semibold">What to look at again</h3>
          <ul className="mt-2 space-y-3">
            {questions
              .filter((q) => missed.has(q.id))
              .map((q) => (
                <MissedQuestion key={q.id} question={q} answer={answers[q.id]} lessonTitle={lesson.title} />
              ))}
          </ul>
        </>
      )}
      <div className="mt-5 flex flex-wrap items-center gap-3">
        <button type="button" className={SECONDARY_BUTTON} onClick={onRestart}>
          Take this quiz again
        </button>
        <Link href={`/lessons/${lesson.slug}`} className={LINK}>
          Back to the lesson
        </Link>
        <Link href="/quiz/mock" className={LINK}>
          Try the timed mock interview
        </Link>
      </div>
    </section>
  );
}

'use client';
/**
 * A lesson's quiz, one question at a time: answer, check (Enter), read why,
 * next (Enter). The score comes at the end and is recorded in the learner's
 * progress, where missed questions become review items.
 */
import Link from 'next/link';
import { useId, useRef, useState, useEffect } from 'react';
import { hasAnswer, initialOrder, pickByNumber } from '@/lib/quiz/answer-helpers';
import type { Question } from '@/lib/quiz/schema';
import { scoreAnswer, totalScore, type Answer } from '@/lib/quiz/scoring';
import { spokenVerdict } from '@/lib/quiz/verdict';
import { QuestionCard } from './question-card';
import { formatPoints, LINK, PANEL, PRIMARY_BUTTON } from './styles';
import { useAnnouncer } from './use-announcer';
import { useQuizKeys } from './use-quiz-keys';

/**
 * The progress store (with its schema validation) is only needed to save a
 * finished attempt, so it loads once the learner starts answering, not with
 * the page; by the last answer it is there, and the save is immediate.
 */
let progressModule: Promise<typeof import('@/lib/progress')> | null = null;
const loadProgress = () => (progressModule ??= import('@/lib/progress'));

export interface LessonQuizRunnerProps {
  quizId: string;
  questions: Question[];
  lessonTitle: string;
  headingLevel: 2 | 3;
  /** Inline in a lesson: keys act only while the focus is inside the quiz. */
  inline?: boolean;
}

export function LessonQuizRunner({ quizId, questions, lessonTitle, headingLevel, inline = false }: LessonQuizRunnerProps) {
  const idPrefix = useId().replace(/:/g, '');
  const [attempt, setAttempt] = useState(0);
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [checked, setChecked] = useState<Record<string, boolean>>({});
  const [finished, setFinished] = useState(false);
  const startedAt = useRef<number | null>(null);
  const [message, announce] = useAnnouncer();
  const container = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const nextButton = useRef<HTMLButtonElement>(null);

  const question = questions[index];
  const answer = question ? (answers[question.id] ?? (question.kind === 'ordering' ? { kind: 'order' as const, order: initialOrder(question, attempt) } : undefined)) : undefined;
  const isChecked = question ? checked[question.id] === true : false;

  // Focus follows the quiz (never on first render: a lesson must not jump to its quiz).
  useEffect(() => {
    if (!moved.current) return;
    (finished ? resultHeading.current : heading.current)?.focus();
  }, [index, finished, attempt]);

  // Checking disables the options, which drops the focus: give it to "Next", where Enter continues.
  useEffect(() => {
    if (isChecked) nextButton.current?.focus();
  }, [isChecked]);

  const setAnswer = (next: Answer) => {
    if (!question || isChecked) return;
    startedAt.current ??= Date.now();
    void loadProgress();
    setAnswers((a) => ({ ...a, [question.id]: next }));
  };

  const check = () => {
    if (!question || !answer || !hasAnswer(answer) || isChecked) return;
    startedAt.current ??= Date.now();
    setAnswers((a) => ({ ...a, [question.id]: answer }));
    setChecked((c) => ({ ...c, [question.id]: true }));
    announce(spokenVerdict(question, scoreAnswer(question, answer)));
    void loadProgress();
  };

  const next = () => {
    moved.current = true;
    if (index + 1 < questions.length) return setIndex(index + 1);
    const totals = totalScore(questions, answers);
    const attemptRecord = {
      quizId,
      kind: 'lesson' as const,
      startedAt: startedAt.current ?? Date.now(),
      finishedAt: Date.now(),
      score: totals.score,
      maxScore: totals.maxScore,
      byTopic: totals.byTopic,
      missed: totals.missed.map(({ questionId, topic, lesson }) => ({ questionId, topic, lesson })),
    };
    void loadProgress().then(({ recordQuizAttempt }) => recordQuizAttempt(attemptRecord));
    setFinished(true);
  };

  const restart = () => {
    moved.current = true;
    startedAt.current = null;
    setAnswers({});
    setChecked({});
    setIndex(0);
    setFinished(false);
    setAttempt((n) => n + 1);
  };

  useQuizKeys(
    {
      onNumber: (n) => {
        if (!question || isChecked) return;
        const picked = pickByNumber(question, answer, n);
        if (!picked) return;
        setAnswer(picked);
        if (question.kind !== 'ordering') {
          const option = question.options[n - 1];
          const on = picked.kind === 'choice' && picked.selected.includes(option.id);
          announce(`Option ${n} ${on ? 'selected' : 'unselected'}: ${option.text}`);
        }
      },
      onEnter: () => (isChecked ? next() : check()),
    },
    !finished,
    inline ? container : undefined,
  );

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const totals = finished ? totalScore(questions, answers) : null;

  return (
    <section ref={container} aria-label={`Quiz: ${lessonTitle}`} data-testid="lesson-quiz" className={PANEL}>
      <p role="status" data-testid="quiz-announcer" className="sr-only">
        {message}
      </p>
      {totals ? (
        <div data-testid="lesson-quiz-result">
          <Heading ref={resultHeading} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
            Your score: {formatPoints(totals.score)} of {totals.maxScore}
          </Heading>
          <p className="mt-2 text-zinc-700 dark:text-zinc-300">
            {totals.missed.length === 0
              ? 'Every answer right. Your progress page has it recorded.'
              : `${totals.missed.length} question${totals.missed.length === 1 ? '' : 's'} not fully right. They will come back on your review page until you get them right.`}
          </p>
          <ul className="mt-3 space-y-1">
            {questions.map((q, i) => {
              const s = scoreAnswer(q, answers[q.id]);
              return (
                <li key={q.id} className="text-sm">
                  <span className="font-medium">{i + 1}.</span> {q.prompt} <strong>{s.verdict === 'correct' ? 'Right' : s.verdict === 'partial' ? `Partly right (${formatPoints(s.points)})` : 'Missed'}</strong>
                </li>
              );
            })}
          </ul>
          <p className="mt-4 flex flex-wrap gap-3">
            <button type="button" className={PRIMARY_BUTTON} onClick={restart}>
              Take the quiz again
            </button>
            <Link href={`/lessons/${quizId}`} className={`${LINK} self-center`}>
              Review the lesson: {lessonTitle}
            </Link>
            <Link href="/review" className={`${LINK} self-center`}>
              Your review page
            </Link>
          </p>
        </div>
      ) : question ? (
        <div>
          <QuestionCard
            key={`${attempt}-${question.id}`}
            ref={heading}
            question={question}
            position={index + 1}
            total={questions.length}
            answer={answer}
            onAnswer={setAnswer}
            score={isChecked ? scoreAnswer(question, answer) : undefined}
            headingLevel={headingLevel}
            idPrefix={`${idPrefix}-${question.id}`}
            announce={announce}
            orderSeed={attempt}
          />
          {isChecked && question.kind !== 'ordering' && (
            <p className="mt-3 text-sm text-zinc-700 dark:text-zinc-300">Each option above says why it is right or wrong.</p>
          )}
          <p className="mt-4 flex flex-wrap items-center gap-3">
            {isChecked ? (
              <button ref={nextButton} type="button" className={PRIMARY_BUTTON} onClick={next}>
                {index + 1 < questions.length ? 'Next question' : 'See your score'}
              </button>
            ) : (
              <button type="button" className={PRIMARY_BUTTON} onClick={check} disabled={!hasAnswer(answer)}>
                Check answer
              </button>
            )}
            <span className="text-sm text-zinc-600 dark:text-zinc-400">or press Enter</span>
          </p>
        </div>
      ) : null}
    </section>
  );
}

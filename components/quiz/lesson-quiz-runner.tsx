'use client';
/**
 * A lesson's quiz, one question at a time: answer, check (Enter), read why,
 * next (Enter). The score comes at the end and is recorded in the learner's
 * progress, where missed questions become review items.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { hasAnswer, pickByNumber } from '@/lib/quiz/answer-helpers';
import {
  checkAnswer,
  currentAnswer,
  currentQuestion,
  isChecked as checkedNow,
  lessonTotals,
  nextQuestion,
  retake,
  setAnswer as withAnswer,
  startLessonQuiz,
} from '@/lib/quiz/lesson-session';
import type { Question } from '@/lib/quiz/schema';
import { scoreAnswer, type Answer } from '@/lib/quiz/scoring';
import { spokenVerdict } from '@/lib/quiz/verdict';
import { LessonQuizResult } from './lesson-quiz-result';
import { QuestionCard } from './question-card';
import { PANEL, PRIMARY_BUTTON } from './styles';
import { useAnnouncer } from './use-announcer';
import { useQuizKeys } from './use-quiz-keys';

/**
 * The progress store (zod schemas and all) is needed only to save a
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
  const [state, setState] = useState(startLessonQuiz);
  const [message, announce] = useAnnouncer();
  const container = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const nextButton = useRef<HTMLButtonElement>(null);

  const { attempt, index, answers, finished } = state;
  const question = currentQuestion(state, questions);
  const answer = currentAnswer(state, questions);
  const isChecked = checkedNow(state, questions);

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
    void loadProgress();
    setState((s) => withAnswer(s, questions, next, Date.now()));
  };

  const check = () => {
    const result = checkAnswer(state, questions, Date.now());
    if (!result) return;
    setState(result.state);
    announce(spokenVerdict(result.question, result.score));
  };

  const next = () => {
    moved.current = true;
    const result = nextQuestion(state, questions, quizId, Date.now());
    const record = result.record;
    if (record) void loadProgress().then(({ recordQuizAttempt }) => recordQuizAttempt(record));
    setState(result.state);
  };

  const restart = () => {
    moved.current = true;
    setState(retake(state));
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

  // Keys pressed before hydration are lost; the marker lets tests (and
  // nothing else) wait until the key handler above is attached.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const totals = lessonTotals(state, questions);

  return (
    <section ref={container} aria-label={`Quiz: ${lessonTitle}`} data-testid="lesson-quiz" data-ready={ready ? 'true' : 'false'} className={PANEL}>
      <p role="status" data-testid="quiz-announcer" className="sr-only">
        {message}
      </p>
      {totals ? (
        <LessonQuizResult
          ref={resultHeading}
          headingLevel={headingLevel}
          quizId={quizId}
          lessonTitle={lessonTitle}
          questions={questions}
          answers={answers}
          totals={totals}
          onRetake={restart}
        />
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

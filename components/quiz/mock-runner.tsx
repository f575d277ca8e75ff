'use client';
/**
 * The interview while it runs: the countdown, "question 3 of 14", the
 * current question or open prompt, previous/next, a jump list, and finishing
 * with a confirmation. No verdicts until the report.
 */
import { useEffect, useRef, useState } from 'react';
import { hasAnswer, pickByNumber } from '@/lib/quiz/answer-helpers';
import { stepCount, type MockSession, type OpenAnswer } from '@/lib/quiz/mock-session';
import type { OpenPrompt, Question } from '@/lib/quiz/schema';
import type { Answer } from '@/lib/quiz/scoring';
import { choiceMessage } from './announce';
import { MockTimer } from './mock-timer';
import { OpenPromptView } from './open-prompt-view';
import { QuestionView } from './question-view';
import { PANEL, PRIMARY_BUTTON, SECONDARY_BUTTON } from './styles';
import { useQuizKeys } from './use-quiz-keys';

const EMPTY_OPEN: OpenAnswer = { text: '', covered: [], revealed: false };

export function MockRunner({
  session,
  questionsById,
  promptsById,
  onAnswer,
  onOpenAnswer,
  onStep,
  onFinish,
  onTimeUp,
  onAnnounce,
}: {
  session: MockSession;
  questionsById: ReadonlyMap<string, Question>;
  promptsById: ReadonlyMap<string, OpenPrompt>;
  onAnswer: (questionId: string, answer: Answer) => void;
  onOpenAnswer: (promptId: string, patch: Partial<OpenAnswer>) => void;
  onStep: (step: number) => void;
  onFinish: () => void;
  onTimeUp: () => void;
  onAnnounce: (message: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const finishButton = useRef<HTMLButtonElement>(null);
  const total = stepCount(session);
  const step = session.step;
  const questionId = step < session.questionIds.length ? session.questionIds[step] : null;
  const question = questionId ? questionsById.get(questionId) : undefined;
  const promptId = questionId ? null : session.promptIds[step - session.questionIds.length];
  const prompt = promptId ? promptsById.get(promptId) : undefined;
  const position = `${question ? 'Question' : 'Open question'} ${step + 1} of ${total}`;

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  function answered(index: number): boolean {
    if (index < session.questionIds.length) return hasAnswer(session.answers[session.questionIds[index]]);
    const open = session.openAnswers[session.promptIds[index - session.questionIds.length]];
    return (open?.text.trim().length ?? 0) > 0;
  }
  const answeredQuestions = session.questionIds.filter((id) => hasAnswer(session.answers[id])).length;
  const answeredPrompts = session.promptIds.filter((id) => (session.openAnswers[id]?.text.trim().length ?? 0) > 0).length;

  function answer(next: Answer) {
    if (!question) return;
    const text = choiceMessage(question, session.answers[question.id], next);
    if (text) onAnnounce(text);
    onAnswer(question.id, next);
  }

  useQuizKeys(
    {
      onNumber: (n) => {
        if (confirming) return;
        if (question) {
          const picked = pickByNumber(question, session.answers[question.id], n);
          if (!picked) return;
          answer(picked);
          document.getElementById(`q-${question.id}-option-${n}`)?.focus();
        } else if (prompt && session.openAnswers[prompt.id]?.revealed) {
          document.getElementById(`prompt-${prompt.id}-rubric-${n}`)?.click();
        }
      },
      onEnter: () => {
        if (confirming) return;
        if (step < total - 1) onStep(step + 1);
        else setConfirming(true);
      },
    },
    true,
  );

  return (
    <section aria-label="Mock interview" className={PANEL} data-testid="mock-runner">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-zinc-200 pb-3 dark:border-zinc-800">
        <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="mock-progress">
          {position} · {answeredQuestions} of {session.questionIds.length} questions answered
        </p>
        <MockTimer deadline={session.deadline} onAnnounce={onAnnounce} onTimeUp={onTimeUp} />
      </div>

      <div className="mt-4 min-h-[24rem]">
        {question && (
          <>
            <QuestionView question={question} position={position} answer={session.answers[question.id]} onAnswer={answer} onAnnounce={onAnnounce} orderSeed={session.seed} />
            {question.kind === 'ordering' && !hasAnswer(session.answers[question.id]) && (
              <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">Not answered yet: move at least one step to give your order.</p>
            )}
          </>
        )}
        {prompt && <OpenPromptView prompt={prompt} position={position} answer={session.openAnswers[prompt.id] ?? EMPTY_OPEN} onChange={(patch) => onOpenAnswer(prompt.id, patch)} />}
      </div>

      <div className="mt-6 flex flex-wrap items-center gap-3">
        <button type="button" className={SECONDARY_BUTTON} disabled={step === 0} onClick={() => onStep(step - 1)}>
          Previous
        </button>
        <button type="button" className={PRIMARY_BUTTON} disabled={step === total - 1} onClick={() => onStep(step + 1)}>
          Next
        </button>
        <button type="button" ref={finishButton} className={`${SECONDARY_BUTTON} ml-auto`} onClick={() => setConfirming(true)}>
          Finish interview
        </button>
      </div>

      {confirming && (
        <div
          role="group"
          aria-labelledby="finish-confirm-heading"
          className="mt-4 rounded-md border border-amber-500 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950/40 dark:text-amber-50"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              setConfirming(false);
              finishButton.current?.focus();
            }
          }}
        >
          <h3 id="finish-confirm-heading" className="font-semibold">
            Finish the interview now?
          </h3>
          <p className="mt-1 text-sm">
            You have answered {answeredQuestions} of {session.questionIds.length} questions and written {answeredPrompts} of {session.promptIds.length} open answers.
            Anything unanswered scores 0. You cannot change answers afterwards.
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" ref={confirmButton} className={PRIMARY_BUTTON} onClick={onFinish}>
              Finish and see my report
            </button>
            <button
              type="button"
              className={SECONDARY_BUTTON}
              onClick={() => {
                setConfirming(false);
                finishButton.current?.focus();
              }}
            >
              Keep going
            </button>
          </div>
        </div>
      )}

      <nav aria-label="Jump to a question" className="mt-6">
        <ol className="flex flex-wrap gap-1">
          {Array.from({ length: total }, (_, index) => (
            <li key={index}>
              <button
                type="button"
                aria-current={index === step ? 'step' : undefined}
                aria-label={`${index < session.questionIds.length ? 'Question' : 'Open question'} ${index + 1}, ${answered(index) ? 'answered' : 'not answered'}`}
                onClick={() => onStep(index)}
                className={`h-9 w-9 rounded-md border text-sm tabular-nums focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300 ${
                  index === step
                    ? 'border-blue-700 bg-blue-700 text-white'
                    : answered(index)
                      ? 'border-zinc-400 bg-zinc-200 text-zinc-900 dark:border-zinc-500 dark:bg-zinc-700 dark:text-zinc-50'
                      : 'border-zinc-300 text-zinc-800 dark:border-zinc-600 dark:text-zinc-200'
                }`}
              >
                {index + 1}
              </button>
            </li>
          ))}
        </ol>
      </nav>
    </section>
  );
}

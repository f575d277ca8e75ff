'use client';
/**
 * The timed mock interview: start screen, one step at a time (12 questions
 * then 2 open prompts), countdown, and the report. State lives in
 * useMockSession (saved as it goes); this component is the screen and the
 * keyboard: 1-9 pick, Enter goes on, focus follows the question.
 *
 * The length of a new interview comes from `?minutes=` when given (e.g.
 * /quiz/mock?minutes=0.1 for a 6-second run in browser tests), otherwise 20.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { hasAnswer, initialOrder, pickByNumber } from '@/lib/quiz/answer-helpers';
import { answerQuestion, DEFAULT_MOCK_MINUTES, goToStep, isFinished, minutesFromQuery, stepCount, updateOpenAnswer } from '@/lib/quiz/mock-session';
import type { OpenPrompt, Question } from '@/lib/quiz/schema';
import type { Answer } from '@/lib/quiz/scoring';
import { FinishConfirm } from './finish-confirm';
import { MockCountdown } from './mock-countdown';
import { MockReportView, type LessonLink } from './mock-report-view';
import { MockStart } from './mock-start';
import { MockStepNav } from './mock-step-nav';
import { OpenPromptCard } from './open-prompt-card';
import { QuestionCard } from './question-card';
import { PANEL, PRIMARY_BUTTON, SECONDARY_BUTTON } from './styles';
import { useAnnouncer } from './use-announcer';
import { useMockSession } from './use-mock-session';
import { useQuizKeys } from './use-quiz-keys';

interface MockInterviewProps {
  questions: Question[];
  prompts: OpenPrompt[];
  lessons: LessonLink[];
}

export function MockInterview({ questions, prompts, lessons }: MockInterviewProps) {
  const { loaded, session, problem, start, update, finish, expire } = useMockSession(questions, prompts);
  const [minutes, setMinutes] = useState(DEFAULT_MOCK_MINUTES);
  const [message, announce] = useAnnouncer();
  const heading = useRef<HTMLHeadingElement>(null);
  const finishButton = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  const byId = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const promptById = useMemo(() => new Map(prompts.map((p) => [p.id, p])), [prompts]);

  useEffect(() => setMinutes(minutesFromQuery(window.location.search)), []);

  const finished = session !== null && isFinished(session);
  const step = session?.step ?? 0;
  const total = session ? stepCount(session) : 0;
  const question = session && step < session.questionIds.length ? byId.get(session.questionIds[step]) : undefined;
  const prompt = session && !question ? promptById.get(session.promptIds[step - session.questionIds.length]) : undefined;

  // Focus follows the interview: the new question's heading, or the report's when it ends.
  useEffect(() => {
    if (session) heading.current?.focus();
  }, [session?.startedAt, step, finished]);

  const wasRunning = useRef(false);
  useEffect(() => {
    if (session && !finished) wasRunning.current = true;
    if (finished && wasRunning.current) {
      wasRunning.current = false;
      announce(session.endedBy === 'time' ? 'Time is up. The answers you gave have been scored.' : 'Interview finished. Your report is below.');
    }
  }, [finished, session, announce]);

  const answered = (index: number) => {
    if (!session) return false;
    if (index < session.questionIds.length) return hasAnswer(session.answers[session.questionIds[index]]);
    return (session.openAnswers[session.promptIds[index - session.questionIds.length]]?.text.trim().length ?? 0) > 0;
  };
  const unanswered = session ? Array.from({ length: total }, (_, i) => i).filter((i) => !answered(i)).length : 0;

  const setAnswer = (answer: Answer) => question && update((s) => answerQuestion(s, question.id, answer));

  const goNext = () => {
    if (!session) return;
    // Pressing on from an ordering question accepts the order on screen as the answer.
    if (question?.kind === 'ordering' && !session.answers[question.id]) setAnswer({ kind: 'order', order: initialOrder(question, session.seed) });
    if (step + 1 < total) return update((s) => goToStep(s, step + 1));
    finishButton.current?.focus();
    announce('That was the last question. Press Finish to see your score.');
  };

  useQuizKeys(
    {
      onNumber: (n) => {
        if (!question || !session) return;
        const picked = pickByNumber(question, session.answers[question.id], n);
        if (!picked || question.kind === 'ordering') return;
        setAnswer(picked);
        const option = question.options[n - 1];
        announce(`Option ${n} ${picked.kind === 'choice' && picked.selected.includes(option.id) ? 'selected' : 'unselected'}: ${option.text}`);
      },
      onEnter: goNext,
    },
    session !== null && !finished && !confirming,
  );

  // The clock can end the interview while the question is open: a retake must not start with it.
  useEffect(() => {
    if (finished) setConfirming(false);
  }, [finished]);
  const askToFinish = () => setConfirming(true);
  const keepGoing = () => {
    setConfirming(false);
    finishButton.current?.focus();
  };

  // Until the saved interview (if any) is read, the start screen is shown with its button off: most visits
  // start a new interview, so the page does not change shape when it becomes interactive.
  if (!loaded) return <MockStart minutes={minutes} poolSize={questions.length} onStart={() => undefined} ready={false} />;

  return (
    <div>
      <p role="status" data-testid="quiz-announcer" className="sr-only">
        {message}
      </p>
      {problem && <p className="mb-4 rounded-md border-l-4 border-amber-600 bg-amber-50 px-3 py-2 text-zinc-900 dark:bg-amber-950/40 dark:text-zinc-100">{problem}</p>}

      {!session && <MockStart minutes={minutes} poolSize={questions.length} onStart={() => start(minutes)} ready />}

      {session && finished && (
        <>
          <MockReportView ref={heading} session={session} pool={questions} prompts={prompts} lessons={lessons} />
          <p className="mt-8">
            <button type="button" className={PRIMARY_BUTTON} onClick={() => start(minutes)}>
              Take another interview (new questions)
            </button>
          </p>
        </>
      )}

      {session && !finished && (
        <div className={PANEL}>
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <MockCountdown deadline={session.deadline} onExpire={expire} announce={announce} />
            <button ref={finishButton} type="button" className={SECONDARY_BUTTON} onClick={askToFinish}>
              Finish{unanswered > 0 ? ` (${unanswered} unanswered)` : ''}
            </button>
          </div>
          {confirming && <FinishConfirm unanswered={unanswered} onConfirm={finish} onCancel={keepGoing} />}
          {question && (
            <QuestionCard
              key={question.id}
              ref={heading}
              question={question}
              position={step + 1}
              total={total}
              answer={session.answers[question.id]}
              onAnswer={setAnswer}
              headingLevel={2}
              idPrefix={`mock-${question.id}`}
              announce={announce}
              orderSeed={session.seed}
            />
          )}
          {prompt && (
            <OpenPromptCard
              key={prompt.id}
              ref={heading}
              prompt={prompt}
              position={step + 1}
              total={total}
              answer={session.openAnswers[prompt.id]}
              onChange={(patch) => update((s) => updateOpenAnswer(s, prompt.id, patch))}
              idPrefix={`mock-${prompt.id}`}
            />
          )}
          <p className="mt-6 flex flex-wrap gap-3">
            <button type="button" className={SECONDARY_BUTTON} disabled={step === 0} onClick={() => update((s) => goToStep(s, step - 1))}>
              Previous
            </button>
            {step + 1 < total ? (
              <button type="button" className={PRIMARY_BUTTON} onClick={goNext}>
                Next
              </button>
            ) : (
              <button type="button" className={PRIMARY_BUTTON} onClick={askToFinish}>
                Finish and see your score
              </button>
            )}
            <span className="self-center text-sm text-zinc-600 dark:text-zinc-400">Enter: next question</span>
          </p>
          <MockStepNav count={total} current={step} answered={answered} onGo={(index) => update((s) => goToStep(s, index))} />
        </div>
      )}
    </div>
  );
}

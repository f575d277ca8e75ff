'use client';
/**
 * The timed mock interview: start screen, the running interview, the report.
 * The session lives in localStorage, written on every change, so a reload
 * resumes it with the clock still running; one whose time ran out while the
 * page was closed opens on its report. A finished interview is recorded to
 * progress once (its missed questions join the review queue).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { getProgress, recordQuizAttempt } from '@/lib/progress';
import {
  answerQuestion,
  checkDeadline,
  DEFAULT_MOCK_MINUTES,
  finishMock,
  goToStep,
  isFinished,
  mockReport,
  startMock,
  updateOpenAnswer,
  type MockSession,
} from '@/lib/quiz/mock-session';
import { clearMock, loadMock, saveMock, type StorageLike } from '@/lib/quiz/mock-storage';
import type { OpenPrompt, Question } from '@/lib/quiz/schema';
import { LiveRegion } from './live-region';
import { MockReport, type ReportLesson } from './mock-report';
import { MockRunner } from './mock-runner';
import { MockStart } from './mock-start';

function browserStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** `?minutes=0.2` sets the length of a new interview (browser tests use it); anything else means the default. */
function minutesFromUrl(): number {
  const value = Number(new URLSearchParams(window.location.search).get('minutes'));
  return Number.isFinite(value) && value > 0 && value <= 180 ? value : DEFAULT_MOCK_MINUTES;
}

export function MockInterview({ questions, prompts, lessons }: { questions: Question[]; prompts: OpenPrompt[]; lessons: ReportLesson[] }) {
  const questionsById = useMemo(() => new Map(questions.map((q) => [q.id, q])), [questions]);
  const promptsById = useMemo(() => new Map(prompts.map((p) => [p.id, p])), [prompts]);
  const [ready, setReady] = useState(false);
  const [minutes, setMinutes] = useState(DEFAULT_MOCK_MINUTES);
  const [session, setSession] = useState<MockSession | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [endedHere, setEndedHere] = useState(false);
  const current = useRef<MockSession | null>(null);

  const record = useCallback(
    (finished: MockSession) => {
      // Already recorded (a reload of a finished interview): recording again would reset its review items.
      if (Object.values(getProgress().quizAttempts).some((a) => a.quizId === 'mock' && a.startedAt === finished.startedAt)) return;
      const { totals } = mockReport(finished, questions, prompts);
      recordQuizAttempt({
        quizId: 'mock',
        kind: 'mock',
        startedAt: finished.startedAt,
        finishedAt: finished.finishedAt ?? finished.deadline,
        score: totals.score,
        maxScore: totals.maxScore,
        byTopic: totals.byTopic,
        missed: totals.missed.map(({ questionId, topic, lesson }) => ({ questionId, topic, lesson })),
      });
    },
    [questions, prompts],
  );

  const commit = useCallback(
    (next: MockSession | null) => {
      const before = current.current;
      current.current = next;
      setSession(next);
      const storage = browserStorage();
      if (!next || !storage) return;
      if (!saveMock(storage, next)) setProblem('Your browser would not save the interview, so a reload will lose it. Keep this tab open until the end.');
      if (isFinished(next) && before && !isFinished(before)) record(next);
    },
    [record],
  );

  useEffect(() => {
    setMinutes(minutesFromUrl());
    const storage = browserStorage();
    const loaded = storage
      ? loadMock(storage, new Set(questions.map((q) => q.id)))
      : { session: null, problem: 'This browser blocks saved data, so a reload will restart the interview.' };
    setProblem(loaded.problem);
    if (loaded.session) {
      const checked = checkDeadline(loaded.session, Date.now());
      current.current = checked;
      setSession(checked);
      if (checked !== loaded.session && storage) saveMock(storage, checked);
      if (isFinished(checked)) record(checked);
    }
    setReady(true);
  }, [questions, record]);

  const update = (change: (s: MockSession) => MockSession) => {
    if (current.current) commit(change(current.current));
  };

  function start(avoid: readonly string[] = []) {
    const next = startMock(questions, prompts, { seed: Math.floor(Math.random() * 2 ** 31), now: Date.now(), minutes: minutesFromUrl(), avoid });
    setEndedHere(false);
    commit(next);
    setMessage(`Interview started: ${next.questionIds.length + next.promptIds.length} questions. The clock is running.`);
  }

  function retake() {
    const previous = current.current;
    const storage = browserStorage();
    if (storage) clearMock(storage);
    start(previous ? [...previous.questionIds, ...previous.promptIds] : []);
  }

  function finish(endedBy: 'submitted' | 'time') {
    const now = Date.now();
    update((s) => (endedBy === 'time' ? checkDeadline(s, now) : finishMock(s, now, 'submitted')));
    setEndedHere(true);
    setMessage(endedBy === 'time' ? 'Time is up. The answers you gave have been scored: your report follows.' : 'Interview finished: your report follows.');
  }

  return (
    <div>
      <LiveRegion message={message} />
      {problem && (
        <p role="alert" className="mb-4 rounded-md border border-amber-500 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950/40 dark:text-amber-50">
          {problem}
        </p>
      )}
      {!session && <MockStart minutes={minutes} poolSize={questions.length} ready={ready} onStart={() => start()} />}
      {session && !isFinished(session) && (
        <MockRunner
          session={session}
          questionsById={questionsById}
          promptsById={promptsById}
          onAnswer={(id, answer) => update((s) => answerQuestion(s, id, answer))}
          onOpenAnswer={(id, patch) => update((s) => updateOpenAnswer(s, id, patch))}
          onStep={(step) => update((s) => goToStep(s, step))}
          onFinish={() => finish('submitted')}
          onTimeUp={() => finish('time')}
          onAnnounce={setMessage}
        />
      )}
      {session && isFinished(session) && (
        <MockReport session={session} questions={questions} prompts={prompts} lessons={lessons} onRetake={retake} focusOnMount={endedHere} />
      )}
    </div>
  );
}

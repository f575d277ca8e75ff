'use client';
/**
 * The mock interview's state in the browser: loaded from localStorage on
 * mount (validated; a damaged value is set aside with a message), saved on
 * every change, ended when the absolute deadline passes, and recorded in the
 * learner's progress exactly once when finished.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { recordQuizAttempt } from '@/lib/progress';
import { attemptRecord } from '@/lib/quiz/attempt-record';
import { checkDeadline, finishMock, isFinished, mockReport, startMock, type MockSession } from '@/lib/quiz/mock-session';
import { loadMock, saveMock } from '@/lib/quiz/mock-storage';
import type { OpenPrompt, Question } from '@/lib/quiz/schema';
import { browserStorage } from '@/lib/storage/web-storage';

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0];
}

export interface MockSessionControls {
  /** False until the saved interview (if any) has been read. */
  loaded: boolean;
  session: MockSession | null;
  problem: string | null;
  start: (minutes: number) => void;
  update: (change: (session: MockSession) => MockSession) => void;
  finish: () => void;
  /** Ends the interview if its deadline has passed; called by the countdown. */
  expire: () => void;
}

export function useMockSession(pool: readonly Question[], prompts: readonly OpenPrompt[]): MockSessionControls {
  const knownIds = useMemo(() => new Set(pool.map((q) => q.id)), [pool]);
  const [loaded, setLoaded] = useState(false);
  const [session, setSession] = useState<MockSession | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const storage = browserStorage();
    if (!storage) {
      setProblem('This browser blocks saved data, so a reload will restart the interview.');
    } else {
      const result = loadMock(storage, knownIds);
      // A deadline that passed while the page was closed ends the interview now, scoring what was answered.
      setSession(result.session ? checkDeadline(result.session, Date.now()) : null);
      setProblem(result.problem);
    }
    setLoaded(true);
  }, [knownIds]);

  useEffect(() => {
    const storage = browserStorage();
    if (session && storage && !saveMock(storage, session)) {
      setProblem('Your answers could not be saved in this browser (storage is full or blocked), so a reload would lose them.');
    }
  }, [session]);

  useEffect(() => {
    if (!session || !isFinished(session) || session.recorded) return;
    const { totals } = mockReport(session, pool, prompts);
    recordQuizAttempt(attemptRecord('mock', 'mock', session.startedAt, session.finishedAt ?? session.deadline, totals));
    setSession((s) => (s && s.startedAt === session.startedAt ? { ...s, recorded: true } : s));
  }, [session, pool, prompts]);

  const start = useCallback(
    (minutes: number) => {
      // A retake avoids the questions and prompts of the attempt before it.
      const avoid = session ? [...session.questionIds, ...session.promptIds] : [];
      setSession(startMock(pool, prompts, { seed: randomSeed(), now: Date.now(), minutes, avoid }));
      setProblem(null);
    },
    [pool, prompts, session],
  );

  const update = useCallback((change: (s: MockSession) => MockSession) => setSession((s) => (s ? change(s) : s)), []);
  const finish = useCallback(() => setSession((s) => (s ? finishMock(s, Date.now(), 'submitted') : s)), []);
  const expire = useCallback(() => setSession((s) => (s ? checkDeadline(s, Date.now()) : s)), []);

  return { loaded, session, problem, start, update, finish, expire };
}

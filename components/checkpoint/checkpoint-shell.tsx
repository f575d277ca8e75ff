'use client';
/**
 * The part of a checkpoint that ships with the lesson: the questions as text
 * (readable before any script runs), and an observer that imports the
 * interactive runner once the checkpoint comes within a screen of view.
 * Keeping the runner (question cards, scoring, the progress store) out of
 * this file is what keeps checkpoints out of the lesson's first-load JS.
 */
import { useEffect, useRef, useState, type ComponentType } from 'react';
import type { Question } from '@/lib/quiz/schema';
import type { CheckpointRunnerProps } from './checkpoint-runner';

const BOX = 'not-prose my-8 rounded-lg border border-blue-200 bg-blue-50/40 p-4 sm:p-5 dark:border-blue-900 dark:bg-blue-950/20';

export function CheckpointShell({ lesson, questions }: CheckpointRunnerProps) {
  const box = useRef<HTMLElement>(null);
  const [Runner, setRunner] = useState<ComponentType<CheckpointRunnerProps> | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let cancelled = false;
    const load = () =>
      import('./checkpoint-runner').then((m) => {
        if (!cancelled) setRunner(() => m.CheckpointRunner);
      });
    if (typeof IntersectionObserver === 'undefined') {
      load();
      return () => void (cancelled = true);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer.disconnect();
          load();
        }
      },
      { rootMargin: '800px 0px' },
    );
    observer.observe(element);
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, []);

  return (
    <section ref={box} aria-label="Checkpoint" data-testid="checkpoint" data-ready={Runner ? 'true' : 'false'} className={BOX} data-pagefind-ignore>
      <p className="text-sm font-semibold uppercase tracking-wide text-blue-800 dark:text-blue-300">Checkpoint</p>
      {Runner ? <Runner lesson={lesson} questions={questions} /> : <StaticQuestions questions={questions} />}
    </section>
  );
}

/** What a reader sees until the runner arrives: the prompts, so the page does not jump much when it does. */
function StaticQuestions({ questions }: { questions: Question[] }) {
  return (
    <ol className="mt-2 space-y-2">
      {questions.map((q) => (
        <li key={q.id} className="text-lg font-semibold">
          {q.prompt}
        </li>
      ))}
    </ol>
  );
}

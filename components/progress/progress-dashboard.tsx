'use client';
/**
 * The progress page's body: totals, completion of every lesson, exercise and
 * quiz, mock-interview scores over time, and export/import.
 */
import Link from '@/components/ui/link';
import { useEffect, useState } from 'react';
import { loadDrafts, type Draft } from '@/lib/progress';
import { topicTitle } from '@/lib/quiz/topics';
import { activeItems, dueItems, masteredCount } from '@/lib/progress/review';
import type { CourseCatalog } from './catalog-types';
import { ExerciseCompletion, LessonCompletion, QuizCompletion } from './completion-lists';
import { ExportImportPanel } from './export-import-panel';
import { formatPoints, percent, plural } from '@/lib/format';
import { MockScoreChart } from './mock-score-chart';
import { useHydrated, useProgress } from './use-progress';

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Total({ label, value, of }: { label: string; value: number; of?: number }) {
  return (
    <div className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
      <dt className="text-sm text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums">
        {value}
        {of !== undefined && <span className="text-base font-normal text-zinc-600 dark:text-zinc-400"> of {of}</span>}
      </dd>
    </div>
  );
}

export function ProgressDashboard({ catalog }: { catalog: CourseCatalog }) {
  const progress = useProgress();
  const hydrated = useHydrated();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  useEffect(() => setDrafts(loadDrafts()), [progress]);

  const now = Date.now();
  const lessonsRead = catalog.lessons.filter((l) => progress.lessons[l.slug]).length;
  const solved = catalog.exercises.filter((e) => progress.exercises[e.id]?.solvedAt !== undefined).length;
  const quizIds = new Set(Object.values(progress.quizAttempts).map((a) => a.quizId));
  const quizzesTaken = catalog.quizzes.filter((q) => quizIds.has(q.id)).length;
  const due = hydrated ? dueItems(progress, now).length : 0;
  const learning = activeItems(progress).length;
  const mocks = Object.values(progress.quizAttempts).filter((a) => a.kind === 'mock');
  const latestMock = [...mocks].sort((a, b) => b.finishedAt - a.finishedAt)[0];

  return (
    <div data-testid="progress-dashboard" data-hydrated={hydrated ? 'true' : 'false'}>
      <dl className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Total label="Lessons read" value={lessonsRead} of={catalog.lessons.length} />
        <Total label="Exercises solved" value={solved} of={catalog.exercises.length} />
        <Total label="Quizzes taken" value={quizzesTaken} of={catalog.quizzes.length} />
        <Total label="Mistakes due for review" value={due} />
      </dl>
      <p className="mt-4 text-zinc-700 dark:text-zinc-300">
        {learning === 0 ? (
          'No mistakes waiting for review.'
        ) : (
          <>
            {plural(learning, 'mistake')} in your review queue ({due} due now), {masteredCount(progress)} mastered.{' '}
            <Link href="/review" className="font-medium text-blue-700 underline dark:text-blue-300">
              Go to review
            </Link>
          </>
        )}
      </p>

      <Section id="lessons-heading" title="Lessons">
        <LessonCompletion lessons={catalog.lessons} progress={progress} />
      </Section>
      <Section id="exercises-heading" title="Exercises">
        <ExerciseCompletion exercises={catalog.exercises} progress={progress} drafts={drafts} />
      </Section>
      <Section id="quizzes-heading" title="Quizzes">
        <QuizCompletion quizzes={catalog.quizzes} progress={progress} />
      </Section>
      <Section id="mock-heading" title="Mock interviews over time">
        <div className="mt-3">
          <MockScoreChart attempts={mocks} />
        </div>
        {latestMock && Object.keys(latestMock.byTopic).length > 0 && (
          <div className="mt-4">
            <h3 className="font-semibold">By topic, in your latest mock interview</h3>
            <ul className="mt-2 space-y-1">
              {Object.entries(latestMock.byTopic)
                .sort(([, a], [, b]) => percent(a.score, a.max) - percent(b.score, b.max))
                .map(([topic, { score, max }]) => (
                  <li key={topic} className="flex max-w-md justify-between gap-4">
                    <span>{topicTitle(topic)}</span>
                    <span className="tabular-nums">
                      {formatPoints(score)} / {max} ({percent(score, max)}%)
                    </span>
                  </li>
                ))}
            </ul>
          </div>
        )}
      </Section>
      <Section id="transfer-heading" title="Export and import">
        <div className="mt-3">
          <ExportImportPanel />
        </div>
      </Section>
    </div>
  );
}

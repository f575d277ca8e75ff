import type { Metadata } from 'next';
import { pageMetadata } from '@/lib/site/page-metadata';
import { ProgressDashboard } from '@/components/progress/progress-dashboard';
import { courseCatalog } from '@/components/progress/course-catalog.server';

export const metadata: Metadata = pageMetadata({
  title: 'Your progress',
  description: 'Lessons read, exercises solved, quiz and mock-interview scores, saved in your browser, with export and import.',
  path: '/progress',
});

export default function ProgressPage() {
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">Everything here is saved in this browser only. Nothing is sent anywhere.</p>
      <ProgressDashboard catalog={courseCatalog()} />
    </div>
  );
}

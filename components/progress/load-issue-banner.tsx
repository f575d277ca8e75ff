'use client';
/**
 * Site-wide notice, shown once per page load when saved progress was damaged
 * and replaced (or storage is blocked). It is an alert so screen readers say
 * it; dismissing it hides it for this visit, and the store is clean after.
 */
import { useEffect, useState } from 'react';
import { getLoadIssue, subscribe } from '@/lib/progress';

export function ProgressIssueBanner() {
  const [issue, setIssue] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    setIssue(getLoadIssue());
    // A problem can also surface later (another tab wrote damaged data, storage filled up).
    return subscribe(() => setIssue(getLoadIssue()));
  }, []);

  if (!issue || dismissed) return null;
  return (
    <div role="alert" data-testid="progress-issue" className="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-start gap-3 px-4 py-3 text-sm">
        <p className="min-w-0 flex-1">
          <strong className="font-semibold">About your saved progress: </strong>
          {issue}
        </p>
        <button
          type="button"
          onClick={() => setDismissed(true)}
          className="rounded-md border border-amber-400 px-3 py-1 font-medium hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-700 dark:border-amber-600 dark:hover:bg-amber-900"
        >
          Got it
        </button>
      </div>
    </div>
  );
}

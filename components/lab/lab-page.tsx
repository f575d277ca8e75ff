'use client';
/**
 * The lab on its own page: the same lab as in lessons, plus a scenario
 * picker, "Your code" and compare mode. The lab's state is kept in the
 * address (lib/lab/url-state.ts), so a link opens the lab on a scenario, or
 * replays a whole run. `?code=<exercise>` runs that exercise's saved draft
 * as "Your code" (the exercise page's "Try it in the lab" opens it so).
 * A link whose fragment carries code (lib/lab/run-link.ts) runs that code
 * instead, as "Shared code", and never reads or writes this browser's draft;
 * the fragment stays in the address bar so a reload runs it again.
 */
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { isLabExerciseId } from '@/lib/lab/lab-exercises';
import { isPresetId, PRESETS, type PresetId } from '@/lib/lab/presets';
import { readSharedCode } from '@/lib/lab/run-link';
import { parseLabUrl, type LabUrlState } from '@/lib/lab/url-state';
import { loadDraft } from '@/lib/progress';
import type { YoursSource } from './lab-app';

const LabApp = dynamic(() => import('./lab-app').then((m) => m.LabApp), {
  ssr: false,
  loading: () => (
    <p className="flex min-h-[28rem] items-center justify-center rounded-md bg-zinc-50 text-sm text-zinc-700 dark:bg-zinc-900 dark:text-zinc-300" aria-busy="true">
      Loading the traffic lab…
    </p>
  ),
});

interface Opened {
  preset: PresetId;
  initial: LabUrlState | null;
  yours: YoursSource | null;
  problem: string | null;
  /** Why the code in the link's fragment was not run, if it was not. */
  sharedProblem: string | null;
}

function readAddress(): Opened {
  const search = window.location.search;
  const asked = new URLSearchParams(search).get('preset');
  const preset: PresetId = asked && isPresetId(asked) ? asked : 'nat-ip-hash';
  const parsed = parseLabUrl(search, PRESETS[preset]);
  if (!parsed.ok) return { preset, initial: null, yours: null, problem: parsed.reason, sharedProblem: null };
  const { code } = parsed.state;
  if (!code || !isLabExerciseId(code)) return { preset, initial: parsed.state, yours: null, problem: null, sharedProblem: null };
  const shared = readSharedCode(window.location.hash);
  if (shared.kind === 'code') return { preset, initial: parsed.state, yours: { exercise: code, code: shared.code, shared: true }, problem: null, sharedProblem: null };
  const own = loadDraft(code);
  const sharedProblem =
    shared.kind === 'damaged'
      ? `${shared.message} ${own ? 'The lab runs your own saved draft instead, as “Your code”.' : 'There is no saved draft of yours to run instead.'}`
      : null;
  return { preset, initial: parsed.state, yours: { exercise: code, code: own, shared: false }, problem: null, sharedProblem };
}

export function LabPage() {
  const [opened, setOpened] = useState<Opened | null>(null);
  useEffect(() => setOpened(readAddress()), []);
  const choose = (next: PresetId) => {
    setOpened((o) => ({ preset: next, initial: null, yours: o?.yours ?? null, problem: null, sharedProblem: null }));
    const code = opened?.yours?.exercise;
    // Shared code keeps running on another scenario, so its fragment stays.
    const hash = opened?.yours?.shared ? window.location.hash : '';
    window.history.replaceState(null, '', `?preset=${next}${code ? `&code=${code}` : ''}${hash}`);
  };
  const onLinkState = (search: string, hash: string) => window.history.replaceState(null, '', `${search}${hash || (opened?.yours?.shared ? window.location.hash : '')}`);
  return (
    <section aria-label="Traffic lab" className="mt-6 rounded-lg border border-zinc-200 p-3 sm:p-4 dark:border-zinc-700">
      <noscript>
        <p>The traffic lab runs in your browser and needs JavaScript.</p>
      </noscript>
      {opened?.problem && (
        <p role="alert" className="mb-3 rounded border border-amber-600 bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">
          This link to a lab run could not be read ({opened.problem}), so the lab opened on its scenario from the start.
        </p>
      )}
      {opened?.sharedProblem && (
        <p role="alert" className="mb-3 rounded border border-amber-600 bg-amber-50 p-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100" data-testid="lab-shared-problem">
          {opened.sharedProblem}
        </p>
      )}
      {opened && <LabApp key={opened.preset} preset={opened.preset} onPresetChange={choose} page={{ yours: opened.yours, initial: opened.initial, onLinkState }} />}
    </section>
  );
}

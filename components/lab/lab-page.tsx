'use client';
/**
 * The lab on its own page: the same lab as in lessons, plus a scenario
 * picker. The chosen scenario is kept in the address (?preset=...) so a
 * link can open the lab on it.
 */
import dynamic from 'next/dynamic';
import { useEffect, useState } from 'react';
import { isPresetId, type PresetId } from '@/lib/lab/presets';

const LabApp = dynamic(() => import('./lab-app').then((m) => m.LabApp), {
  ssr: false,
  loading: () => (
    <p className="flex min-h-[28rem] items-center justify-center rounded-md bg-zinc-50 text-sm text-zinc-700 dark:bg-zinc-900 dark:text-zinc-300" aria-busy="true">
      Loading the traffic lab…
    </p>
  ),
});

export function LabPage() {
  const [preset, setPreset] = useState<PresetId>('nat-ip-hash');
  useEffect(() => {
    const asked = new URLSearchParams(window.location.search).get('preset');
    if (asked && isPresetId(asked)) setPreset(asked);
  }, []);
  const choose = (next: PresetId) => {
    setPreset(next);
    window.history.replaceState(null, '', `?preset=${next}`);
  };
  return (
    <section aria-label="Traffic lab" className="mt-6 rounded-lg border border-zinc-200 p-3 sm:p-4 dark:border-zinc-700">
      <noscript>
        <p>The traffic lab runs in your browser and needs JavaScript.</p>
      </noscript>
      <LabApp key={preset} preset={preset} onPresetChange={choose} />
    </section>
  );
}

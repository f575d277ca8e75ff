'use client';
/**
 * What lessons embed: <TrafficLab preset="nat-ip-hash" />. This wrapper is
 * all a lesson page ships until the lab is needed: the simulator and the
 * lab's UI load when the reader scrolls near the lab (never on pages without
 * one, and never during the lesson's first load). Until then, and without
 * JavaScript, a placeholder of the lab's height says what it would show, so
 * the lesson still reads on its own and nothing moves when the lab arrives.
 */
import { lazyOnView } from '@/components/ui/lazy-on-view';
import { isPresetId, PRESETS, type PresetId } from '@/lib/lab/presets';

const LabApp = lazyOnView(
  () => import('./lab-app').then((m) => m.LabApp),
  () => <LabPlaceholder />,
);

function LabPlaceholder() {
  return (
    <div className="flex min-h-[28rem] items-center justify-center rounded-md bg-zinc-50 p-4 text-center text-sm text-zinc-700 dark:bg-zinc-900 dark:text-zinc-300" aria-busy="true">
      <p className="lab-loading">Loading the traffic lab…</p>
      <noscript>
        <style>{'.lab-loading{display:none}'}</style>
        <p>The traffic lab runs in your browser and needs JavaScript. The lesson text gives the same numbers.</p>
      </noscript>
    </div>
  );
}

export function TrafficLab({ preset = 'nat-ip-hash' }: { preset?: string }) {
  const id: PresetId = isPresetId(preset) ? preset : 'nat-ip-hash';
  return (
    <section aria-label="Traffic lab" className="not-prose my-8 rounded-lg border border-zinc-200 bg-white p-3 text-zinc-900 sm:p-4 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100">
      <p className="text-base font-semibold">Traffic lab</p>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{PRESETS[id].watch}</p>
      <div className="mt-3">
        <LabApp preset={id} />
      </div>
    </section>
  );
}

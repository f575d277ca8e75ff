'use client';
/**
 * Download all progress (drafts included) as a JSON file, and load such a
 * file back: it is checked in full, the learner sees what it would change,
 * and only "Apply" changes anything.
 */
import { useId, useRef, useState } from 'react';
import { getProgress, importProgress, loadDrafts, type Draft, type ProgressState } from '@/lib/progress';
import { buildExport, diffImport, exportFileName, isEmptyDiff, parseImport } from '@/lib/progress/transfer';
import { summarizeImport } from './import-summary';

const BUTTON =
  'rounded-md px-4 py-2 font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:opacity-60';

type Pending = { fileName: string; progress: ProgressState; drafts: Record<string, Draft>; lines: string[] };

export function ExportImportPanel() {
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ tone: 'error' | 'ok'; text: string } | null>(null);

  function download() {
    const now = Date.now();
    const blob = new Blob([buildExport(getProgress(), loadDrafts(), now)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = exportFileName(now);
    document.body.append(link);
    link.click();
    link.remove();
    // Revoke after the click has been handled, or some browsers cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ tone: 'ok', text: `Downloaded ${link.download}. Keep it somewhere safe, or load it in another browser.` });
  }

  async function pick(file: File) {
    setPending(null);
    const parsed = parseImport(await file.text(), Date.now());
    if (!parsed.ok) {
      setMessage({ tone: 'error', text: `${file.name}: ${parsed.error}` });
      return;
    }
    const diff = diffImport(getProgress(), loadDrafts(), parsed.progress, parsed.drafts);
    if (isEmptyDiff(diff)) {
      setMessage({ tone: 'ok', text: `${file.name} holds nothing that is not already here: nothing to import.` });
      return;
    }
    setMessage(null);
    setPending({ fileName: file.name, progress: parsed.progress, drafts: parsed.drafts, lines: summarizeImport(diff) });
  }

  function apply() {
    if (!pending) return;
    importProgress(pending.progress, pending.drafts);
    setMessage({ tone: 'ok', text: `Imported ${pending.fileName}: ${pending.lines.join('; ')}.` });
    setPending(null);
    if (fileInput.current) fileInput.current.value = '';
  }

  function cancel() {
    setPending(null);
    setMessage({ tone: 'ok', text: 'Import cancelled: nothing was changed.' });
    if (fileInput.current) fileInput.current.value = '';
  }

  return (
    <div className="space-y-4">
      <p className="text-zinc-700 dark:text-zinc-300">
        Your progress lives only in this browser. Download it to keep a copy or to move it to another browser; the file includes your code drafts.
      </p>
      <button type="button" onClick={download} className={`${BUTTON} bg-blue-700 text-white hover:bg-blue-800`}>
        Download my progress
      </button>
      <div>
        <label htmlFor={inputId} className="block font-medium">
          Load progress from a file
        </label>
        <input
          id={inputId}
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void pick(file);
          }}
          className="mt-1 block w-full max-w-md text-sm file:mr-3 file:rounded-md file:border file:border-zinc-300 file:bg-zinc-50 file:px-3 file:py-1.5 dark:file:border-zinc-700 dark:file:bg-zinc-900 dark:file:text-zinc-100"
        />
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">Nothing changes until you confirm. What is here already is kept: results and attempts are merged, the better result wins.</p>
      </div>
      {pending && (
        <div role="region" aria-labelledby={`${inputId}-confirm`} className="rounded-lg border border-blue-300 p-4 dark:border-blue-800" data-testid="import-preview">
          <h3 id={`${inputId}-confirm`} className="font-semibold">
            Importing {pending.fileName} will change:
          </h3>
          <ul className="mt-2 list-disc pl-6">
            {pending.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" onClick={apply} className={`${BUTTON} bg-blue-700 text-white hover:bg-blue-800`}>
              Apply import
            </button>
            <button type="button" onClick={cancel} className={`${BUTTON} border border-zinc-300 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800`}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p aria-live="polite" role="status" data-testid="transfer-message" className={message?.tone === 'error' ? 'text-red-800 dark:text-red-300' : 'text-zinc-800 dark:text-zinc-200'}>
        {message?.text}
      </p>
    </div>
  );
}

/** A short status word with a symbol, so state is never carried by colour alone. */
const STYLES = {
  done: 'text-emerald-800 dark:text-emerald-300',
  partial: 'text-amber-900 dark:text-amber-200',
  none: 'text-zinc-600 dark:text-zinc-400',
} as const;

const SYMBOLS = { done: '✓', partial: '◐', none: '○' } as const;

export function StatusBadge({ tone, children }: { tone: keyof typeof STYLES; children: React.ReactNode }) {
  return (
    <span className={`text-sm font-medium ${STYLES[tone]}`}>
      <span aria-hidden="true">{SYMBOLS[tone]} </span>
      {children}
    </span>
  );
}

/**
 * The two carts implementations' numbers side by side: one row per measure,
 * one column per implementation, so it fits a phone.
 */
import type { CartLabSnapshot, Side } from '@/lib/cart-lab/cart-model';
import type { SideCounts } from '@/lib/cart-lab/cart-observer';

const ROWS: { key: keyof SideCounts; label: string; bad?: boolean }[] = [
  { key: 'requests', label: 'Requests answered' },
  { key: 'liveCarts', label: 'Carts with items' },
  { key: 'lost', label: 'Lost carts', bad: true },
  { key: 'stale', label: 'Stale carts', bad: true },
  { key: 'wrong', label: 'Other wrong carts', bad: true },
];

const SIDES: { side: Side; label: string }[] = [
  { side: 'yours', label: 'Your CartService' },
  { side: 'baseline', label: 'Sticky in-memory' },
];

export function CartTable({ snapshot }: { snapshot: CartLabSnapshot | null }) {
  return (
    <table className="w-full table-fixed border-collapse text-sm" data-testid="cart-table">
      <caption className="sr-only">Carts under your CartService and under the sticky in-memory baseline</caption>
      <thead>
        <tr className="border-b border-zinc-300 dark:border-zinc-700">
          <th scope="col" className="py-1 pr-2 text-left font-medium">
            Measure
          </th>
          {SIDES.map(({ side, label }) => (
            <th key={side} scope="col" className="px-1 py-1 text-right font-medium">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map(({ key, label, bad }) => (
          <tr key={key} className="border-b border-zinc-200 dark:border-zinc-800">
            <th scope="row" className="py-1 pr-2 text-left font-normal">
              {label}
            </th>
            {SIDES.map(({ side }) => {
              const value = snapshot ? snapshot.sides[side][key] : null;
              const alarm = bad && value !== null && value > 0;
              return (
                <td
                  key={side}
                  data-testid={`${side}-${key}`}
                  className={`px-1 py-1 text-right tabular-nums ${alarm ? 'font-semibold text-red-800 dark:text-red-300' : ''}`}
                >
                  {value === null ? '–' : value.toLocaleString('en')}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

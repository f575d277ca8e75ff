/** Shared class lists, so every quiz screen's buttons look and focus the same. */
const FOCUS = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300';

export const PRIMARY_BUTTON = `rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:cursor-not-allowed disabled:opacity-60 ${FOCUS}`;

export const SECONDARY_BUTTON = `rounded-md border border-zinc-300 px-4 py-2 font-medium text-zinc-900 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-zinc-600 dark:text-zinc-100 dark:hover:bg-zinc-800 ${FOCUS}`;

export const SMALL_BUTTON = `rounded border border-zinc-300 px-2 py-1 text-sm text-zinc-900 hover:bg-zinc-100 disabled:opacity-40 dark:border-zinc-600 dark:text-zinc-100 dark:hover:bg-zinc-800 ${FOCUS}`;

export const LINK = 'text-blue-700 underline hover:text-blue-900 dark:text-blue-300 dark:hover:text-blue-200';

export const PANEL = 'rounded-lg border border-zinc-200 p-4 sm:p-5 dark:border-zinc-800';

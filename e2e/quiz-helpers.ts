/**
 * Shared steps for the quiz specs: the bank read from the YAML files (so the
 * tests know the right answers without the page telling them), moving focus
 * with the Tab key only, and reading what the pages saved.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';

export { MOCK_INTERVIEW_KEY as MOCK_KEY, PROGRESS_KEY } from '../lib/storage/keys';

export interface BankOption {
  id: string;
  text: string;
  correct?: boolean;
}

export interface BankQuestion {
  id: string;
  kind: 'single' | 'multiple' | 'scenario' | 'ordering';
  lesson: string;
  prompt: string;
  options?: BankOption[];
  steps?: { id: string; text: string }[];
}

const DIR = path.join(process.cwd(), 'content', 'quizzes');

export function bankFile(name: string): BankQuestion[] {
  return (parse(readFileSync(path.join(DIR, `${name}.yaml`), 'utf8')) as { questions: BankQuestion[] }).questions;
}

export function wholeBank(): Map<string, BankQuestion> {
  const all = readdirSync(DIR)
    .filter((n) => n.endsWith('.yaml') && n !== 'open-prompts.yaml')
    .flatMap((n) => bankFile(n.replace(/\.yaml$/, '')));
  return new Map(all.map((q) => [q.id, q]));
}

/** The name of the focused element as a test reads it: its aria-label, else its text. */
export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return (el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });
}

/** Presses Tab until the focused element's name matches, like a learner tabbing to a control. */
export async function tabTo(page: Page, name: RegExp, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) return;
  }
  throw new Error(`Tab never reached a control named ${name} (last: "${await focusedName(page)}")`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Puts an ordering question's steps in the right order with the keyboard:
 * Tab to the Up button of the step that belongs next, then Alt+ArrowUp until
 * it is in place (the focus stays with the step as it moves).
 */
export async function sortByKeyboard(page: Page, question: BankQuestion): Promise<void> {
  const steps = question.steps!;
  for (let target = 0; target < steps.length; target++) {
    const order = await page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.getAttribute('data-step')!));
    const at = order.indexOf(steps[target].id);
    if (at < 0) throw new Error(`step ${steps[target].id} is not on the page`);
    if (at === target) continue;
    await tabTo(page, new RegExp(`^Move “${escapeRegExp(steps[target].text)}” up$`));
    for (let i = at; i > target; i--) await page.keyboard.press('Alt+ArrowUp');
  }
}

/** Number keys for the right options of a choice question. */
export function rightKeys(question: BankQuestion): string[] {
  return question.options!.flatMap((o, i) => (o.correct ? [String(i + 1)] : []));
}

export function wrongKey(question: BankQuestion): string {
  return String(question.options!.findIndex((o) => !o.correct) + 1);
}

export async function savedJson<T>(page: Page, key: string): Promise<T | null> {
  const raw = await page.evaluate((k) => window.localStorage.getItem(k), key);
  return raw === null ? null : (JSON.parse(raw) as T);
}

export interface SavedMock {
  questionIds: string[];
  promptIds: string[];
  seed: number;
  deadline: number;
  step: number;
  finishedAt: number | null;
}

export interface SavedProgress {
  quizAttempts: Record<string, { quizId: string; kind: string; score: number; maxScore: number; missed: unknown[] }>;
  review: Record<string, { kind: string; quizId?: string }>;
}

/**
 * What a question bank file must contain. Banks are YAML in content/quizzes/,
 * validated at build time: a bad file fails the build with its path and the
 * field, never renders half a quiz.
 */
import { z } from 'zod';
import { TOPIC_IDS } from './topics';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase words joined by hyphens');
const text = z.string().trim().min(1, 'must not be empty');

const option = z
  .object({
    id,
    text,
    correct: z.boolean().default(false),
    /** Why this option is right or wrong: shown after answering, for every option. */
    explanation: z.string().trim().min(10, 'explain why this option is right or wrong (10+ characters)'),
  })
  .strict();

const base = {
  id,
  topic: z.enum(TOPIC_IDS),
  /** Slug of the lesson that teaches this. */
  lesson: id,
  prompt: text,
};

function uniqueIds(items: { id: string }[], ctx: z.RefinementCtx, field: string) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
}

function exactlyOneCorrect(options: { correct: boolean }[], ctx: z.RefinementCtx) {
  const count = options.filter((o) => o.correct).length;
  if (count !== 1) ctx.addIssue({ code: 'custom', path: ['options'], message: `needs exactly one correct option, has ${count}` });
}

const singleQuestion = z
  .object({ ...base, kind: z.literal('single'), options: z.array(option).min(2) })
  .strict()
  .superRefine((q, ctx) => {
    uniqueIds(q.options, ctx, 'options');
    exactlyOneCorrect(q.options, ctx);
  });

const multipleQuestion = z
  .object({ ...base, kind: z.literal('multiple'), options: z.array(option).min(3) })
  .strict()
  .superRefine((q, ctx) => {
    uniqueIds(q.options, ctx, 'options');
    const count = q.options.filter((o) => o.correct).length;
    if (count < 1 || count === q.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'needs at least one correct and one wrong option' });
    }
  });

const scenarioQuestion = z
  .object({
    ...base,
    kind: z.literal('scenario'),
    /** The described system and incident, shown above the prompt. */
    scenario: z.string().trim().min(40, 'describe the system and the incident (40+ characters)'),
    options: z.array(option).min(2),
  })
  .strict()
  .superRefine((q, ctx) => {
    uniqueIds(q.options, ctx, 'options');
    exactlyOneCorrect(q.options, ctx);
  });

const orderingQuestion = z
  .object({
    ...base,
    kind: z.literal('ordering'),
    /** In the correct order; the quiz shows them shuffled. */
    steps: z.array(z.object({ id, text }).strict()).min(3).max(8),
    explanation: z.string().trim().min(10, 'explain why the order is what it is'),
  })
  .strict()
  .superRefine((q, ctx) => uniqueIds(q.steps, ctx, 'steps'));

export const questionSchema = z.discriminatedUnion('kind', [singleQuestion, multipleQuestion, scenarioQuestion, orderingQuestion]);

export const bankFileSchema = z.object({ questions: z.array(questionSchema).min(1) }).strict();

export const openPromptSchema = z
  .object({
    id,
    prompt: text,
    modelAnswer: z.string().trim().min(100, 'a model answer worth reading (100+ characters)'),
    /** What a good answer covers: the learner ticks what theirs did. */
    rubric: z.array(text).min(3),
    lessons: z.array(id).min(1),
  })
  .strict();

export const openPromptFileSchema = z.object({ prompts: z.array(openPromptSchema).min(1) }).strict();

export type Question = z.infer<typeof questionSchema>;
export type ChoiceQuestion = Extract<Question, { kind: 'single' | 'multiple' | 'scenario' }>;
export type OrderingQuestion = Extract<Question, { kind: 'ordering' }>;
export type OpenPrompt = z.infer<typeof openPromptSchema>;

export class QuizContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuizContentError';
  }
}

/** Turns zod issues into one message naming the file and each bad field, by question id where known. */
export function describeIssues(file: string, error: z.ZodError, data: unknown): string {
  const lines = error.issues.map((issue) => {
    const [section, index, ...rest] = issue.path;
    let where = issue.path.join('.') || '(file)';
    if ((section === 'questions' || section === 'prompts') && typeof index === 'number') {
      const items = (data as Record<string, unknown[]> | null)?.[section as string];
      const itemId = (items?.[index] as { id?: unknown } | undefined)?.id;
      where = `${section}[${index}]${typeof itemId === 'string' ? ` (${itemId})` : ''}${rest.length ? '.' + rest.join('.') : ''}`;
    }
    return `  - ${where}: ${issue.message}`;
  });
  return `${file}: invalid question bank\n${lines.join('\n')}`;
}

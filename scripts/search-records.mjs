/**
 * Search records for what the static pages do not show: quiz questions,
 * their options and the explanations a learner only sees after answering,
 * and the mock-interview prompts. Pagefind indexes the HTML pages; these are
 * added beside them as custom records pointing at the quiz that holds them.
 *
 * Reads content/ directly (the YAML and the lesson frontmatter): by the time
 * this runs, `next build` has already validated the same files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse } from 'yaml';

const PROMPTS_FILE = 'open-prompts.yaml';
// Fields that hold ids or labels, not words a learner would search for.
const SKIPPED_KEYS = new Set(['id', 'kind', 'topic', 'lesson', 'lessons', 'correct', 'order', 'minutes', 'seconds']);

/** Every string under a value, in document order, except ids and other labels. */
export function collectText(value, out = []) {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectText(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) if (!SKIPPED_KEYS.has(key)) collectText(inner, out);
  }
  return out;
}

/** Lesson slug → title, from each lesson's frontmatter. */
export function lessonTitles(root) {
  const dir = path.join(root, 'content', 'lessons');
  const titles = new Map();
  for (const name of readdirSync(dir)) {
    // Folders are named NN.slug (lib/content/lessons.server.ts checks it).
    const slug = /^\d+\.(.+)$/.exec(name)?.[1];
    if (!slug) continue;
    const { data } = matter(readFileSync(path.join(dir, name, 'index.mdx'), 'utf8'));
    titles.set(slug, String(data.title ?? slug));
  }
  return titles;
}

/** One record per quiz question and one per mock-interview prompt; URLs have no base path (the browser adds it). */
export function quizSearchRecords(root = process.cwd()) {
  const dir = path.join(root, 'content', 'quizzes');
  const titles = lessonTitles(root);
  const records = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
    const data = parse(readFileSync(path.join(dir, name), 'utf8'));
    if (name === PROMPTS_FILE) {
      for (const prompt of data.prompts ?? []) {
        records.push({
          // Pagefind keeps one record per URL: a fragment per prompt keeps them apart.
          url: `/quiz/mock#prompt-${prompt.id}`,
          content: collectText(prompt).join('\n'),
          language: 'en',
          meta: { title: `Mock interview: ${firstLine(prompt.prompt ?? prompt.title ?? prompt.id)}`, section: 'Mock interview' },
        });
      }
      continue;
    }
    for (const question of data.questions ?? []) {
      const lessonTitle = titles.get(question.lesson) ?? question.lesson;
      records.push({
        url: `/quiz/${question.lesson}#question-${question.id}`,
        content: collectText(question).join('\n'),
        language: 'en',
        meta: { title: `Quiz: ${lessonTitle}`, section: firstLine(question.prompt ?? '') },
      });
    }
  }
  return records;
}

function firstLine(text) {
  const line = String(text).split('\n')[0].trim();
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

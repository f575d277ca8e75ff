import { describe, expect, it } from 'vitest';
import { quizSearchRecords } from './search-records.mjs';
import { normaliseBasePath, siteUrlFrom } from './site-config.mjs';

describe('normaliseBasePath', () => {
  it('accepts a sub-path with or without slashes and trims the trailing one', () => {
    expect(normaliseBasePath('')).toBe('');
    expect(normaliseBasePath('/')).toBe('');
    expect(normaliseBasePath('course')).toBe('/course');
    expect(normaliseBasePath('/course/')).toBe('/course');
    expect(normaliseBasePath('/org/course-2')).toBe('/org/course-2');
  });

  it('rejects what cannot be a path segment', () => {
    expect(() => normaliseBasePath('/my course')).toThrow(/BASE_PATH/);
    expect(() => normaliseBasePath('https://x.io/course')).toThrow(/BASE_PATH/);
  });
});

describe('siteUrlFrom', () => {
  it('falls back to localhost with the base path, and drops a trailing slash', () => {
    expect(siteUrlFrom({}, '/course')).toBe('http://localhost:3000/course');
    expect(siteUrlFrom({ SITE_URL: 'https://user.github.io/course/' }, '/course')).toBe('https://user.github.io/course');
  });
});

describe('quizSearchRecords', () => {
  const records = quizSearchRecords();

  it('gives every record its own URL (Pagefind keeps one record per URL)', () => {
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
  });

  it('holds the explanations a page only shows after an answer, pointing at the quiz', () => {
    const upload = records.find((r) => r.url === '/quiz/decision-guide#question-upload');
    expect(upload?.content).toMatch(/reassembled/);
    expect(upload?.meta.title).toMatch(/^Quiz: /);
  });
});

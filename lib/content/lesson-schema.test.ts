import { describe, expect, it } from 'vitest';
import { ContentError, parseLessonFrontmatter } from './lesson-schema';

const FILE = 'content/lessons/01.example/index.mdx';
const good = {
  title: 'What sticky sessions are',
  summary: 'A balancer that keeps each user on one server, and why.',
  minutes: 12,
  objectives: ['Define session affinity'],
  exercises: ['cookie-affinity'],
  quiz: 'what-are-sticky-sessions',
};

function errorFor(data: unknown): string {
  try {
    parseLessonFrontmatter(FILE, data);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as Error).message;
  }
  throw new Error('expected the frontmatter to be rejected');
}

describe('lesson frontmatter', () => {
  it('accepts a complete lesson and defaults exercises to none', () => {
    expect(parseLessonFrontmatter(FILE, good)).toEqual(good);
    const { exercises: _e, ...withoutExercises } = good;
    expect(parseLessonFrontmatter(FILE, withoutExercises).exercises).toEqual([]);
  });

  it('names the file and the missing field', () => {
    const { summary: _s, ...data } = good;
    const message = errorFor(data);
    expect(message).toContain(FILE);
    expect(message).toContain('field `summary`');
  });

  it.each([
    ['minutes', { ...good, minutes: 'ten' }],
    ['minutes', { ...good, minutes: -3 }],
    ['objectives', { ...good, objectives: [] }],
    ['exercises.0', { ...good, exercises: ['sticky-everything'] }],
    ['quiz', { ...good, quiz: 'Not A Slug' }],
    ['title', { ...good, title: 42 }],
  ])('rejects a wrong %s with the field named', (field, data) => {
    expect(errorFor(data)).toContain(`field \`${field}\``);
  });

  it('rejects unknown fields, which are usually typos', () => {
    expect(errorFor({ ...good, sumary: 'typo' })).toContain('unknown field(s) sumary');
  });

  it('rejects frontmatter that is not an object', () => {
    expect(errorFor(null)).toContain(FILE);
  });
});

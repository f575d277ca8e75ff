import { describe, expect, it } from 'vitest';
import { listLessons } from '@/lib/content/lessons.server';
import { loadQuizBank, lessonQuestions } from './bank.server';
import { TOPICS } from './topics';

const bank = loadQuizBank();
const lessons = listLessons();

describe('the course question bank', () => {
  it('holds at least 60 questions and at least 4 open prompts', () => {
    expect(bank.questions.length).toBeGreaterThanOrEqual(60);
    expect(bank.prompts.length).toBeGreaterThanOrEqual(4);
  });

  it.each(TOPICS.map((t) => [t.id]))('has at least 8 questions on %s', (topic) => {
    expect(bank.questions.filter((q) => q.topic === topic).length).toBeGreaterThanOrEqual(8);
  });

  it('gives every lesson a quiz of at least 5 questions', () => {
    for (const lesson of lessons) expect(lessonQuestions(lesson.slug).length, lesson.slug).toBeGreaterThanOrEqual(5);
  });

  it('points every topic and every question at a lesson that exists', () => {
    const slugs = new Set(lessons.map((l) => l.slug));
    for (const topic of TOPICS) expect(slugs.has(topic.lesson), topic.id).toBe(true);
    for (const question of bank.questions) expect(slugs.has(question.lesson), question.id).toBe(true);
  });

  it('files every question under its topic\'s lesson, so "lessons to review" links match the score by topic', () => {
    const lessonOf = new Map(TOPICS.map((t) => [t.id as string, t.lesson as string]));
    for (const question of bank.questions) expect(question.lesson, question.id).toBe(lessonOf.get(question.topic));
  });

  it('uses every kind of question', () => {
    expect(new Set(bank.questions.map((q) => q.kind))).toEqual(new Set(['single', 'multiple', 'scenario', 'ordering']));
  });
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lessonQuestions } from '@/lib/quiz/bank.server';
import { LessonQuiz } from './lesson-quiz';

describe('<LessonQuiz> for lesson MDX', () => {
  it('renders the first question of that lesson, inline under an h3', () => {
    const [first] = lessonQuestions('hashing');
    const html = renderToStaticMarkup(<LessonQuiz lesson="hashing" />);
    expect(html).toContain(`Question 1 of ${lessonQuestions('hashing').length}`);
    expect(html).toContain(first.prompt);
    expect(html).toMatch(/<h3[^>]*>/);
  });

  it('fails the build, naming the slug, for a lesson that does not exist', () => {
    expect(() => renderToStaticMarkup(<LessonQuiz lesson="hashnig" />)).toThrow('<LessonQuiz lesson="hashnig" />: no lesson has that slug');
  });
});

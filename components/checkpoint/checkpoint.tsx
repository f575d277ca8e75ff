/**
 * `<Checkpoint questions={['nat-skew']} />`: one or two questions from the
 * bank, placed in a lesson right where the idea was taught. A server
 * component: it reads the bank at build time (an unknown id fails the build)
 * and hands the questions to a small client shell that loads the interactive
 * part only when the reader scrolls near it, so a lesson's first-load
 * JavaScript does not grow with its checkpoints.
 */
import { loadQuizBank } from '@/lib/quiz/bank.server';
import { QuizContentError, type Question } from '@/lib/quiz/schema';
import { CheckpointShell } from './checkpoint-shell';

export function Checkpoint({ questions: ids }: { questions: string[] }) {
  if (!Array.isArray(ids) || ids.length === 0 || ids.length > 2) {
    throw new QuizContentError(`<Checkpoint questions={...} />: give one or two question ids, got ${JSON.stringify(ids)}`);
  }
  const bank = loadQuizBank().questions;
  const questions: Question[] = ids.map((id) => {
    const question = bank.find((q) => q.id === id);
    if (!question) throw new QuizContentError(`<Checkpoint questions={[${ids.map((i) => `'${i}'`).join(', ')}]} />: no question has the id "${id}"`);
    return question;
  });
  const lessons = new Set(questions.map((q) => q.lesson));
  if (lessons.size !== 1) throw new QuizContentError(`<Checkpoint />: questions ${ids.join(', ')} come from different lessons`);
  return <CheckpointShell lesson={questions[0].lesson} questions={questions} />;
}

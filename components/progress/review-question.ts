/**
 * A quiz question as the review page asks it again. The question bank is
 * engineer Q's (lib/quiz); the review page's server side maps it into this
 * shape so the review UI does not depend on the bank's internals.
 */
export interface ReviewChoice {
  id: string;
  text: string;
}

export interface ReviewQuestion {
  id: string;
  prompt: string;
  choices: ReviewChoice[];
  /** Ids of the right choices; more than one means "select all that apply". */
  correct: string[];
  explanation: string;
  /** Lesson slug to reread when it is missed. */
  lesson: string;
}

/** Right only when exactly the right choices are selected. */
export function isCorrectSelection(question: ReviewQuestion, selected: readonly string[]): boolean {
  const want = new Set(question.correct);
  return selected.length === want.size && selected.every((id) => want.has(id));
}

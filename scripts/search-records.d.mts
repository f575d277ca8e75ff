/** Types for search-records.mjs (run by scripts/postbuild.mjs in plain Node). */
export interface QuizSearchRecord {
  url: string;
  content: string;
  language: string;
  meta: { title: string; section: string };
}
export function collectText(value: unknown, out?: string[]): string[];
export function lessonTitles(root: string): Map<string, string>;
export function quizSearchRecords(root?: string): QuizSearchRecord[];

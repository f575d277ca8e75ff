/**
 * Learner TypeScript -> CommonJS JavaScript, in Node and in browsers alike.
 * Sucrase only strips types (type errors come from the editor's markers), so
 * this is fast enough to run once per grading run inside the worker.
 */
import { transform } from 'sucrase';
import { parse } from 'sucrase/dist/parser';
import { TokenType } from 'sucrase/dist/parser/tokenizer/types';
import { prepareForRealm } from './realm-source';

export type CompileResult =
  | { ok: true; js: string }
  | { ok: false; kind: 'syntax' | 'import'; message: string; line?: number; column?: number };

export const IMPORTS_NOT_ALLOWED =
  'Imports are not allowed: the exercise is one file; the types IncomingRequest, Balancer, Decision, ServerId (and the exercise\'s own) are already in scope';

interface Position {
  line: number;
  column: number;
}

function positionOf(source: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Finds `import` in any form (declaration, `import()`, `import.meta`),
 * `export ... from`, and calls of `require`. Works on tokens, so the words in
 * comments and strings do not count.
 */
function findImport(source: string): number | null {
  const { tokens } = parse(source, false, true, false);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === TokenType._import) return t.start;
    if (t.type === TokenType.name && source.slice(t.start, t.end) === 'require') {
      const next = tokens[i + 1];
      if (next && next.type === TokenType.parenL) return t.start;
    }
    if (t.type === TokenType._export) {
      // `export * from 'x'` / `export { a } from 'x'`: a `from` name followed by a string
      for (let j = i + 1; j < tokens.length && j < i + 200; j++) {
        const u = tokens[j];
        if (u.type === TokenType.semi || u.type === TokenType._export) break;
        if (
          u.type === TokenType.name &&
          source.slice(u.start, u.end) === 'from' &&
          tokens[j + 1]?.type === TokenType.string
        ) {
          return t.start;
        }
        if (u.type === TokenType.braceR && tokens[j + 1]?.type !== TokenType.name) break;
      }
    }
  }
  return null;
}

interface SucraseError {
  message?: string;
  loc?: { line: number; column: number };
}

export function compileLearnerCode(source: string): CompileResult {
  let importAt: number | null;
  try {
    importAt = findImport(source);
  } catch (e) {
    return syntaxError(e as SucraseError);
  }
  if (importAt !== null) {
    const { line, column } = positionOf(source, importAt);
    return { ok: false, kind: 'import', message: `${IMPORTS_NOT_ALLOWED} (line ${line}, column ${column})`, line, column };
  }
  try {
    const { code } = transform(source, { transforms: ['typescript', 'imports'], production: true });
    return { ok: true, js: prepareForRealm(code) };
  } catch (e) {
    return syntaxError(e as SucraseError);
  }
}

function syntaxError(e: SucraseError): CompileResult {
  // Sucrase reports "Unexpected token (3:5)"; its `loc` column already counts from 1.
  const raw = String(e?.message ?? e).replace(/\s*\(\d+:\d+\)\s*$/, '');
  if (e?.loc) {
    const line = e.loc.line;
    const column = e.loc.column;
    return { ok: false, kind: 'syntax', message: `Syntax error at line ${line}, column ${column}: ${raw}`, line, column };
  }
  return { ok: false, kind: 'syntax', message: `Syntax error: ${raw}` };
}

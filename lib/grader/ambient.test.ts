/**
 * Every learner-facing file (starter, reference, alternative, wrong
 * solutions) type-checks in strict mode against its exercise's ambient
 * declarations and the standard and DOM libraries (what Monaco loads by
 * default), as it will in the editor: no imports, no red marks.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ambientFor } from './ambient';
import { EXERCISE_IDS, type ExerciseId } from './types';

const ROOT = path.join(process.cwd(), 'content', 'exercises');

function learnerFiles(id: ExerciseId): string[] {
  const dir = path.join(ROOT, id);
  const top = ['starter.ts', 'solution.ts', 'alternative.ts'].filter((f) => existsSync(path.join(dir, f)));
  const wrong = existsSync(path.join(dir, 'wrong')) ? readdirSync(path.join(dir, 'wrong')).filter((f) => f.endsWith('.ts')).map((f) => `wrong/${f}`) : [];
  return [...top, ...wrong];
}

function diagnostics(id: ExerciseId, file: string): string[] {
  const ambientName = '/ambient.d.ts';
  const learnerName = '/learner.ts';
  const sources = new Map([
    [ambientName, ambientFor(id)],
    [learnerName, readFileSync(path.join(ROOT, id, file), 'utf8')],
  ]);
  const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [] };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => sources.has(name) || ts.sys.fileExists(name);
  host.readFile = (name) => sources.get(name) ?? readFile(name);
  host.getSourceFile = (name, version) =>
    sources.has(name) ? ts.createSourceFile(name, sources.get(name)!, version, true) : getSourceFile(name, version);
  const program = ts.createProgram([ambientName, learnerName], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
    return `${file}${where ? `:${where.line + 1}:${where.character + 1}` : ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

const present = EXERCISE_IDS.filter((id) => existsSync(path.join(ROOT, id)));

describe.each(present)('%s learner files', (id) => {
  it.each(learnerFiles(id))('%s type-checks against the ambient declarations', (file) => {
    expect(diagnostics(id, file)).toEqual([]);
  }, 60_000);
});

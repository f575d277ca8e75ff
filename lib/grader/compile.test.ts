import { describe, expect, it } from 'vitest';
import { compileLearnerCode, IMPORTS_NOT_ALLOWED } from './compile';

describe('compileLearnerCode', () => {
  it('turns an exported TypeScript factory into CommonJS', () => {
    const result = compileLearnerCode('export function createBalancer(): Balancer {\n  return null as unknown as Balancer;\n}');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.js).toContain('exports.createBalancer = createBalancer');
  });

  it.each([
    ['an import declaration', 'const a = 1;\nimport x from "y";', 2, 1],
    ['a type-only import', 'import type { X } from "y";', 1, 1],
    ['a dynamic import', 'const m = import("fs");', 1, 11],
    ['a require call', 'const fs = require("fs");', 1, 12],
    ['a re-export', 'export * from "fs";', 1, 1],
    ['a named re-export', 'export { a } from "fs";', 1, 1],
  ])('refuses %s, saying where', (_what, source, line, column) => {
    const result = compileLearnerCode(source);
    expect(result).toMatchObject({ ok: false, kind: 'import', line, column });
    if (!result.ok) expect(result.message.startsWith(IMPORTS_NOT_ALLOWED)).toBe(true);
  });

  it('does not mistake the words in comments, strings or object keys for imports', () => {
    const source = '// import x from "y"\nconst s = "require(1)";\nconst o = { from: "x" };\nexport { s, o };';
    expect(compileLearnerCode(source).ok).toBe(true);
  });

  it('reports a syntax error with its line and column', () => {
    const result = compileLearnerCode('export function createBalancer() {\n  const x: number = ;\n}');
    expect(result).toMatchObject({ ok: false, kind: 'syntax', line: 2, column: 21 });
    if (!result.ok) expect(result.message).toMatch(/^Syntax error at line 2, column 21: Unexpected token/);
  });
});

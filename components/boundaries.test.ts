/**
 * The direction of dependencies, checked: components/ui is the shared shell
 * and may not reach into a feature folder, and lib/ stays free of React and
 * of components (DESIGN.md: the simulator, grader and stores are plain
 * TypeScript that the worker, the CLI and the tests all call).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.join(__dirname, '..');
const FEATURES = readdirSync(path.join(ROOT, 'components'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'ui')
  .map((d) => d.name);

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((f) => f.isFile() && /\.(ts|tsx)$/.test(f.name))
    .map((f) => path.relative(ROOT, path.join(f.parentPath, f.name)));
}

function imports(file: string): string[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((m) => m[1]);
}

describe('import boundaries', () => {
  it('components/ui imports no feature folder', () => {
    expect(FEATURES).toContain('progress');
    expect(sources('components/ui')).toContain('components/ui/theme-toggle.tsx');
    const bad = sources('components/ui').flatMap((file) =>
      imports(file)
        .filter((spec) => FEATURES.some((f) => spec.startsWith(`@/components/${f}/`) || spec.startsWith(`../${f}/`)))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('lib/ imports neither React nor components', () => {
    expect(sources('lib')).toContain('lib/lab/lab-model.ts');
    const bad = sources('lib').flatMap((file) =>
      imports(file)
        .filter((spec) => spec === 'react' || spec.startsWith('react-dom') || spec.startsWith('@/components/') || spec.startsWith('next/'))
        .map((spec) => `${file} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The repository root (this file is tests/repo-self-contained.test.ts). */
const ROOT = path.resolve(import.meta.dirname, '..');
const SCANNED = ['tests', 'bench', 'e2e', 'bin', 'lib'];
/** This file names the bad paths on purpose, as test data. */
const SELF = path.join(ROOT, 'tests', 'repo-self-contained.test.ts');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop() ?? '';
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (name === 'node_modules' || name === 'fixtures') continue;
      if (statSync(p).isDirectory()) stack.push(p);
      else if (/\.(ts|tsx|mjs|js)$/.test(name)) out.push(p);
    }
  }
  return out;
}

/** Relative paths written in a source file ('../x', "../../y/z") that reach above the repository root. */
export function escapingPaths(file: string, text: string, root: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/['"`]((?:\.\.\/)+[^'"`\s]*)/g)) {
    const rel = m[1] ?? '';
    const target = path.resolve(path.dirname(file), rel);
    if (!target.startsWith(root + path.sep)) found.push(rel);
  }
  return found;
}

/** Absolute paths into a developer's machine or the reference folder beside the repository. */
export function machinePaths(text: string): string[] {
  return [...text.matchAll(/(?:['"`]\/(?:work|home|Users|mnt)\/[^'"`]*|\bshared\/realworld\b)/g)].map((m) => m[0]);
}

describe('a fresh clone needs nothing outside the repository', () => {
  const files = SCANNED.flatMap((d) => sourceFiles(path.join(ROOT, d)));

  it('scans the test, bench and source folders', () => {
    expect(files.some((f) => f.endsWith('repo-self-contained.test.ts'))).toBe(true);
    expect(files.length).toBeGreaterThan(50);
  });

  it('no test, benchmark or module reads a path above the repository root', () => {
    const offenders = files.filter((f) => f !== SELF).flatMap((f) => escapingPaths(f, readFileSync(f, 'utf8'), ROOT).map((p) => `${path.relative(ROOT, f)}: ${p}`));
    expect(offenders).toEqual([]);
  });

  it('no test, benchmark or module names an absolute machine path or the shared reference folder', () => {
    const offenders = files.filter((f) => f !== SELF).flatMap((f) => machinePaths(readFileSync(f, 'utf8')).map((p) => `${path.relative(ROOT, f)}: ${p}`));
    expect(offenders).toEqual([]);
  });

  it('the checks catch the paths the fresh-clone bug used', () => {
    const file = path.join(ROOT, 'tests', 'thai', 'x.test.ts');
    expect(escapingPaths(file, "new URL(`../../../shared/realworld/${name}`, import.meta.url)", ROOT)).toEqual(['../../../shared/realworld/${name}']);
    expect(escapingPaths(file, "new URL(`../fixtures/realworld/${name}`, import.meta.url)", ROOT)).toEqual([]);
    expect(machinePaths("readFileSync('/work/x/a.html')")).toHaveLength(1);
    expect(machinePaths('const dir = "shared/realworld"')).toHaveLength(1);
  });
});

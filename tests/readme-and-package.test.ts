import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { USAGE } from '../lib/cli/cli-options.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines?: { node?: string } };

/** Line numbers where a table row follows a blank line that follows a table row: the table is cut in two. */
export function brokenTables(markdown: string): number[] {
  const lines = markdown.split('\n');
  const broken: number[] = [];
  lines.forEach((line, i) => {
    if (i >= 2 && line.startsWith('|') && lines[i - 1]?.trim() === '' && lines[i - 2]?.startsWith('|') && !/^\|[-| :]+\|$/.test(lines[i + 1] ?? '')) broken.push(i + 1);
  });
  return broken;
}

describe('README and package.json', () => {
  it('no README table is cut by a blank line (it would not render)', () => {
    expect(brokenTables('| a |\n|---|\n| 1 |\n\n| 2 |\n')).toEqual([5]);
    expect(brokenTables(readme)).toEqual([]);
  });

  it('the README flag table names every flag of --help', () => {
    const flags = [...USAGE.matchAll(/^ {2}(--[a-z-]+)/gm)].map((m) => m[1] ?? '');
    expect(flags.length).toBeGreaterThan(10);
    const missing = flags.filter((f) => f !== '--help' && !readme.includes(`\`${f}`) && !readme.includes(` ${f} `) && !readme.includes(`${f}\``));
    expect(missing).toEqual([]);
  });

  it('states the Node versions the stack needs, and this Node is one of them', () => {
    const range = pkg.engines?.node ?? '';
    expect(range).toMatch(/20\.19/);
    const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
    expect((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22).toBe(true);
  });
});

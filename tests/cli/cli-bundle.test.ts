import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript launcher module without type declarations
import { ROOT, bundleIsFresh } from '../../bin/cli-bundle.mjs';

const at = (times: Record<string, number>) => (file: string) => times[path.relative(ROOT as string, file)];

describe('bundleIsFresh (the CLI bundle is rebuilt when a file that went into it changed)', () => {
  const meta = { builtAt: 1000, inputs: ['lib/cli/main.ts', 'package.json'] };
  it('is fresh when every input is older than the build', () => {
    expect(bundleIsFresh(meta, at({ 'lib/cli/main.ts': 900, 'package.json': 10 }))).toBe(true);
  });
  it('is stale when an input was modified at or after the build started', () => {
    expect(bundleIsFresh(meta, at({ 'lib/cli/main.ts': 1000, 'package.json': 10 }))).toBe(false);
    expect(bundleIsFresh(meta, at({ 'lib/cli/main.ts': 900, 'package.json': 5000 }))).toBe(false);
  });
  it('is stale when an input is gone or nothing was recorded', () => {
    expect(bundleIsFresh(meta, at({ 'package.json': 10 }))).toBe(false);
    expect(bundleIsFresh(undefined, at({}))).toBe(false);
    expect(bundleIsFresh({ builtAt: 1000, inputs: [] }, at({}))).toBe(false);
  });
});

describe('the CLI bundle', () => {
  it('builds from lib/cli/entry.ts (cheerio used through its load only)', async () => {
    const { build } = await import('esbuild');
    // @ts-expect-error plain JavaScript launcher module without type declarations
    const { bundleOptions } = await import('../../bin/cli-bundle.mjs');
    const result = await build({ ...(bundleOptions() as object), write: false, outfile: 'cli.mjs' });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles?.[0]?.text).toContain('runCli');
  }, 60_000);
});

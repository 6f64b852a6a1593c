import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_ROOT } from '../../bench/eval.ts';
import { parseExpectedSite } from '../../lib/eval/expected-site.ts';
import { getChecklist } from '../../lib/checklist/built-in-checklists.ts';

const REAL_ROOT = path.join(EVAL_ROOT, '..', 'real4');

async function siteDirs(): Promise<string[]> {
  const entries = await readdir(REAL_ROOT, { withFileTypes: true });
  return entries.filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

describe('fourth real-page corpus (tests/fixtures/real4: Thai local government, vendor platforms; labelled by hand before the checker ran)', () => {
  it('has at least three organisations, each with expected.json, SOURCE.md and a start page that exists', async () => {
    const sites = await siteDirs();
    expect(sites.length).toBeGreaterThanOrEqual(3);
    for (const site of sites) {
      const dir = path.join(REAL_ROOT, site);
      const expected = parseExpectedSite(await readFile(path.join(dir, 'expected.json'), 'utf8'), `${site}/expected.json`);
      expect((await readFile(path.join(dir, 'SOURCE.md'), 'utf8')).length, `${site}/SOURCE.md`).toBeGreaterThan(200);
      const start = path.join(dir, expected.startPath);
      const found = await Promise.any([start, path.join(start, 'index.html')].map(async (p) => (await stat(p)).isFile() || Promise.reject(new Error(p))));
      expect(found, `${site}: start page ${expected.startPath}`).toBe(true);
    }
  });

  it('labels every item of the chosen checklist, and only those, with a note for every non-pass verdict', async () => {
    for (const site of await siteDirs()) {
      const expected = parseExpectedSite(await readFile(path.join(REAL_ROOT, site, 'expected.json'), 'utf8'), `${site}/expected.json`);
      const checklist = getChecklist(expected.checklist);
      if (!checklist) throw new Error(`${site}: unknown checklist ${expected.checklist}`);
      const ids = checklist.items.map((i) => i.id);
      expect(Object.keys(expected.items).sort(), site).toEqual([...ids].sort());
      for (const item of Object.keys(expected.months)) {
        expect(checklist.items.find((i) => i.id === item)?.freshness.kind, `${site} ${item}: months only for monthly items`).toBe('monthly');
      }
      const unexplained = Object.entries(expected.items)
        .filter(([id, status]) => status !== 'pass' && status !== 'missing' && !expected.notes[id])
        .map(([id]) => id);
      expect(unexplained, `${site}: review/incomplete/outdated verdicts need a note`).toEqual([]);
    }
  });
});

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCURACY_BAR, EVAL_ROOT, nodeCorpusDeps } from '../../bench/eval.ts';
import { parseExpectedSite } from '../../lib/eval/expected-site.ts';
import { formatCorpus } from '../../lib/eval/format-corpus.ts';
import { runCorpus, type CorpusResult } from '../../lib/eval/run-corpus.ts';
import { Checklist } from '../../lib/checklist/checklist-schema.ts';

describe('evaluation corpus fixtures', () => {
  it('has at least eight sites, each listing exactly the items of its checklist', async () => {
    const sites = (await readdir(EVAL_ROOT, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(sites.length).toBeGreaterThanOrEqual(8);
    for (const site of sites) {
      const expected = parseExpectedSite(await readFile(path.join(EVAL_ROOT, site, 'expected.json'), 'utf8'), `${site}/expected.json`);
      const checklist = Checklist.parse(JSON.parse(await readFile(path.resolve(import.meta.dirname, '../../checklists', `${expected.checklist}.json`), 'utf8')));
      expect(Object.keys(expected.items).sort(), site).toEqual(checklist.items.map((i) => i.id).sort());
    }
  });
});

describe('evaluation corpus: the whole pipeline against hand-judged sites', () => {
  let tmp = '';
  let result: CorpusResult;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'oit-eval-test-'));
    result = await runCorpus(nodeCorpusDeps(tmp));
  }, 180_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('audits every site without an error', () => {
    expect(result.errors).toEqual([]);
  });

  it('never passes an item a human judged missing, outdated or incomplete', () => {
    expect(result.score.falsePasses.map((o) => `${o.site} ${o.item}: expected ${o.expected}, got pass (${o.reason})`)).toEqual([]);
  });

  it(`reaches accuracy ≥ ${ACCURACY_BAR}`, () => {
    expect(result.score.accuracy, formatCorpus(result)).toBeGreaterThanOrEqual(ACCURACY_BAR);
  });

  it('finds exactly the missing months stated in expected.json', () => {
    expect(result.monthFailures.map((m) => `${m.site} ${m.item}: expected [${m.expectedMissing.join(',')}] got ${m.gotMissing ? `[${m.gotMissing.join(',')}]` : 'none'}`)).toEqual([]);
  });

  it('never requests a state-changing URL (download counters, non-GET)', () => {
    expect(result.forbidden).toEqual([]);
    const ci = result.sites.find((s) => s.site === 'ci-pages-thongsaen');
    expect(ci?.requests ?? 0).toBeGreaterThan(10);
  });
});

describe.each(['holdout', 'holdout2'])('held-out corpus %s (written without reading the matcher): the verdicts stay right', (corpus) => {
  let tmp = '';
  let result: CorpusResult;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'oit-holdout-test-'));
    result = await runCorpus(nodeCorpusDeps(tmp, path.join(EVAL_ROOT, '..', corpus)));
  }, 180_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('audits every site, with no false pass and accuracy ≥ the bar', () => {
    expect(result.errors).toEqual([]);
    expect(result.score.falsePasses.map((o) => `${o.site} ${o.item}`)).toEqual([]);
    expect(result.score.accuracy, formatCorpus(result)).toBeGreaterThanOrEqual(ACCURACY_BAR);
  });
});

/**
 * Real pages (tests/fixtures/real, labelled before the first run): a ratchet, not yet the bar. The
 * false passes left are known and named in tests/fixtures/real/DIAGNOSIS.md; no new one may appear and the
 * accuracy may not fall below the last measurement.
 */
describe('real-page corpus: no new false pass, accuracy kept', () => {
  const KNOWN_FALSE_PASSES: string[] = [];
  const LAST_ACCURACY = 181 / 198;
  let tmp = '';
  let result: CorpusResult;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'oit-real-test-'));
    result = await runCorpus(nodeCorpusDeps(tmp, path.join(EVAL_ROOT, '..', 'real')));
  }, 180_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('audits every site; its false passes are only the known ones; accuracy ≥ the last measurement', () => {
    expect(result.errors).toEqual([]);
    const falsePasses = result.score.falsePasses.map((o) => `${o.site} ${o.item}`);
    expect(falsePasses.filter((f) => !KNOWN_FALSE_PASSES.includes(f))).toEqual([]);
    expect(result.score.accuracy, formatCorpus(result)).toBeGreaterThanOrEqual(LAST_ACCURACY - 1e-9);
  });
});

/**
 * The third real corpus (tests/fixtures/real3: MOPH hospitals, a district health office, a public organisation,
 * a school; labelled before the first run): a ratchet. Its seven first-run false passes are fixed (see its
 * DIAGNOSIS.md); none may come back and the accuracy may not fall below the last measurement.
 */
describe('third real corpus: no false pass, accuracy kept', () => {
  const LAST_ACCURACY = 114 / 164;
  let tmp = '';
  let result: CorpusResult;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'oit-real3-test-'));
    result = await runCorpus(nodeCorpusDeps(tmp, path.join(EVAL_ROOT, '..', 'real3')));
  }, 180_000);

  afterAll(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it('audits every site with no false pass; accuracy ≥ the last measurement', () => {
    expect(result.errors).toEqual([]);
    expect(result.score.falsePasses.map((o) => `${o.site} ${o.item}`)).toEqual([]);
    expect(result.score.accuracy, formatCorpus(result)).toBeGreaterThanOrEqual(LAST_ACCURACY - 1e-9);
  });
});

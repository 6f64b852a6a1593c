import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVAL_ROOT, nodeCorpusDeps } from '../../bench/eval.ts';
import { rewriteSite } from '../../bench/metamorph.ts';
import { transformByName } from '../../lib/eval/metamorph.ts';
import { runCorpus } from '../../lib/eval/run-corpus.ts';

/**
 * Metamorphic regression on one small real site (one page, served on 127.0.0.1): the same site written the way other
 * real sites write it must get the same verdicts. The transforms are the ones that once moved this site's items
 * (wrapper-divs moved O25 before rule sole-wrapper). The whole table over every corpus is bench/metamorph.ts.
 */
const CORPUS = path.join(EVAL_ROOT, '..', 'real2');
const SITE = 'hangdong-thesaban-2565';
const TRANSFORMS = ['wrapper-divs', 'arabic-digits', 'whitespace'];

const verdicts = async (root: string, scratch: string): Promise<Record<string, string>> => {
  const result = await runCorpus(nodeCorpusDeps(scratch, root), [SITE]);
  return Object.fromEntries(result.sites.flatMap((s) => s.outcomes.map((o) => [o.item, o.got])));
};

let tmp = '';
let before: Record<string, string> = {};
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'oit-metamorph-test-'));
  before = await verdicts(CORPUS, tmp);
}, 30_000);
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe(`metamorphic: ${SITE} keeps its verdicts when rewritten`, () => {
  it.each(TRANSFORMS)('%s', async (name) => {
    const transform = transformByName(name)!;
    const root = path.join(tmp, name);
    await cp(path.join(CORPUS, SITE), path.join(root, SITE), { recursive: true });
    const count = await rewriteSite(path.join(root, SITE), transform);
    expect(count.rewritten).toBeGreaterThan(0);
    expect(await verdicts(root, tmp)).toEqual(before);
  }, 30_000);
});

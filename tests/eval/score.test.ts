import { describe, expect, it } from 'vitest';
import { checkMonths, confusionMatrix, formatMatrix, isFalsePass, scoreOutcomes, type ItemOutcome } from '../../lib/eval/score.ts';
import { compareReport, forbiddenHits } from '../../lib/eval/run-corpus.ts';
import { parseExpectedSite } from '../../lib/eval/expected-site.ts';

const o = (item: string, expected: ItemOutcome['expected'], got: ItemOutcome['got']): ItemOutcome => ({ site: 's', item, expected, got, reason: 'r' });

describe('scoreOutcomes', () => {
  const outcomes = [o('O1', 'pass', 'pass'), o('O2', 'pass', 'missing'), o('O3', 'missing', 'pass'), o('O4', 'outdated', 'outdated'), o('O5', 'review', 'pass'), o('O6', 'incomplete', 'absent')];
  const score = scoreOutcomes(outcomes);

  it('counts accuracy over every item', () => {
    expect(score.correct).toBe(2);
    expect(score.total).toBe(6);
    expect(score.accuracy).toBeCloseTo(2 / 6);
  });

  it('computes precision and recall per status, null when undefined', () => {
    const pass = score.perStatus.find((s) => s.status === 'pass');
    expect(pass).toMatchObject({ expected: 2, predicted: 3, correct: 1 });
    expect(pass?.precision).toBeCloseTo(1 / 3);
    expect(pass?.recall).toBeCloseTo(1 / 2);
    const incomplete = score.perStatus.find((s) => s.status === 'incomplete');
    expect(incomplete?.precision).toBeNull();
    expect(incomplete?.recall).toBe(0);
  });

  it('puts expected in rows and got in columns, with an absent column', () => {
    const m = confusionMatrix(outcomes);
    expect(m.missing.pass).toBe(1);
    expect(m.pass.missing).toBe(1);
    expect(m.incomplete.absent).toBe(1);
    expect(formatMatrix(m).split('\n')[0]).toContain('absent');
  });

  it('counts a pass for missing/outdated/incomplete/review as a false pass (a human wanted a look)', () => {
    expect(score.falsePasses.map((x) => x.item)).toEqual(['O3', 'O5']);
    expect(isFalsePass(o('X', 'review', 'pass'))).toBe(true);
    expect(isFalsePass(o('X', 'pass', 'review'))).toBe(false);
    expect(isFalsePass(o('X', 'incomplete', 'pass'))).toBe(true);
  });

  it('scores an empty corpus as accuracy 1 with nothing else', () => {
    expect(scoreOutcomes([])).toMatchObject({ total: 0, accuracy: 1, falsePasses: [] });
  });
});

describe('checkMonths', () => {
  it('compares the sets regardless of order and duplicates', () => {
    expect(checkMonths('s', 'O12', ['2025-03', '2025-01'], ['2025-01', '2025-03', '2025-03']).ok).toBe(true);
    expect(checkMonths('s', 'O12', ['2025-01'], []).ok).toBe(false);
    expect(checkMonths('s', 'O12', [], null)).toMatchObject({ ok: false, gotMissing: null });
  });
});

describe('forbiddenHits', () => {
  it('flags counters and non-GET methods only', () => {
    expect(forbiddenHits(['GET /Pages/news?page=2', 'HEAD /docs/a.pdf', 'GET /Pages/increment_download_doc/5', 'POST /eservice/submit', 'GET /user/logout']))
      .toEqual(['GET /Pages/increment_download_doc/5', 'POST /eservice/submit', 'GET /user/logout']);
  });
});

describe('compareReport', () => {
  const expected = parseExpectedSite(JSON.stringify({
    checklist: 'ita-2568', asOf: '2025-05-15', startPath: '/', description: 'd',
    items: { O1: 'pass', O12: 'incomplete' }, months: { O12: { missing: ['2025-01'] } },
  }), 'x/expected.json');

  it('marks items absent from a failed audit and reports the error as reason', () => {
    const r = compareReport('s', expected, null, 'exit 2');
    expect(r.outcomes).toEqual([
      { site: 's', item: 'O1', expected: 'pass', got: 'absent', reason: 'exit 2' },
      { site: 's', item: 'O12', expected: 'incomplete', got: 'absent', reason: 'exit 2' },
    ]);
    expect(r.months[0]?.ok).toBe(false);
  });

  it('rejects an expected.json with an unknown status, naming the field', () => {
    expect(() => parseExpectedSite('{"checklist":"ita-2568","asOf":"2025-05-15","startPath":"/","description":"d","items":{"O1":"ok"}}', 'f.json')).toThrow(/f\.json: items\.O1/);
  });
});

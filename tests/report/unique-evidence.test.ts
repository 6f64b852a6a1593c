import { describe, expect, it } from 'vitest';
import { uniqueEvidence, withUniqueEvidence } from '../../lib/report/unique-evidence.ts';
import { makeEvidence, makeItem, makeReport } from '../ui/make-report.ts';

describe('uniqueEvidence', () => {
  it('keeps the first (best) copy of each URL, ignoring #fragments and host case', () => {
    const list = [
      makeEvidence({ url: 'https://a.go.th/plan.pdf', label: 'best' }),
      makeEvidence({ url: 'https://a.go.th/other.pdf', label: 'other' }),
      makeEvidence({ url: 'https://A.GO.TH/plan.pdf#page=2', label: 'copy from another page' }),
      makeEvidence({ url: 'https://a.go.th/plan.pdf', label: 'copy' }),
    ];
    expect(uniqueEvidence(list).map((e) => e.label)).toEqual(['best', 'other']);
  });

  it('keeps URLs that differ in path or query', () => {
    const list = [makeEvidence({ url: 'https://a.go.th/p?id=1' }), makeEvidence({ url: 'https://a.go.th/p?id=2' })];
    expect(uniqueEvidence(list)).toHaveLength(2);
  });

  it('deduplicates every item of a report', () => {
    const e = makeEvidence({ url: 'https://a.go.th/x' });
    const report = withUniqueEvidence(makeReport([makeItem('O1', 'pass', { evidence: [e, e, e] })]));
    expect(report.items[0]?.evidence).toHaveLength(1);
  });
});

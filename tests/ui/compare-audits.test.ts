import { describe, expect, it } from 'vitest';
import { compareAudits } from '../../lib/ui/compare-audits.ts';
import { makeEvidence, makeItem, makeReport } from './make-report.ts';

const S = 'https://www.example.go.th';

describe('compareAudits', () => {
  const older = makeReport(
    [makeItem('O1', 'pass'), makeItem('O2', 'missing'), makeItem('O3', 'pass'), makeItem('O4', 'review'), makeItem('O5', 'pass', { evidence: [makeEvidence({ url: `${S}/a` })] })],
    { generatedAt: '2026-04-01T00:00:00Z', asOf: '2026-04-01' },
  );
  const newer = makeReport(
    [
      makeItem('O1', 'missing'),
      makeItem('O2', 'pass'),
      makeItem('O3', 'outdated'),
      makeItem('O4', 'incomplete'),
      makeItem('O5', 'pass', { evidence: [makeEvidence({ url: `${S}/a` }), makeEvidence({ url: `${S}/b` }), makeEvidence({ url: 'javascript:x' })] }),
    ],
    { generatedAt: '2026-05-01T00:00:00Z', asOf: '2026-05-01', checklist: { id: 'ita-2569', title: 'ITA 2569' } },
  );

  it('sorts the changes into newly missing, fixed, gone stale and other, whichever order the audits are given', () => {
    for (const c of [compareAudits(older, newer), compareAudits(newer, older)]) {
      expect(c.newlyMissing.map((i) => i.id)).toEqual(['O1']);
      expect(c.fixed.map((i) => i.id)).toEqual(['O2']);
      expect(c.goneStale.map((i) => i.id)).toEqual(['O3']);
      expect(c.other).toEqual([{ id: 'O4', title: 'รายการ O4', from: 'review', to: 'incomplete' }]);
      expect(c.newEvidence).toEqual([
        { id: 'O2', title: 'รายการ O2', urls: ['https://www.example.go.th/files/plan.pdf'] },
        { id: 'O5', title: 'รายการ O5', urls: [`${S}/b`] },
      ]);
    }
  });

  it('warns when the two were judged on different dates or checklists', () => {
    expect(compareAudits(older, newer).warnings).toEqual(['dates']);
    expect(compareAudits(older, { ...newer, asOf: older.asOf, checklist: { id: 'ita-2568', title: 'x' } }).warnings).toEqual(['checklists']);
    expect(compareAudits(older, { ...older, generatedAt: '2026-06-01T00:00:00Z' }).warnings).toEqual([]);
  });
});

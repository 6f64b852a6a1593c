import { describe, expect, it } from 'vitest';
import { diffReports, hasChanges } from '../../lib/report/report-diff.ts';
import { makeItem, makeReport } from '../ui/make-report.ts';

describe('diffReports', () => {
  it('lists the items whose status changed, with the direction, in checklist order', () => {
    const before = makeReport([makeItem('O1', 'pass'), makeItem('O2', 'missing'), makeItem('O3', 'pass'), makeItem('O4', 'review')]);
    const after = makeReport([makeItem('O1', 'pass'), makeItem('O2', 'pass'), makeItem('O3', 'outdated'), makeItem('O4', 'review')]);
    const diff = diffReports(before, after);
    expect(diff.changed).toEqual([
      { id: 'O2', title: 'รายการ O2', from: 'missing', to: 'pass', direction: 'better' },
      { id: 'O3', title: 'รายการ O3', from: 'pass', to: 'outdated', direction: 'worse' },
    ]);
    expect(diff.unchanged).toBe(2);
    expect(hasChanges(diff)).toBe(true);
  });

  it('reports items added and removed, and flags a change of checklist', () => {
    const before = makeReport([makeItem('O1', 'pass'), makeItem('O9', 'missing')], { checklist: { id: 'ita-2568', title: 'ITA 2568' } });
    const after = makeReport([makeItem('O1', 'pass'), makeItem('O10', 'review')]);
    const diff = diffReports(before, after);
    expect(diff.checklistChanged).toBe(true);
    expect(diff.added).toEqual([{ id: 'O10', title: 'รายการ O10', status: 'review' }]);
    expect(diff.removed).toEqual([{ id: 'O9', title: 'รายการ O9', status: 'missing' }]);
    expect(diff.changed).toEqual([]);
  });

  it('has nothing to show when every status is the same', () => {
    const r = makeReport([makeItem('O1', 'pass'), makeItem('O2', 'missing')]);
    expect(hasChanges(diffReports(r, r))).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { NO_FILTER, groupByIndicator, matchesFilter, ownersOf, toggleStatus } from '../../lib/ui/item-filter.ts';
import { makeItem, makeReport } from './make-report.ts';

const items = [
  makeItem('O1', 'pass', { subIndicator: '9.1', owner: 'สำนักปลัด' }),
  makeItem('O2', 'missing', { subIndicator: '9.1', owner: 'กองคลัง' }),
  makeItem('O3', 'missing', { subIndicator: '9.2', owner: 'สำนักปลัด' }),
];

describe('item filters', () => {
  it('filters by any of the chosen statuses and by division', () => {
    const f = toggleStatus(NO_FILTER, 'missing');
    expect(items.filter((i) => matchesFilter(i, f)).map((i) => i.id)).toEqual(['O2', 'O3']);
    expect(items.filter((i) => matchesFilter(i, { ...f, owner: 'สำนักปลัด' })).map((i) => i.id)).toEqual(['O3']);
    expect(toggleStatus(f, 'missing')).toEqual(NO_FILTER);
    expect(items.filter((i) => matchesFilter(i, NO_FILTER))).toHaveLength(3);
  });

  it('groups by indicator in checklist order and lists the divisions', () => {
    expect(groupByIndicator(items).map((g) => [g.indicator, g.items.map((i) => i.id)])).toEqual([
      ['9.1', ['O1', 'O2']],
      ['9.2', ['O3']],
    ]);
    expect(ownersOf(makeReport(items))).toEqual(['สำนักปลัด', 'กองคลัง']);
  });
});

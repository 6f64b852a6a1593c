import { describe, expect, it } from 'vitest';
import { undatedServerFiscalYear } from '../../lib/checklist/freshness/date-readings.ts';
import { judgeFreshness } from '../../lib/checklist/freshness-rules.ts';
import type { FreshnessRule } from '../../lib/checklist/checklist-schema.ts';
import { date, day, ev, fiscalYear } from './mentions.ts';

const CUR: FreshnessRule = { kind: 'current-fiscal-year' };
const H1: FreshnessRule = { kind: 'first-half', due: '04-30' };
const PREV: FreshnessRule = { kind: 'previous-fiscal-year', due: '12-31' };

describe('undated-newer-file: a file with no date of its own, modified in the period asked, keeps an older dated one from deciding outdated', () => {
  it('reads the newest fiscal year of pieces dated only by Last-Modified', () => {
    expect(undatedServerFiscalYear([ev('a', fiscalYear(2566)), ev('b', day('2024-03-25', 'last-modified'))])).toBe(2567);
    // a piece that prints a date of its own is not undated, whatever its Last-Modified says
    expect(undatedServerFiscalYear([ev('a', fiscalYear(2566), day('2024-03-25', 'last-modified'))])).toBeNull();
    expect(undatedServerFiscalYear([ev('a')])).toBeNull();
  });
  it('review instead of outdated when such a file was modified in the fiscal year asked', () => {
    const dated = ev('a', fiscalYear(2566));
    expect(judgeFreshness(CUR, [dated], date('2024-09-20')).status).toBe('outdated');
    const v = judgeFreshness(CUR, [dated, ev('b', day('2024-03-25', 'last-modified'))], date('2024-09-20'));
    expect(v.status).toBe('review');
    expect(v.reasonEn).toContain('fiscal year 2566');
    expect(judgeFreshness(H1, [dated, ev('b', day('2024-08-27', 'last-modified'))], date('2024-09-20')).status).toBe('review');
    expect(judgeFreshness(PREV, [ev('a', fiscalYear(2564)), ev('b', day('2024-02-01', 'last-modified'))], date('2024-09-20')).status).toBe('review');
  });
  it('still outdated when the undated file is as old as the dated one, and never a pass', () => {
    expect(judgeFreshness(CUR, [ev('a', fiscalYear(2566)), ev('b', day('2023-03-01', 'last-modified'))], date('2024-09-20')).status).toBe('outdated');
    expect(judgeFreshness(CUR, [ev('b', day('2024-03-25', 'last-modified'))], date('2024-09-20')).status).toBe('review');
  });
});

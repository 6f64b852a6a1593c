import { describe, expect, it } from 'vitest';
import { fiscalYearOf, monthsOfFiscalYear, parseIsoDate } from '../../lib/thai/fiscal-year.ts';

describe('fiscalYearOf', () => {
  it('turns over on 1 October', () => {
    expect(fiscalYearOf({ year: 2025, month: 9, day: 30 })).toBe(2568);
    expect(fiscalYearOf({ year: 2025, month: 10, day: 1 })).toBe(2569);
    expect(fiscalYearOf({ year: 2026, month: 11, day: 25 })).toBe(2570);
  });
});

describe('monthsOfFiscalYear', () => {
  it('runs October to September', () => {
    const months = monthsOfFiscalYear(2568);
    expect(months[0]).toEqual({ year: 2024, month: 10 });
    expect(months[11]).toEqual({ year: 2025, month: 9 });
    expect(months).toHaveLength(12);
  });
});

describe('parseIsoDate', () => {
  it('rejects impossible dates', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('25-02-01')).toBeNull();
  });
});

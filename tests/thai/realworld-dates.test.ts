import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { findDates, monthKey, type DateMention } from '../../lib/thai/index.ts';

/** Real pages copied into tests/fixtures/realworld (sources in its README). */
function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/realworld/${name}`, import.meta.url), 'utf8');
}

function dayKey(m: DateMention): string {
  return `${monthKey(m.year, m.month ?? 0)}-${String(m.day ?? 0).padStart(2, '0')}`;
}

describe('phukradungsao-home.html (real อบต. home page)', () => {
  const $ = load(fixture('phukradungsao-home.html'));
  $('script, style, noscript').remove();

  it('has the newest procurement date 11 ธ.ค. 2567 in the procurement list', () => {
    const items = $('ul#ul_1236 li a')
      .map((_, a) => $(a).text())
      .get();
    expect(items.length).toBeGreaterThan(5);
    const dates = items.flatMap((t) => findDates(t).filter((m) => m.precision === 'day'));
    // every item is dated, and the date is the first thing in the label
    expect(dates.length).toBeGreaterThanOrEqual(items.length);
    const newest = dates.map(dayKey).sort().at(-1);
    expect(newest).toBe('2024-12-11');
    const first = findDates(items[0] ?? '')[0];
    expect(first?.raw).toBe('11 ธ.ค. 2567');
  });

  it('finds day dates in the whole visible text and the newest is still 11 ธ.ค. 2567', () => {
    const text = $('body').text();
    const days = findDates(text).filter((m) => m.precision === 'day');
    expect(days.length).toBeGreaterThanOrEqual(15);
    expect(days.map(dayKey).sort().at(-1)).toBe('2024-12-11');
    // the footer counter and phone numbers are not dates
    for (const m of days) expect(m.year).toBeGreaterThanOrEqual(2023);
  });
});

describe('kosamphi-ita-moit05-monthly.html (MOIT 5 monthly summaries)', () => {
  const $ = load(fixture('kosamphi-ita-moit05-monthly.html'));
  $('script, style, noscript').remove();

  it('names the twelve months October 2566 to September 2567', () => {
    const labels = $('a')
      .map((_, a) => $(a).text())
      .get();
    const keys = new Set(
      labels.flatMap((t) => findDates(t).filter((m) => m.precision === 'month' && !m.until).map((m) => monthKey(m.year, m.month ?? 0))),
    );
    expect([...keys].sort()).toEqual([
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
    ]);
  });

  it('reads the quarter labels as quarters of fiscal year 2567', () => {
    const text = $('body').text();
    const quarters = findDates(text).filter((m) => m.precision === 'quarter');
    expect(quarters.map((q) => `${monthKey(q.year, q.month ?? 0)}..${monthKey(q.until?.year ?? 0, q.until?.month ?? 0)}`)).toEqual([
      '2023-10..2023-12',
      '2024-01..2024-03',
      '2024-04..2024-06',
      '2024-07..2024-09',
    ]);
  });

  it('reads the item title as fiscal year 2567', () => {
    const title = findDates('MOIT 5 หน่วยงานมีการสรุปผลการจัดซื้อจัดจ้างและการจัดหาพัสดุรายเดือน ประจำปีงบประมาณ พ.ศ. 2567');
    expect(title).toMatchObject([{ precision: 'fiscal-year', year: 2024, era: 'BE' }]);
  });
});

describe('skj-procurement-table.html (school procurement table)', () => {
  it('has the newest row dated 22 พฤษภาคม 2568', () => {
    const $ = load(fixture('skj-procurement-table.html'));
    const text = $('body').text();
    const days = findDates(text).filter((m) => m.precision === 'day');
    expect(days.length).toBe(11);
    expect(days.map(dayKey).sort().at(-1)).toBe('2025-05-22');
  });
});

describe('saiyoidenchai-procurement-list.html (legacy list without dates)', () => {
  it('has no day or month dates (only the phone numbers and a copyright year)', () => {
    const $ = load(fixture('saiyoidenchai-procurement-list.html'));
    $('script, style, noscript').remove();
    const found = findDates($('body').text());
    expect(found.filter((m) => m.precision === 'day' || m.precision === 'month')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { datesFromUrl, safeDecodeUri, urlDateText } from '../../lib/thai/index.ts';

describe('safeDecodeUri', () => {
  it('decodes valid escapes and never throws on malformed ones', () => {
    expect(safeDecodeUri('%E0%B8%81')).toBe('ก');
    expect(safeDecodeUri('100%')).toBe('100%');
    expect(safeDecodeUri('%E0%B8 ok %E0%B8%81 %ZZ')).toBe('%E0%B8 ok ก %ZZ');
  });
});

describe('datesFromUrl', () => {
  it('reads a percent-encoded Thai file name', () => {
    const url = 'https://www.example.go.th/files/12.%E0%B8%AA%E0%B8%82%E0%B8%A3.เดือน%20กันยายน%202568.pdf';
    const found = datesFromUrl(url);
    expect(found).toMatchObject([{ year: 2025, month: 9, precision: 'month', era: 'BE', raw: 'เดือน กันยายน 2568' }]);
    const text = urlDateText(url);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('เดือน กันยายน 2568');
  });

  it('reads underscores as spaces', () => {
    expect(datesFromUrl('/uploads/O11_ไตรมาสที่_1_2568.xlsx')).toMatchObject([
      { precision: 'quarter', year: 2024, month: 10, until: { year: 2024, month: 12 } },
    ]);
    expect(datesFromUrl('/uploads/O11_ไตรมาสที่_1.xlsx')).toEqual([]);
  });

  it('reads year folders and ita year slugs', () => {
    expect(datesFromUrl('https://cmarea3.go.th/2567/wp-content/x.pdf')).toMatchObject([{ year: 2024, precision: 'year' }]);
    expect(datesFromUrl('https://a.go.th/ita2568/')).toMatchObject([{ year: 2025, precision: 'year', raw: '2568' }]);
    expect(datesFromUrl('https://spbo3.moph.go.th/ket/?page_id=26424&slug=moit-ita-2568')).toMatchObject([{ year: 2025 }]);
  });

  it('keeps ISO dates and year spans whole', () => {
    expect(datesFromUrl('/wp-json/wp/v2/posts?after=2025-10-03T08:00:00')).toMatchObject([
      { year: 2025, month: 10, day: 3, era: 'CE' },
    ]);
    expect(datesFromUrl('/plan/แผนพัฒนาท้องถิ่น_2566-2570.pdf')).toMatchObject([{ year: 2023, until: { year: 2027 } }]);
  });

  it('reads Thai digits in file names and never throws', () => {
    expect(datesFromUrl('/files/ประกาศ%20ปีการศึกษา%20๒๕๖๘.pdf')).toMatchObject([{ year: 2025, precision: 'year' }]);
    expect(() => datesFromUrl('/x/%E0%B8/%ZZ/%')).not.toThrow();
    expect(datesFromUrl('not a url at all %%%')).toEqual([]);
  });

  it('ignores the host and opaque ids', () => {
    expect(datesFromUrl('https://kosamphi.moph.go.th/api/public/uploadsprocurement/1725872905.pdf')).toEqual([]);
    expect(datesFromUrl('http://203.157.7.98/store/show_topic.php?id=664')).toEqual([]);
    expect(datesFromUrl('https://x.go.th/public/list/data/detail/id/2665/menu/1236')).toEqual([]);
  });
});

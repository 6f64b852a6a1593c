import { describe, expect, it } from 'vitest';
import { headingDates } from '../../lib/audit/collect-evidence.ts';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';

const URL_ = 'https://www.example.go.th/';
const headingYears = (body: string): number[] =>
  buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) })
    .dates.filter((d) => d.source === 'heading')
    .map((d) => d.year + 543);

describe('bare-year-label for headings: a label-sized heading\'s year written alone dates it, with or without พ.ศ.', () => {
  it('page headings', () => {
    expect(headingYears('<h1>การเปิดโอกาสให้เกิดการมีส่วนร่วม พ.ศ. 2568</h1>')).toEqual([2568]);
    expect(headingYears('<h1>การเปิดโอกาสให้เกิดการมีส่วนร่วม 2568</h1>')).toEqual([2568]);
    expect(headingYears('<h1>ที่ทำการ หมู่ 2568</h1>')).toEqual([]);
  });
  it('a link\'s heading', () => {
    expect(headingDates('การเปิดโอกาสให้เกิดการมีส่วนร่วม 2568').map((d) => [d.year + 543, d.source])).toEqual([[2568, 'heading']]);
    expect(headingDates('No Gift Policy 2568')).toEqual([]);
  });
});

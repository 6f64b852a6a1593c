import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';
import { assessmentYearOfView } from '../../lib/thai/assessment-year.ts';

function snapshot(url: string, title: string, body: string) {
  return PageSnapshot.parse(
    buildSnapshot({ url, finalUrl: url, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><head><title>${title}</title></head><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(url) }),
  );
}
const viewYears = (url: string, title: string, body: string) =>
  snapshot(url, title, body).links.map((l) => l.dates.filter((d) => d.source === 'view-year').map((d) => `${d.precision} ${d.year}`));

const TABS = (active: string) =>
  `<nav class="nav nav-pills"><a class="nav-link ${active === '2563' ? 'active' : ''}" href="./ita?year=2563">2563</a>` +
  `<a class="nav-link ${active === '2564' ? 'active' : ''}" href="./ita?year=2564">2564</a></nav>`;
const ROWS = '<p><strong>EB 1</strong> : หน่วยงานมีการวิเคราะห์ผลการจัดซื้อจัดจ้างประจำปี</p><table><tr><td><a href="./uploads/ita/EB1_2.pdf">1.2 รายงานสรุปผลวิเคราะห์ผลการจัดซื้อจัดจ้าง</a></td></tr>' +
  '<tr><td><a href="./uploads/ita/EB1_3.pdf">1.3 รายงานผลการจัดซื้อจัดจ้าง ประจำปี 2562</a></td></tr></table>';

describe('assessment-year-view: an ITA page shown for one year dates its undated files by that year', () => {
  it('the year tab marked current dates the undated file, not one with a date of its own, not the tabs', () => {
    expect(viewYears('https://h.example.go.th/ita', 'ITA', TABS('2563') + ROWS)).toEqual([[], [], ['fiscal-year 2020'], []]);
  });
  it("Bootstrap 3's active list item and aria-current mark the tab too", () => {
    const li = '<ul class="nav nav-tabs"><li class="active"><a href="?y=2567">ปีงบประมาณ 2567</a></li><li><a href="?y=2566">ปีงบประมาณ 2566</a></li></ul>';
    expect(viewYears('https://h.example.go.th/oit', 'การเปิดเผยข้อมูลสาธารณะ', li + ROWS).at(2)).toEqual(['fiscal-year 2024']);
    const aria = '<a aria-current="page" href="?year=2568">ITA 2568</a>';
    expect(viewYears('https://h.example.go.th/transparency', 'ITA', aria + ROWS).at(1)).toEqual(['fiscal-year 2025']);
  });
  it('nothing on a page that does not name the assessment, with no tab marked, or with two years marked', () => {
    expect(viewYears('https://h.example.go.th/download', 'เอกสารดาวน์โหลด', TABS('2563') + ROWS).flat()).toEqual([]);
    expect(viewYears('https://h.example.go.th/ita', 'ITA', TABS('') + ROWS).flat()).toEqual([]);
    const two = '<a class="active" href="?y=2563">2563</a><a class="active" href="?y=2564">2564</a>';
    expect(viewYears('https://h.example.go.th/ita', 'ITA', two + ROWS).flat()).toEqual([]);
  });
});

describe('assessmentYearOfView', () => {
  it('reads a label that is only a year, perhaps with the assessment name or ปี…; nothing else', () => {
    expect(assessmentYearOfView(true, ['หน้าหลัก', '2563'])).toMatchObject({ year: 2020, precision: 'fiscal-year', raw: '2563' });
    expect(assessmentYearOfView(true, ['ITA 2568'])).toMatchObject({ year: 2025 });
    expect(assessmentYearOfView(true, ['ข่าว 2563'])).toBeNull();
    expect(assessmentYearOfView(false, ['2563'])).toBeNull();
    expect(assessmentYearOfView(true, ['2563', 'ปี 2563'])).toMatchObject({ year: 2020 });
  });
});

import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { assessmentYearDates, buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const URL_ = 'https://www.example.go.th/page/ITA64.php';
function snapshot(head: string, body: string) {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><head>${head}</head><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  );
}
const headingYears = (body: string, head = '') =>
  snapshot(head, body).links.map((l) => l.dates.filter((d) => d.source === 'heading').map((d) => `${d.precision} ${d.year}`));

const row = (pdf: string) => `<ul><li><span><a href="#!">16.1 หน่วยงานมีการเผยแพร่เจตจำนงสุจริตของผู้บริหาร</a><a href="${pdf}"><i class="fas fa-file-pdf"></i></a></span></li></ul>`;
const TREE = row('../upload/ITA/ITA2564/EB16/01.pdf');

describe('assessment-year-heading: a file right under "ITA 2564" and uploaded for that round is filed for FY 2564', () => {
  it('dates the undated file whose nearest heading states only the assessment year (not the empty label link)', () => {
    expect(headingYears(`<h2>ITA 2564</h2>${TREE}`)).toEqual([[], ['fiscal-year 2021']]);
  });
  it('not under a nearer sub-heading (an item requirement), nor past the next heading', () => {
    expect(headingYears(`<h3>ITA 2564</h3><h4>17 | MOIT 17 หน่วยงานมีการประเมินความเสี่ยงการทุจริต</h4>${TREE}`)).toEqual([[], []]);
    expect(headingYears(`<h2>ITA 2564</h2><p>x</p><h2>ข่าวประชาสัมพันธ์</h2>${TREE}`)).toEqual([[], []]);
  });
  it('never by the page title alone, the heading alone or the folder alone', () => {
    expect(headingYears(TREE, '<title>ITA 2564</title>')).toEqual([[], []]);
    expect(headingYears(`<h2>การเปิดเผยข้อมูลสาธารณะ (OIT) ปี ๒๕๖๔</h2>${row('/uploads/hr/policy.pdf')}`)).toEqual([[], []]);
    expect(headingYears(`<h2>ITA 2565</h2>${TREE}`)).toEqual([[], []]);
    expect(headingYears(`<h2>เจตจำนงสุจริต</h2>${TREE}`)).toEqual([[], []]);
  });
  it("never over a date of the file's own", () => {
    const own = snapshot('', '<h2>ITA 2564</h2><ul><li><a href="/upload/ITA/ITA2564/EB3/01.pdf">รายงานการวิเคราะห์ผล ประจำปีงบประมาณ พ.ศ. 2563</a></li></ul>').links[0];
    expect(own?.dates.map((d) => `${d.source} ${d.year}`)).toEqual(['link-label 2020']);
  });
  it('assessmentYearDates on literal inputs', () => {
    expect(assessmentYearDates('ITA ปีงบประมาณ 2568', 'https://x.go.th/ita2568/o12.pdf')).toMatchObject([{ source: 'heading', year: 2025, precision: 'fiscal-year' }]);
    expect(assessmentYearDates('ITA 2568', 'https://x.go.th/uploads/ITA_68/o12.pdf')).toHaveLength(1);
    expect(assessmentYearDates('ITA 2568', null)).toEqual([]);
    expect(assessmentYearDates('', 'https://x.go.th/ita2568/o12.pdf')).toEqual([]);
  });
});

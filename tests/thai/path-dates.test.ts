import { describe, expect, it } from 'vitest';
import { pathDates } from '../../lib/thai/index.ts';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';

const read = (url: string) => pathDates(url).map((d) => ({ year: d.year, month: d.month, day: d.day, precision: d.precision, era: d.era }));

describe('pathDates (weak dates from a URL path)', () => {
  it('a day stamp in the file name', () => {
    expect(read('https://www.example.or.th/thai/news/pr_news/2022/02/event_20220210.pdf')).toEqual([{ year: 2022, month: 2, day: 10, precision: 'day', era: 'CE' }]);
    expect(read('https://x.go.th/files/ประกาศ_25650210.pdf')).toEqual([{ year: 2022, month: 2, day: 10, precision: 'day', era: 'BE' }]);
  });
  it('a year in the file name, even glued to a word', () => {
    expect(read('https://www.example.or.th/thai/about_us/corruption_stat2022.pdf')).toEqual([{ year: 2022, month: undefined, day: undefined, precision: 'year', era: 'CE' }]);
    expect(read('https://x.go.th/doc/แผน2565.pdf')[0]).toMatchObject({ year: 2022, era: 'BE' });
  });
  it('else an upload folder of year and month', () => {
    expect(read('https://x.go.th/wp-content/uploads/2022/02/report.pdf')).toEqual([{ year: 2022, month: 2, day: undefined, precision: 'month', era: 'CE' }]);
    expect(read('https://x.go.th/files/2565/03/x.pdf')[0]).toMatchObject({ year: 2022, month: 3, era: 'BE' });
  });
  it('no date in numbers that are not years, nor in the query', () => {
    expect(read('https://x.go.th/img/12345678.pdf')).toEqual([]);
    expect(read('https://x.go.th/doc/1024.pdf')).toEqual([]);
    expect(read('https://x.go.th/view.php?id=2022')).toEqual([]);
  });
});

describe('url-path dates on links: a last resort only', () => {
  const URL_ = 'https://www.example.or.th/ita.php';
  const links = (body: string) =>
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }).links;
  it('dates a link whose label names no date, labelled url-path', () => {
    const [l] = links('<ul><li><a href="thai/news/pr_news/2022/02/event_20220210.pdf">GIT เสริมสร้างวัฒนธรรมองค์กร</a></li></ul>');
    expect(l?.dates.map((d) => [d.source, d.year, d.month, d.day])).toEqual([['url-path', 2022, 2, 10]]);
  });
  it('never next to a date in the label', () => {
    const [l] = links('<ul><li><a href="thai/2022/01/git_budget_report_2021.pdf">รายงานผลการใช้จ่ายงบประมาณ ประจำปีงบประมาณ พ.ศ. 2564</a></li></ul>');
    expect(l?.dates.map((d) => d.source)).toEqual(['link-label']);
  });
});

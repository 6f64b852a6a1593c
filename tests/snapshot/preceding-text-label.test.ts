import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { isGenericLabel } from '../../lib/snapshot/extract-links.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const URL_ = 'https://www.example.go.th/ita/';
function links(body: string) {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links;
}

describe('generic labels', () => {
  it('knows the button words', () => {
    for (const l of ['ดาวน์โหลด', 'Download', 'คลิกที่นี่', 'รายละเอียด', 'อ่านต่อ...', 'ไฟล์แนบ', 'PDF', 'ดูรายละเอียด']) expect(isGenericLabel(l, 'text')).toBe(true);
    expect(isGenericLabel('แผนการดำเนินงาน ประจำปี 2568', 'text')).toBe(false);
    expect(isGenericLabel('', 'none')).toBe(true);
  });
});

describe('a sub-heading written as plain text before a generic link', () => {
  it('takes the bold line before the link as its label, with its year', () => {
    const [l] = links('<div class="content"><p><strong>แผนการดำเนินงาน ประจำปีงบประมาณ 2568</strong></p><p><a href="/f/plan.pdf">ดาวน์โหลด</a></p></div>');
    expect(l?.label).toBe('แผนการดำเนินงาน ประจำปีงบประมาณ 2568');
    expect(l?.labelSource).toBe('preceding-text');
    expect(l?.dates.some((d) => d.source === 'link-label' && d.year === 2025)).toBe(true);
  });
  it('takes the text just before the link in the same line', () => {
    const [l] = links('<div><b>รายงานผลการดำเนินงาน รอบ 6 เดือน</b> <a href="/f/r.pdf"><img src="/pdf.png" alt="pdf"></a></div>');
    expect(l?.label).toBe('รายงานผลการดำเนินงาน รอบ 6 เดือน');
    expect(l?.labelSource).toBe('preceding-text');
  });
  it('does not take the text of another item (a block that holds its own link)', () => {
    const ls = links('<div><p><a href="/a.pdf">ประกาศ ก</a></p><p><a href="/b.pdf">คลิกที่นี่</a></p></div>');
    expect(ls[1]?.label).toBe('คลิกที่นี่');
    expect(ls[1]?.labelSource).toBe('text');
  });
  it('keeps a label that names something, and a row that says more than the button', () => {
    expect(links('<p><strong>ข่าว</strong></p><p><a href="/x">คู่มือการปฏิบัติงาน</a></p>')[0]?.labelSource).toBe('text');
    const [row] = links('<table><tr><td>สรุปผลการจัดซื้อจัดจ้าง ต.ค. 2567</td><td><a href="/x.pdf">ดาวน์โหลด</a></td></tr></table>');
    expect(row?.label).toBe('ดาวน์โหลด');
    expect(row?.context).toContain('สรุปผลการจัดซื้อจัดจ้าง');
  });
});

describe('script routes', () => {
  it('classifies #/… and #!/… links as script-route, a bare # as placeholder', () => {
    const ls = links('<a href="#/news">ข่าว</a><a href="#!/ita">ITA</a><a href="#">เมนู</a><a href="#top">บน</a>');
    expect(ls.map((l) => l.kind)).toEqual(['script-route', 'script-route', 'placeholder', 'placeholder']);
  });
});

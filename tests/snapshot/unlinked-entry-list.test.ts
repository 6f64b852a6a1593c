import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const URL_ = 'https://www.example.go.th/';
function links(body: string) {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links.filter((l) => l.origin === 'label');
}
const NAMES = ['คณะผู้บริหารและบุคลากร', 'แผนพัฒนาท้องถิ่น', 'ข้อมูลพื้นฐาน', 'รายงานผลการดำเนินการ', 'จัดซื้อ-จัดจ้าง', 'กฏหมายที่เกี่ยวข้อง'];

describe('unlinked-entry-list: a column of section names with no link at all', () => {
  it('records each name as an empty link', () => {
    const found = links(`<div class="side">${NAMES.map((n) => `<div>${n}</div>`).join('')}</div>`);
    // labels are normalised as every label is (the misspelt 'กฏหมาย' reads 'กฎหมาย')
    expect(found.map((l) => [l.label, l.kind, l.url])).toEqual(NAMES.map((n) => [n.replace('กฏ', 'กฎ'), 'placeholder', null]));
  });
  it('not a list with a link, a picture or a long sentence among its entries, nor one of four', () => {
    expect(links(`<ul>${NAMES.map((n, i) => (i === 2 ? `<li><a href="/x">${n}</a></li>` : `<li>${n}</li>`)).join('')}</ul>`)).toEqual([]);
    expect(links(`<ul>${NAMES.map((n, i) => (i === 2 ? `<li><img src="a.png">${n}</li>` : `<li>${n}</li>`)).join('')}</ul>`)).toEqual([]);
    expect(links(`<ul>${NAMES.map((n, i) => (i === 2 ? `<li>${'องค์การบริหารส่วนตำบลจัดประชุมประชาคมเพื่อจัดทำแผนพัฒนาท้องถิ่น '.repeat(2)}</li>` : `<li>${n}</li>`)).join('')}</ul>`)).toEqual([]);
    expect(links(`<ul>${NAMES.slice(0, 4).map((n) => `<li>${n}</li>`).join('')}</ul>`)).toEqual([]);
    expect(links(`<p>${NAMES.map((n) => `<span>${n}</span>`).join('')} และอื่น ๆ</p>`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';

const URL_ = 'https://www.example.go.th/';
const rows = (body: string): string[] =>
  buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) })
    .unlinkedRows;

describe('document-marker-line: a file icon on a <br> line with no link is a document listed and not uploaded', () => {
  it('reads as the same marker in a list item does', () => {
    const heading = '<h4>8. นโยบายและยุทธศาสตร์ของหน่วยงาน</h4>';
    const inList = rows(`${heading}<ul><li><img src="pdf.webp" alt="PDF">เอกสารประกอบ</li></ul>`);
    const inLines = rows(`${heading}<div class="list"><img src="pdf.webp" alt="PDF">เอกสารประกอบ<br></div>`);
    expect(inLines).toEqual(inList);
    expect(inLines).toEqual(['8. นโยบายและยุทธศาสตร์ของหน่วยงาน เอกสารประกอบ']);
  });
  it('not when the line holds a link, nor outside <br> lines', () => {
    expect(rows('<div><img src="pdf.png" alt="PDF"><a href="/a.pdf">แผนปฏิบัติการ</a><br>ข้อความ<br></div>')).toEqual([]);
    expect(rows('<div><img src="pdf.png" alt="PDF">แผนปฏิบัติการ</div>')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { createSnapshotPool } from '../../lib/snapshot/snapshot-pool.ts';

const menu = '<ul class="menu"><li><a href="/about">เกี่ยวกับเรา</a></li><li><a href="/ita">ITA 2568</a></li><li><a href="/news">ข่าวประชาสัมพันธ์ 1 ม.ค. 2568</a></li></ul>';
function snap(path: string, body: string) {
  const url = `https://www.example.go.th${path}`;
  return buildSnapshot({ url, finalUrl: url, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><head><title>${path}</title></head><body>${menu}<main>${body}</main></body></html>`, truncated: false, depth: 1, fetchedAt: '2025-01-01T00:00:00.000Z', site: createSiteScope(url) });
}

describe('snapshot pool', () => {
  it('keeps every snapshot equal to the one built', () => {
    const pool = createSnapshotPool();
    const a = snap('/a', '<p>ประกาศ ณ วันที่ 5 มีนาคม 2568</p><a href="/doc.pdf">รายงานผล</a>');
    const b = snap('/b', '<table><tr><td>แผน</td><td><a href="/plan">แผนพัฒนา</a></td></tr></table>');
    expect(pool.keep(a)).toEqual(a);
    expect(pool.keep(b)).toEqual(b);
    // Every field survives, the optional ones too: a section's `linked`, a form's `noFields`.
    const c = snap('/c', '<h2>กระดานสนทนา</h2><p>กระทู้ล่าสุด <a href="/board/1">ถามเรื่องภาษี</a></p><form><button>นับผู้เข้าชม</button></form>');
    expect(c.sections?.some((x) => x.linked === true)).toBe(true);
    expect(c.forms[0]?.noFields).toBe(true);
    expect(pool.keep(c)).toEqual(c);
  });

  it('shares the menu links of different pages and keeps page links apart', () => {
    const pool = createSnapshotPool();
    const a = pool.keep(snap('/a', '<a href="/x">เอ็กซ์</a>'));
    const b = pool.keep(snap('/b', '<a href="/y">วาย</a>'));
    const menuOf = (s: typeof a) => s.links.filter((l) => ['/about', '/ita', '/news'].includes(new URL(l.url ?? 'http://n/').pathname));
    expect(menuOf(a)).toHaveLength(3);
    menuOf(a).forEach((l, i) => expect(menuOf(b)[i]).toBe(l));
    expect(a.links.find((l) => l.label === 'เอ็กซ์')).not.toBe(b.links.find((l) => l.label === 'วาย'));
    expect(Object.isFrozen(menuOf(a)[0])).toBe(true);
  });

  it('does not share links that differ in any field (same URL, another label)', () => {
    const pool = createSnapshotPool();
    const a = pool.keep(snap('/a', '<a href="/x">ชื่อหนึ่ง</a>'));
    const b = pool.keep(snap('/b', '<a href="/x">ชื่อสอง</a>'));
    expect(a.links.find((l) => l.label === 'ชื่อหนึ่ง')?.url).toBe(b.links.find((l) => l.label === 'ชื่อสอง')?.url);
    expect(b.links.some((l) => l.label === 'ชื่อหนึ่ง')).toBe(false);
  });

  it('shares a contact repeated on every page, and keeps dates equal with one layout', () => {
    const pool = createSnapshotPool();
    const footer = '<footer>โทร 0 4372 9000 อีเมล saraban@example.go.th</footer>';
    const a = snap('/a', `<p>ประกาศ 5 มีนาคม 2568</p>${footer}`);
    const b = snap('/b', `<p>ประกาศ ต.ค. 2567 - มี.ค. 2568</p>${footer}`);
    const ka = pool.keep(a);
    const kb = pool.keep(b);
    expect(ka.contacts.length).toBeGreaterThan(0);
    ka.contacts.forEach((c, i) => expect(kb.contacts[i]).toBe(c));
    expect(JSON.parse(JSON.stringify(ka))).toEqual(JSON.parse(JSON.stringify(a)));
    expect(JSON.parse(JSON.stringify(kb))).toEqual(JSON.parse(JSON.stringify(b)));
    expect(kb.dates.some((d) => d.until !== undefined)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const URL_ = 'https://www.example.go.th/';
function links(body: string): { label: string; kind: string }[] {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links.map((l) => ({ label: l.label, kind: l.kind }));
}

const BAR = '<div><h3>หมวดหมู่</h3><button>ทั้งหมด</button><button>รายงานผลการดำเนินงาน</button><button>การเปิดโอกาสให้เกิดการมีส่วนร่วม</button></div>';

describe('tab-over-empty-panel: tabs over a panel that links nothing list what the page does not publish', () => {
  it('a category bar over an empty-list notice: each named tab is an empty entry ("ทั้งหมด" names nothing)', () => {
    expect(links(`${BAR}<div><div>ไม่มีข้อมูลหมวดหมู่</div></div>`)).toEqual([
      { label: 'รายงานผลการดำเนินงาน', kind: 'placeholder' },
      { label: 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', kind: 'placeholder' },
    ]);
  });
  it("tabs beside their own panel of rows with no document (the bar's own content)", () => {
    const page = '<section><button>ประกาศ ECP</button><button>ประกาศราคากลาง</button><button>รายงานผลจัดซื้อจัดจ้าง</button><div><div>9 ก.ค. 2568</div><div>ข้อความ</div></div></section><div><a href="/news">ข่าว</a></div>';
    expect(links(page).filter((l) => l.kind === 'placeholder').map((l) => l.label)).toEqual(['ประกาศ ECP', 'ประกาศราคากลาง', 'รายงานผลจัดซื้อจัดจ้าง']);
  });
  it('not when the panel links a document, nor when it is empty (filled by script), nor for one or two buttons', () => {
    expect(links(`${BAR}<div><a href="/files/report-2568.pdf">รายงาน 2568</a></div>`).map((l) => l.label)).toEqual(['รายงาน 2568']);
    expect(links(`${BAR}<div id="list"></div>`)).toEqual([]);
    expect(links('<div><button>รายงานผลการดำเนินงาน</button><button>การเปิดโอกาสให้เกิดการมีส่วนร่วม</button></div><div>ไม่มีข้อมูล</div>')).toEqual([]);
  });
  it("not a form's buttons", () => {
    expect(links('<form action="/s"><button>ค้นหาข่าว</button><button>ล้างข้อมูล</button><button>ส่งคำร้องเรียน</button><p>กรอกข้อมูลให้ครบ</p></form>')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

function snap(body: string, url = 'https://www.example.go.th/homepagenew') {
  return PageSnapshot.parse(
    buildSnapshot({ url, finalUrl: url, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(url) }),
  );
}
const crumbs = (...items: string[]) => `<nav aria-label="breadcrumb"><ol>${items.join('<li>/</li>')}</ol></nav>`;

describe('breadcrumb-names-page: a breadcrumb names its page, not the pages its crumbs link to', () => {
  it("a template's breadcrumb whose every crumb links to another page names nothing", () => {
    expect(snap(crumbs('<li><a href="/">หน้าแรก</a></li>', '<li><a href="/">กระดานกระทู้</a></li>', '<li><a href="/">ติดต่อ</a></li>')).breadcrumb).toBe('');
  });
  it('the last crumb as text, or as a link to the page itself, names it', () => {
    expect(snap(crumbs('<li><a href="/">หน้าแรก</a></li>', '<li>คณะผู้บริหาร</li>')).breadcrumb).toBe('หน้าแรก/คณะผู้บริหาร');
    expect(snap(crumbs('<li><a href="/">หน้าแรก</a></li>', '<li><a href="/homepagenew">คณะผู้บริหาร</a></li>')).breadcrumb).toBe('หน้าแรก/คณะผู้บริหาร');
    expect(snap(crumbs('<li><a href="/">หน้าแรก</a></li>', '<li><a href="#">คณะผู้บริหาร</a></li>')).breadcrumb).toBe('หน้าแรก/คณะผู้บริหาร');
  });
  it('a breadcrumb of plain text is read whole', () => {
    expect(snap('<div class="breadcrumb">หน้าแรก » ข่าวประชาสัมพันธ์</div>').breadcrumb).toBe('หน้าแรก » ข่าวประชาสัมพันธ์');
  });
});

describe('form-without-fields: a form of buttons only takes nothing from a person', () => {
  it('marks a visitor counter form, not a form with a field', () => {
    const forms = snap('<form><button type="submit">จำนวนผู้เข้าชม</button><input type="hidden" name="x"></form><form action="/qa"><textarea name="q"></textarea><button>ส่ง</button></form>').forms;
    expect(forms.map((f) => f.noFields === true)).toEqual([true, false]);
  });
});

describe('form-sends-nothing: a submit handler that only stops the submission and shows a message', () => {
  it('marks a demo form with a fake tracking code, not a form that posts or calls a sender', async () => {
    const { submitSendsNothing } = await import('../../lib/snapshot/build-snapshot.ts');
    expect(submitSendsNothing('', "event.preventDefault(); alert('ส่งคำร้องสำเร็จ! รหัส KSP-' + Math.floor(Math.random()*90000 + 10000))")).toBe(true);
    expect(submitSendsNothing('', 'return false;')).toBe(true);
    expect(submitSendsNothing('', 'event.preventDefault(); sendForm(this)')).toBe(false);
    expect(submitSendsNothing('', "e.preventDefault(); fetch('/api/complaint', { method: 'POST' })")).toBe(false);
    expect(submitSendsNothing('/complaint/save', 'event.preventDefault(); alert(1)')).toBe(false);
    expect(submitSendsNothing('', '')).toBe(false);
    const forms = snap(`<form onsubmit="event.preventDefault(); alert('ok')"><input name="x"></form><form action="/qa"><input name="q"></form>`).forms;
    expect(forms.map((f) => f.sendsNothing === true)).toEqual([true, false]);
  });
});

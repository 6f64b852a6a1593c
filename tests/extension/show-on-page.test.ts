// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { belongsToSite, highlightEvidence, highlightTag, showOnPage } from '../../lib/extension/show-on-page.ts';

const SITE = 'https://www.example.go.th';

afterEach(() => {
  document.body.replaceChildren();
});

function setBody(html: string): void {
  // Test fixture written by the test itself (not site content).
  document.body.innerHTML = html;
  for (const el of Array.from(document.querySelectorAll<HTMLElement>('*'))) el.scrollIntoView = vi.fn();
}

describe('highlightEvidence (runs in the audited page)', () => {
  it('outlines the link to the evidence and labels it with the item, as text', () => {
    setBody(`<ul><li><a href="${SITE}/a.pdf">อื่น</a></li><li><a id="t" href="${SITE}/files/plan.pdf#p2">แผน</a></li></ul>`);
    const out = highlightEvidence({ url: `${SITE}/files/plan.pdf`, label: 'แผน', tag: 'O10 <img src=x onerror=alert(1)>' });
    expect(out.found).toBe('link');
    const target = document.getElementById('t');
    expect(target?.getAttribute('data-oit-audit-highlight')).toBe('target');
    expect(target?.style.outline).toContain('3px');
    const label = document.querySelector('[data-oit-audit-highlight="label"]');
    expect(label?.textContent).toBe('OIT O10 <img src=x onerror=alert(1)>');
    expect(label?.querySelector('img')).toBeNull();
  });

  it('falls back to the smallest row or heading holding the label, and clears an earlier highlight', () => {
    setBody(`<a id="old" href="${SITE}/x">x</a><table><tr id="row"><td>รายงานผลการจัดซื้อจัดจ้าง   ประจำปี</td></tr></table><p>ข้อความ รายงานผลการจัดซื้อจัดจ้าง ประจำปี และอื่น ๆ อีกมาก</p>`);
    highlightEvidence({ url: `${SITE}/x`, label: 'x', tag: 'O1' });
    const out = highlightEvidence({ url: `${SITE}/gone`, label: 'รายงานผลการจัดซื้อจัดจ้าง ประจำปี', tag: 'O20' });
    expect(out.found).toBe('text');
    expect(document.querySelectorAll('[data-oit-audit-highlight="label"]')).toHaveLength(1);
    expect(document.getElementById('old')?.hasAttribute('data-oit-audit-highlight')).toBe(false);
    expect(document.querySelector('[data-oit-audit-highlight="target"]')?.tagName).toBe('TD');
  });

  it('says so when nothing matches', () => {
    setBody('<p>ไม่มี</p>');
    expect(highlightEvidence({ url: `${SITE}/none`, label: 'ไม่พบอะไร', tag: 'O2' })).toEqual({ found: 'none' });
    expect(document.querySelector('[data-oit-audit-highlight]')).toBeNull();
  });
});

describe('showOnPage (background)', () => {
  const req = { type: 'show-on-page' as const, site: SITE, foundOn: `${SITE}/ita`, url: `${SITE}/a.pdf`, label: 'แผน\u202e', itemId: 'O1', itemTitle: 'โครงสร้าง' };

  it('opens the page and injects only for pages of the audited site with access granted', async () => {
    const deps = { hasAccess: vi.fn(async () => true), openTab: vi.fn(async () => 7), inject: vi.fn(async () => ({ found: 'link' as const })) };
    expect(await showOnPage(req, deps)).toEqual({ ok: true, found: 'link' });
    expect(deps.openTab).toHaveBeenCalledWith(`${SITE}/ita`);
    expect(deps.inject).toHaveBeenCalledWith(7, { url: `${SITE}/a.pdf`, label: 'แผน', tag: 'O1 โครงสร้าง' });

    for (const foundOn of ['https://evil.example/ita', 'javascript:alert(1)', 'data:text/html,x', 'chrome://settings']) {
      expect(await showOnPage({ ...req, foundOn }, deps)).toMatchObject({ ok: false });
    }
    const noAccess = { ...deps, hasAccess: vi.fn(async () => false), openTab: vi.fn(async () => 1) };
    expect(await showOnPage(req, noAccess)).toMatchObject({ ok: false });
    expect(noAccess.openTab).not.toHaveBeenCalled();
  });

  it('same site means the same host with or without www, over http or https', () => {
    expect(belongsToSite('http://example.go.th/x', SITE)).toBe(true);
    expect(belongsToSite('https://sub.example.go.th/x', SITE)).toBe(false);
    expect(highlightTag('O1', `${'ก'.repeat(200)}\u0000`)).toHaveLength(120);
  });
});

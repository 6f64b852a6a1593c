import { z } from 'zod';
import { sitePermissionOrigins } from '../ui/site-permission.ts';

/** Panel → background: open the page a piece of evidence was found on and point at it. */
export const ShowOnPageRequest = z.object({
  type: z.literal('show-on-page'),
  /** The audited site (report.site); the page must belong to it. */
  site: z.string(),
  foundOn: z.string(),
  url: z.string(),
  label: z.string(),
  itemId: z.string(),
  itemTitle: z.string(),
});
export type ShowOnPageRequest = z.infer<typeof ShowOnPageRequest>;

export interface HighlightTarget {
  url: string;
  label: string;
  /** "O1 ข้อมูลผู้บริหาร", already shortened and stripped of control characters. */
  tag: string;
}

export type HighlightOutcome = { found: 'link' | 'text' | 'none' };

export type ShowOnPageReply = { ok: true; found: HighlightOutcome['found'] } | { ok: false; message: string };

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text for the highlight label: no control or bidi characters, at most 120 characters. */
export function highlightTag(itemId: string, itemTitle: string): string {
  const text = `${itemId} ${itemTitle}`.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

/** Same site: same host, with or without "www.", over http or https. */
export function belongsToSite(url: string, site: string): boolean {
  try {
    const u = new URL(url);
    const s = new URL(site);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    const bare = (h: string): string => h.toLowerCase().replace(/^www\./, '');
    return bare(u.hostname) === bare(s.hostname);
  } catch {
    return false;
  }
}

/**
 * Injected into the page with scripting.executeScript, so it must stand alone (no imports, no closure).
 * Finds the link to `url` (else the smallest heading, row or list item whose text holds the label),
 * scrolls to it, outlines it and puts a small label beside it naming the item. Only textContent and
 * style properties are written: nothing from the target or the page becomes markup.
 */
export function highlightEvidence(target: HighlightTarget): HighlightOutcome {
  const MARK = 'data-oit-audit-highlight';
  for (const old of Array.from(document.querySelectorAll(`[${MARK}]`))) {
    if (old.getAttribute(MARK) === 'label') old.remove();
    else {
      (old as HTMLElement).style.outline = '';
      old.removeAttribute(MARK);
    }
  }
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const strip = (u: string): string => {
    try {
      const x = new URL(u, document.baseURI);
      x.hash = '';
      return x.href;
    } catch {
      return u;
    }
  };
  const wanted = strip(target.url);
  let el: HTMLElement | null = null;
  let found: HighlightOutcome['found'] = 'none';
  for (const a of Array.from(document.querySelectorAll<HTMLElement>('a[href], area[href], iframe[src], embed[src], object[data]'))) {
    const raw = a.getAttribute('href') ?? a.getAttribute('src') ?? a.getAttribute('data') ?? '';
    if (strip(raw) === wanted) {
      el = a;
      found = 'link';
      break;
    }
  }
  const label = norm(target.label).slice(0, 200);
  if (!el && label.length >= 2) {
    let best: HTMLElement | null = null;
    for (const c of Array.from(document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, tr, li, dt, dd, p, td, th, caption, figcaption'))) {
      const text = norm(c.textContent ?? '');
      if (text.includes(label) && (best === null || text.length <= norm(best.textContent ?? '').length)) best = c; // equal: the inner one (later in order)
    }
    if (best) {
      el = best;
      found = 'text';
    }
  }
  if (!el) return { found: 'none' };
  el.setAttribute(MARK, 'target');
  el.style.outline = '3px solid #d4a72c';
  el.style.outlineOffset = '2px';
  el.scrollIntoView({ block: 'center' });
  const tag = document.createElement('div');
  tag.setAttribute(MARK, 'label');
  tag.setAttribute('role', 'note');
  tag.textContent = `OIT ${target.tag}`;
  const r = el.getBoundingClientRect();
  Object.assign(tag.style, {
    position: 'absolute',
    left: `${Math.max(0, r.left + window.scrollX)}px`,
    top: `${Math.max(0, r.top + window.scrollY - 26)}px`,
    zIndex: '2147483647',
    maxWidth: '320px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    unicodeBidi: 'isolate',
    direction: 'ltr',
    font: '600 13px/1.6 system-ui, sans-serif',
    color: '#1f2328',
    background: '#fff8c5',
    border: '1px solid #d4a72c',
    borderRadius: '4px',
    padding: '0 6px',
    pointerEvents: 'none',
  });
  document.body.append(tag);
  return { found };
}

export interface ShowOnPageDeps {
  hasAccess(origins: string[]): Promise<boolean>;
  /** Opens the page (or switches to a tab already showing it) and resolves with its tab id once loaded. */
  openTab(url: string): Promise<number>;
  inject(tabId: number, target: HighlightTarget): Promise<HighlightOutcome>;
}

/** The background side: checks the page belongs to the audited site and that access was granted, then opens and highlights. */
export async function showOnPage(req: ShowOnPageRequest, deps: ShowOnPageDeps): Promise<ShowOnPageReply> {
  if (!belongsToSite(req.foundOn, req.site)) {
    return { ok: false, message: 'หน้านี้ไม่ใช่ของเว็บไซต์ที่ตรวจ / this page is not on the audited site' };
  }
  const origins = sitePermissionOrigins(req.site);
  if (!origins || !(await deps.hasAccess(origins))) {
    return { ok: false, message: 'ยังไม่ได้รับอนุญาตให้อ่านเว็บไซต์นี้ / no access to this site: start an audit of it first' };
  }
  const tabId = await deps.openTab(req.foundOn);
  const outcome = await deps.inject(tabId, { url: req.url, label: req.label.replace(CONTROL, '').slice(0, 300), tag: highlightTag(req.itemId, req.itemTitle) });
  return { ok: true, found: outcome.found };
}

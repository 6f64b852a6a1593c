import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { resolveLink, unwrapViewerUrl } from '../crawl/resolve-link.ts';
import { normalizeThai } from '../thai/index.ts';
import { type ElementIndex, firstDescendant, indexElements } from './element-index.ts';
import { classifyLink, fileNameLabel, isEmptyHref } from './link-kind.ts';
import type { LabelSource, LinkOrigin } from './page-snapshot.ts';
import { createContextFinder, createHeadingFinder } from './page-structure.ts';

/** A link as found in the markup, before dates are attached. */
export interface RawLink {
  href: string;
  url: string | null;
  kind: ReturnType<typeof classifyLink>;
  origin: LinkOrigin;
  label: string;
  labelSource: LabelSource;
  context: string;
  heading: string;
}

const ONCLICK_TARGET = /(?:location(?:\.href)?\s*=|location\.assign\(|window\.open\()\s*['"]([^'"]+)['"]/i;
/** `a, area[href], iframe[src], object[data], embed[src], [data-pdf-src], [onclick]` */
function isLinkLike(el: Element): boolean {
  const a = el.attribs;
  switch (el.name) {
    case 'a':
      return true;
    case 'area':
    case 'iframe':
    case 'embed':
    case 'object':
      if (a[el.name === 'area' ? 'href' : el.name === 'object' ? 'data' : 'src'] !== undefined) return true;
      break;
    default:
      break;
  }
  return a['data-pdf-src'] !== undefined || a['onclick'] !== undefined;
}

function labelOf($: CheerioAPI, el: Element, url: URL | null): { label: string; labelSource: LabelSource } {
  const text = normalizeThai($(el).text());
  if (text) return { label: text, labelSource: 'text' };
  const attrs: [string, LabelSource][] = [
    ['title', 'title'],
    ['aria-label', 'aria-label'],
    ['alt', 'alt'],
  ];
  for (const [attr, source] of attrs) {
    const v = normalizeThai(el.attribs[attr] ?? '');
    if (v) return { label: v, labelSource: source };
  }
  const img = firstDescendant(el, (e) => e.name === 'img');
  const alt = normalizeThai(img?.attribs['alt'] ?? img?.attribs['title'] ?? '');
  if (alt) return { label: alt, labelSource: 'alt' };
  const name = normalizeThai(fileNameLabel(url));
  if (name) return { label: name, labelSource: 'filename' };
  return { label: '', labelSource: 'none' };
}

function targetOf(el: Element): { raw: string; origin: LinkOrigin } | null {
  const a = el.attribs;
  const pdf = a['data-pdf-src'];
  if (pdf) return { raw: pdf, origin: 'data-pdf-src' };
  switch (el.name) {
    case 'a':
    case 'area': {
      const href = a['href'];
      if (href !== undefined && !isEmptyHref(href)) return { raw: href, origin: el.name };
      const onclick = ONCLICK_TARGET.exec(a['onclick'] ?? '');
      if (onclick?.[1]) return { raw: onclick[1], origin: 'onclick' };
      return href !== undefined ? { raw: href, origin: el.name } : null;
    }
    case 'iframe':
    case 'embed':
      return a['src'] ? { raw: a['src'], origin: el.name } : null;
    case 'object':
      return a['data'] ? { raw: a['data'], origin: 'object' } : null;
    default: {
      const onclick = ONCLICK_TARGET.exec(a['onclick'] ?? '');
      return onclick?.[1] ? { raw: onclick[1], origin: 'onclick' } : null;
    }
  }
}

/**
 * Every link-like thing on the page, resolved and classified. Comments are not parsed as markup by
 * cheerio, so commented-out menus never contribute links.
 */
export function extractLinks($: CheerioAPI, pageUrl: URL, baseUrl: string, isSameSite: (u: URL) => boolean, index: ElementIndex = indexElements($)): RawLink[] {
  const headingOf = createHeadingFinder($);
  const contextOf = createContextFinder();
  const links: RawLink[] = [];
  for (const el of index.all) {
    if (!isLinkLike(el)) continue;
    const target = targetOf(el);
    if (!target) continue;
    let url = resolveLink(target.raw, baseUrl);
    let origin = target.origin;
    if (url) {
      const unwrapped = unwrapViewerUrl(url);
      if (unwrapped.href !== url.href) {
        url = unwrapped;
        origin = 'viewer';
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') url = null;
    }
    const { label, labelSource } = labelOf($, el, url);
    links.push({
      href: target.raw,
      url: url ? url.href : null,
      kind: classifyLink(url, target.raw, pageUrl, isSameSite),
      origin,
      label,
      labelSource,
      context: contextOf(el),
      heading: headingOf(el),
    });
  }
  return links;
}

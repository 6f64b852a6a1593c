import type { CheerioAPI } from 'cheerio';
import { type ElementIndex, indexElements } from './element-index.ts';

const LISTING_HINT = /(grid|list|news|items?|result|data|content|feed|posts?|cards?)/i;
const NOT_LISTING = /(suggest|autocomplete|dropdown|menu|nav|modal|toast|alert)/i;
const LOADER = /(loading|spinner|loader|กำลังโหลด|load-more|loadmore)/i;
const AJAX = /(\$\.(ajax|get|post|getJSON)\s*\(|\bfetch\s*\(|XMLHttpRequest|axios\.|\.load\s*\(\s*['"])/;

/**
 * A listing filled in by script: an empty container named like a listing, next to a script that
 * loads data (or a loader). The static HTML cannot show its items, so verdicts become `review`.
 */
export function detectScriptFilled($: CheerioAPI, index: ElementIndex = indexElements($)): boolean {
  const scripts = index
    .byTag('script')
    .map((el) => $(el).html() ?? '')
    .join('\n');
  const named = index.all.filter((el) => el.attribs['id'] !== undefined || el.attribs['class'] !== undefined);
  const hasLoader = named.some((el) => LOADER.test(el.attribs['id'] ?? '') || LOADER.test(el.attribs['class'] ?? ''));
  if (!AJAX.test(scripts) && !hasLoader) return false;
  let emptyListing = false;
  $(named).each((_, el) => {
    if (emptyListing) return false;
    const id = el.attribs['id'] ?? '';
    const cls = el.attribs['class'] ?? '';
    if (!LISTING_HINT.test(id) && !LISTING_HINT.test(cls)) return undefined;
    if (NOT_LISTING.test(id) || NOT_LISTING.test(cls)) return undefined;
    if (el.name === 'script' || el.name === 'style' || el.name === 'body' || el.name === 'html') return undefined;
    const node = $(el);
    const hasLinks = node.find('a[href]').length > 0;
    const text = node.text().trim();
    const onlyLoader = text === '' || LOADER.test(text);
    if (!hasLinks && onlyLoader && node.children().length <= 1 && node.find('img').length === 0) emptyListing = true;
    return undefined;
  });
  return emptyListing;
}

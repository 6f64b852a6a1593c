import type { CheerioAPI } from 'cheerio';
import { normalizeThai } from '../thai/index.ts';
import { BARE_MAX_LINKS, BARE_MAX_TEXT, realLinks, visibleTextOf } from './detect-script-filled.ts';
import { type ElementIndex, scriptSource } from './element-index.ts';

/** `content="0; url=main.php"`, `content="3;URL='/th/'"`: the delay, then the target. */
const REFRESH_CONTENT = /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.+?)\1\s*$/i;
/**
 * A script sending the browser elsewhere: `window.location = '…'`, `location.href="…"`, `top.location.href = '…'`,
 * `location.replace('…')`, `location.assign('…')`, `window.navigate('…')`.
 */
const SCRIPT_REDIRECT = /(?:\b(?:window|document|top|self|parent)\.)?\blocation(?:\.href)?\s*=\s*(['"])([^'"\s]+)\1|\blocation\.(?:replace|assign)\(\s*(['"])([^'"\s]+)\3\s*\)|\bwindow\.navigate\(\s*(['"])([^'"\s]+)\5\s*\)/;

/**
 * Rule page-redirect: where a page sends its visitor without a link. A `<meta http-equiv="refresh" content="0;
 * url=…">` (the old way a site's root forwards to `main.php` or `/th/`), or, on a bare page (almost no text, fewer
 * than three links), an inline script that sets `location` — the splash redirect of many older sites. Raw target
 * (unresolved), or null. A script's `location = …` on a page with content of its own is a button's handler, not the
 * page's target, and is not read.
 */
export function pageRedirect($: CheerioAPI, index: ElementIndex): string | null {
  for (const meta of index.byTag('meta')) {
    if ((meta.attribs['http-equiv'] ?? '').trim().toLowerCase() !== 'refresh') continue;
    const content = meta.attribs['content'] ?? '';
    if (!/url\s*=/i.test(content)) continue;
    const target = REFRESH_CONTENT.exec(content)?.[2]?.trim();
    if (target) return target;
  }
  // The scripts first (a regular expression over their text); the page's links and text (walks of the whole body) are
  // counted only for a page whose script sets `location`, not for every page with an inline script.
  let target: string | null = null;
  for (const script of index.byTag('script')) {
    if (script.attribs['src'] !== undefined) continue;
    const m = SCRIPT_REDIRECT.exec(scriptSource($, script));
    const found = m?.[2] ?? m?.[4] ?? m?.[6];
    if (found && !/^(?:javascript:|#)/i.test(found)) {
      target = found;
      break;
    }
  }
  if (target === null) return null;
  const body = index.byTag('body')[0] ?? $.root().get(0);
  if (!body || realLinks(index, body) >= BARE_MAX_LINKS || normalizeThai(visibleTextOf(body)).length >= BARE_MAX_TEXT) return null;
  return target;
}

import type { CheerioAPI } from 'cheerio';
import { normalizeThai } from '../thai/index.ts';
import { realLinks, visibleTextOf } from './detect-script-filled.ts';
import type { ElementIndex } from './element-index.ts';

/** `content="0; url=main.php"`, `content="3;URL='/th/'"`: the delay, then the target. */
const REFRESH_CONTENT = /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.+?)\1\s*$/i;
/**
 * A script sending the browser elsewhere: `window.location = '…'`, `location.href="…"`, `top.location.href = '…'`,
 * `location.replace('…')`, `location.assign('…')`, `window.navigate('…')`.
 */
const SCRIPT_REDIRECT = /(?:\b(?:window|document|top|self|parent)\.)?\blocation(?:\.href)?\s*=\s*(['"])([^'"\s]+)\1|\blocation\.(?:replace|assign)\(\s*(['"])([^'"\s]+)\3\s*\)|\bwindow\.navigate\(\s*(['"])([^'"\s]+)\5\s*\)/;
/** A page with less text than this and fewer links is a bare redirect page, whatever its scripts hold. */
const BARE_TEXT = 120;
const BARE_LINKS = 3;

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
  const inline = index.byTag('script').filter((el) => el.attribs['src'] === undefined);
  if (inline.length === 0) return null;
  const body = index.byTag('body')[0] ?? $.root().get(0);
  if (!body || realLinks(index, body) >= BARE_LINKS || normalizeThai(visibleTextOf(body)).length >= BARE_TEXT) return null;
  for (const script of inline) {
    const m = SCRIPT_REDIRECT.exec($(script).html() ?? '');
    const target = m?.[2] ?? m?.[4] ?? m?.[6];
    if (target && !/^(?:javascript:|#)/i.test(target)) return target;
  }
  return null;
}

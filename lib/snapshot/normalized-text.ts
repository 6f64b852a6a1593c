import { normalizeThai } from '../thai/index.ts';

/** Texts this long or shorter are remembered: labels, menu items, headings, row cells (not paragraphs). */
const MAX_REMEMBERED_TEXT = 120;
/** Bounded: past this many the memo starts again (a crawl's template texts come back on the next page). */
const MAX_REMEMBERED = 2_000;
const memo = new Map<string, string>();

/** A flat copy, so a remembered text never keeps a larger string alive (see snapshot-pool.ts). */
function detach(text: string): string {
  return (` ${text}`).slice(1);
}

/**
 * normalizeThai, remembered for short texts: a site's menu, footer, sidebar and headings come back on every page
 * of a crawl (a hundred links a page, each label, row and heading normalised). Same result, by definition.
 */
export function normalizedText(text: string): string {
  if (text.length > MAX_REMEMBERED_TEXT) return normalizeThai(text);
  let normal = memo.get(text);
  if (normal === undefined) {
    normal = detach(normalizeThai(text));
    if (memo.size >= MAX_REMEMBERED) memo.clear();
    memo.set(detach(text), normal);
  }
  return normal;
}

import type { AnyNode, Element, Text } from 'domhandler';
import { normalizeThai } from '../thai/index.ts';

/** Elements whose text is not the page's own prose: links and controls (menus), scripts, embeds. */
const SKIP = new Set(['a', 'button', 'select', 'option', 'textarea', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'head', 'title']);
/** Elements that start a new block of text. */
const BLOCK = new Set([
  'p', 'div', 'li', 'td', 'th', 'tr', 'table', 'ul', 'ol', 'dl', 'dd', 'dt', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'header', 'footer', 'nav', 'main', 'aside', 'form', 'blockquote', 'pre', 'figure', 'figcaption', 'center', 'body', 'label', 'fieldset', 'legend',
]);
export const MAX_BLOCKS = 100;
const MAX_BLOCK_CHARS = 300;
export const MAX_TOTAL_CHARS = 8_000;

/** Whether a page's prose reached the bounds (the rest of its text was not kept). */
export function proseWasCut(prose: readonly string[]): boolean {
  return prose.length >= MAX_BLOCKS || prose.reduce((n, b) => n + b.length, 0) >= MAX_TOTAL_CHARS;
}

/** Raw characters read past the cut before a long block is normalised in part (see normalizedHead). */
const HEAD_SLACK = 2;

/**
 * normalizeThai(text) when it is at most `length` characters long, else a normalised text at least `length` long whose
 * first `length` characters are those of normalizeThai(text), read from a head of `text` cut at a space (U+0020): a long
 * block is not normalised whole to keep 300 characters. Exact: a space composes with nothing (NFC), is in no spelling
 * fold, SARA AM or invisible-character pattern, and is collapsed and trimmed like the rest of the run it ends, so the
 * head's normal form is a prefix of the whole text's.
 */
export function normalizedHead(text: string, length: number): string {
  let from = length * HEAD_SLACK;
  while (from < text.length) {
    const space = text.indexOf(' ', from);
    if (space === -1) break;
    const head = normalizeThai(text.slice(0, space));
    if (head.length >= length) return head;
    from = space * 2 + 1;
  }
  return normalizeThai(text);
}

/**
 * The page's own prose, block by block (normalised): paragraphs, list items, cells, headings — the text
 * that is not inside a link or a control. A page whose body only states its topic in paragraphs (a page of
 * duties with no heading) shows it here; menus (links) do not. Blocks are cut to 300 characters, the page
 * to 100 blocks / 8,000 characters.
 */
export function pageProse(body: readonly AnyNode[]): string[] {
  const out: string[] = [];
  let total = 0;
  let buffer = '';
  const flush = () => {
    const raw = buffer;
    buffer = '';
    if (out.length >= MAX_BLOCKS || total >= MAX_TOTAL_CHARS) return;
    const text = normalizedHead(raw, MAX_BLOCK_CHARS);
    if (text.length < 4) return;
    const cut = text.slice(0, MAX_BLOCK_CHARS);
    out.push(cut);
    total += cut.length;
  };
  const walk = (node: AnyNode): void => {
    if (out.length >= MAX_BLOCKS || total >= MAX_TOTAL_CHARS) return;
    if (node.type === 'text') {
      buffer += ` ${(node as Text).data}`;
      return;
    }
    if (!('children' in node)) return;
    const el = node as Element;
    const isTag = el.type === 'tag' || el.type === 'script' || el.type === 'style';
    if (isTag && SKIP.has(el.name)) {
      buffer += ' ';
      return;
    }
    const block = isTag && BLOCK.has(el.name);
    if (block) flush();
    for (const child of el.children) walk(child);
    if (block) flush();
  };
  for (const n of body) walk(n);
  flush();
  return out;
}

import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { parseHtml, setChildren } from './parse-html.ts';

/**
 * The deepest element nesting the snapshot builder reads as is. Real pages nest 20–60 levels; cheerio's
 * `.text()` and our own walks recurse once per level, so a hostile or broken page nested thousands of
 * levels deep would exceed the call stack (and its nested table rows would cost quadratic time).
 */
export const MAX_DOM_DEPTH = 256;

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function hasElementChildren(node: Element): boolean {
  return node.children.some(isElement);
}

/**
 * The content of `el` with every wrapper element unwrapped, in document order: text, comments and
 * elements that hold no element (a `<td>text</td>`, `<img>`, `<script>`) stay whole; links stay whole
 * too when `keepLinks`, so their label and href survive. Iterative: no recursion per level.
 */
function flattenedContent(el: Element, keepLinks: boolean, keptLinks: Element[]): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: { nodes: AnyNode[]; i: number }[] = [{ nodes: el.children, i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (!top) break;
    const node = top.nodes[top.i];
    if (node === undefined) {
      stack.pop();
      continue;
    }
    top.i += 1;
    if (!isElement(node) || !hasElementChildren(node)) out.push(node);
    else if (keepLinks && node.name === 'a') {
      out.push(node);
      keptLinks.push(node);
    } else stack.push({ nodes: node.children, i: 0 });
  }
  return out;
}

/**
 * Makes a parsed document at most about `maxDepth` elements deep: below that depth, wrapper elements are
 * unwrapped (their text, links and leaf elements move up, in order). Returns how many elements were
 * flattened at the cap (0 for an ordinary page, which is left untouched).
 */
export function capDomDepth(root: ParentNode, maxDepth = MAX_DOM_DEPTH): number {
  let flattened = 0;
  const stack: { node: AnyNode; depth: number }[] = root.children.map((node) => ({ node, depth: 1 }));
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!entry || !isElement(entry.node)) continue;
    const { node, depth } = entry;
    if (depth >= maxDepth) {
      if (!hasElementChildren(node)) continue;
      const links: Element[] = [];
      setChildren(node, flattenedContent(node, true, links));
      for (const a of links) setChildren(a, flattenedContent(a, false, []));
      flattened += 1;
      continue;
    }
    for (const child of node.children) stack.push({ node: child, depth: depth + 1 });
  }
  return flattened;
}

/**
 * How many start tags may be open before further ones are left out of the source. The spec parser
 * (parse5) scans its stack of open elements at each tag, so nesting costs quadratic time: 10,000
 * levels take seconds, 40,000 over a minute. Real pages nest under 30.
 */
export const MAX_SOURCE_NESTING = 512;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag may be left out: the parser closes them itself, so they do not add nesting. */
const NOT_COUNTED = new Set(['li', 'p', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp', 'caption', 'html', 'head', 'body']);
/** Elements whose content is text, not tags: the scan skips to their end tag, and they are never left out. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const FOREIGN = new Set(['svg', 'math']);
/** How far below the top of the open-tag stack an end tag is looked for (bounded: no quadratic scan). */
const END_TAG_SEARCH = 16;

/** Whether `text` holds fewer than `count` occurrences of `char` (counting stops at `count`). */
function fewerThan(text: string, char: string, count: number): boolean {
  let found = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) if (++found >= count) return false;
  return true;
}

/**
 * The page source with the start and end tags nested deeper than `maxNesting` left out (their text,
 * links (never nested), scripts and leaf elements stay, in order), in one linear pass. An ordinary page is returned
 * unchanged. Comments are skipped, and the content of script/style/… is not read as tags.
 */
export function flattenDeepSource(html: string, maxNesting = MAX_SOURCE_NESTING): string {
  // A tag is left out only when `maxNesting` start tags are open before it: a page with no more `<` than that (most
  // small pages) is returned as it is, without the scan.
  if (fewerThan(html, '<', maxNesting + 1)) return html;
  const tagPattern = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g;
  const lower = html.toLowerCase();
  const open: { name: string; dropped: boolean }[] = [];
  const keep: string[] = [];
  let copiedTo = 0;
  let foreign = 0;
  const drop = (start: number, end: number) => {
    keep.push(html.slice(copiedTo, start));
    copiedTo = end;
  };
  for (let m = tagPattern.exec(html); m !== null; m = tagPattern.exec(html)) {
    const name = (m[2] ?? '').toLowerCase();
    if (!name) continue; // a comment
    const closing = m[1] === '/';
    if (!closing && RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, tagPattern.lastIndex);
      tagPattern.lastIndex = end === -1 ? html.length : end;
      continue;
    }
    if (VOID.has(name) || name === 'a') continue;
    if (NOT_COUNTED.has(name)) {
      // below the cut, rows, cells and list items go too: they would nest inside each other
      if (open.length >= maxNesting) drop(m.index, tagPattern.lastIndex);
      continue;
    }
    const selfClosing = m[0].endsWith('/>');
    if (!closing) {
      if (selfClosing && (foreign > 0 || FOREIGN.has(name))) continue; // <path/>, <svg/>: closed at once
      if (FOREIGN.has(name)) foreign += 1;
      const dropped = open.length >= maxNesting;
      open.push({ name, dropped });
      if (dropped) drop(m.index, tagPattern.lastIndex);
      continue;
    }
    const from = open.length - 1;
    for (let i = from; i >= 0 && i > from - END_TAG_SEARCH; i -= 1) {
      if (open[i]?.name !== name) continue;
      const [entry] = open.splice(i);
      if (FOREIGN.has(name)) foreign = Math.max(0, foreign - 1);
      if (entry?.dropped) drop(m.index, tagPattern.lastIndex);
      break;
    }
  }
  if (copiedTo === 0) return html;
  keep.push(html.slice(copiedTo));
  return keep.join('');
}

/**
 * Parses a page into a cheerio document whose nesting is bounded: tags nested absurdly deep are left
 * out of the source before parsing (see flattenDeepSource), and the document is then at most
 * MAX_DOM_DEPTH levels deep (see capDomDepth), so every later walk is bounded.
 */
export function loadBoundedHtml(html: string): CheerioAPI {
  const $ = parseHtml(flattenDeepSource(html));
  const root = $.root().get(0);
  if (root) capDomDepth(root);
  return $;
}

/**
 * Lets go of a parsed page's tree once its snapshot is built: the document keeps no child. cheerio's
 * `load` makes a class per page, and that class's V8 metadata sits in the old generation (until the next
 * full collection) while reaching the page's root through the class's closure; the minor collector counts
 * old objects as live, so without this every page's tree survived into the old generation (≈ 250 KB per
 * page, measured with --trace-gc-nvp) and stayed until a full collection. Emptied, the tree dies young.
 */
export function releaseDom($: CheerioAPI): void {
  const root = $.root().get(0);
  if (root) root.children = [];
}

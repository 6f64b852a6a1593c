import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/**
 * Every element of a parsed page in document order, listed in one walk, so each part of the
 * snapshot filters a list instead of running a cheerio selector over the whole tree again (each
 * selector call compiles its text and walks every node: a dozen walks per page before).
 * The walk goes where css-select goes, template contents included.
 */
export interface ElementIndex {
  readonly all: readonly Element[];
  byTag(name: string): readonly Element[];
  /** Whether the element is still in the document (not inside a removed subtree). */
  isAttached(el: Element): boolean;
}

export function indexElements($: CheerioAPI): ElementIndex {
  const root = $.root().get(0) as AnyNode;
  const all: Element[] = [];
  const tags = new Map<string, Element[]>();
  const walk = (node: AnyNode): void => {
    if (!('children' in node)) return;
    for (const child of node.children) {
      if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
        const el = child as Element;
        all.push(el);
        const list = tags.get(el.name);
        if (list) list.push(el);
        else tags.set(el.name, [el]);
      }
      walk(child);
    }
  };
  walk(root);
  const none: Element[] = [];
  return {
    all,
    byTag: (name) => tags.get(name) ?? none,
    isAttached(el) {
      let node: AnyNode | null = el;
      while (node && node !== root) node = node.parent;
      return node === root;
    },
  };
}

/** The nearest element, `node` itself or above it, whose tag is one of `names` (cheerio's `closest`). */
export function closestTag(node: AnyNode | null, names: ReadonlySet<string>): Element | null {
  for (let n = node; n; n = n.parent) if (n.type === 'tag' && names.has((n as Element).name)) return n as Element;
  return null;
}

/** The first element below `node` (document order) that matches, or null. */
export function firstDescendant(node: Element, match: (el: Element) => boolean): Element | null {
  for (const c of node.children) {
    if (c.type !== 'tag' && c.type !== 'script' && c.type !== 'style') continue;
    const el = c as Element;
    if (match(el)) return el;
    const below = firstDescendant(el, match);
    if (below) return below;
  }
  return null;
}

/**
 * The text of a node and everything below it: what cheerio's `$(node).text()` gives (domutils' textContent:
 * text nodes' data, comments and directives left out), without wrapping the node in a cheerio object.
 */
export function textOf(node: AnyNode): string {
  if (node.type === 'text') return node.data;
  if (node.type === 'comment' || !('children' in node)) return '';
  let out = '';
  for (const child of node.children) out += textOf(child);
  return out;
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/**
 * The source of an inline script as cheerio's `$(script).html()` serialises it, without the serialiser: an HTML `<script>`
 * holds raw text only (text nodes, written out unescaped). A script in foreign content (an `<svg>`'s, whose text is
 * escaped and which may hold elements) is still serialised by cheerio.
 */
export function scriptSource($: CheerioAPI, script: Element): string {
  if (script.namespace === HTML_NAMESPACE && script.children.every((c) => c.type === 'text')) return textOf(script);
  return $(script).html() ?? '';
}

/** A Thai consonant, ก…ฮ (U+0E01–U+0E2E). */
function isThaiConsonant(c: number): boolean {
  return c >= 0x0e01 && c <= 0x0e2e;
}

/**
 * Whether the text of a node (as textOf reads it) holds more than `limit` Thai consonants, stopping at the one
 * past the limit. normalizeThai keeps every Thai consonant (NFC leaves them alone; its spelling folds trade one
 * consonant for one), so a text with more than `limit` of them normalises to more than `limit` characters: a
 * length bound decided without building and normalising a long text (a page's paragraphs, its wrappers).
 */
export function moreThaiConsonantsThan(node: AnyNode, limit: number): boolean {
  let left = limit;
  const walk = (n: AnyNode): boolean => {
    if (n.type === 'text') {
      const data = n.data;
      for (let i = 0; i < data.length; i += 1) if (isThaiConsonant(data.charCodeAt(i)) && --left < 0) return true;
      return false;
    }
    if (n.type === 'comment' || !('children' in n)) return false;
    for (const c of n.children) if (walk(c)) return true;
    return false;
  };
  return walk(node);
}

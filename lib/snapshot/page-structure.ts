import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { normalizeThai } from '../thai/index.ts';
import { isEmptyHref } from './link-kind.ts';

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'caption', 'legend']);
const HEADING_CLASS = /(^|[\s_-])(panel-heading|panel-title|card-header|card-title|accordion-header|accordion-button|accordion-toggle|box-title|widget-title|section-title|topic|tab-title)($|[\s_-])/i;
const MAX_CONTEXT = 400;
const MAX_HEADING = 200;

function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && node.type === 'tag';
}

function isHeadingElement(node: AnyNode): node is Element {
  if (!isElement(node)) return false;
  if (HEADING_TAGS.has(node.name)) return true;
  const cls = node.attribs['class'] ?? '';
  return cls !== '' && HEADING_CLASS.test(cls);
}

function textOf($: CheerioAPI, node: AnyNode, max: number): string {
  return normalizeThai($(node).text()).slice(0, max);
}

/**
 * Finds, for any element, the nearest heading above it: a preceding sibling heading at the same
 * level or higher up the tree (accordion panels, sections). Memoised per node, so a page with
 * 10,000 links costs one pass over its nodes.
 */
export function createHeadingFinder($: CheerioAPI): (el: AnyNode) => string {
  const memo = new Map<AnyNode, string>();
  const headingBefore = (start: AnyNode): string => {
    const walked: AnyNode[] = [];
    let node: AnyNode | null = start;
    let found = '';
    while (node) {
      const cached = memo.get(node);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      walked.push(node);
      const prev: AnyNode | null = node.prev;
      if (prev) {
        if (isHeadingElement(prev)) {
          found = textOf($, prev, MAX_HEADING);
          break;
        }
        // A heading nested at the end of a previous block (e.g. <div><h3>…</h3></div><ul>…)
        if (isElement(prev)) {
          const inner = $(prev).find('h1,h2,h3,h4,h5,h6').last();
          const innerNode = inner.get(0);
          if (innerNode && $(prev).children().length <= 3) {
            found = textOf($, innerNode, MAX_HEADING);
            break;
          }
        }
        node = prev;
      } else {
        const parent: AnyNode | null = node.parent;
        if (parent && isHeadingElement(parent)) {
          found = textOf($, parent, MAX_HEADING);
          break;
        }
        node = parent && parent.type !== 'root' ? parent : null;
      }
    }
    for (const n of walked) memo.set(n, found);
    return found;
  };
  return (el) => headingBefore(el);
}

const NESTED_LINKS_SELECTOR = 'a[href]';

/**
 * Text of a node without the lists and tables nested in it, nor any nested block that holds links of
 * its own (a menu item's own words, not its submenu, however the submenu is marked up).
 */
export function ownText($: CheerioAPI, node: AnyNode): string {
  const parts: string[] = [];
  const walk = (n: AnyNode) => {
    if (n.type === 'text') parts.push(n.data);
    else if (isElement(n) && n !== node) {
      if (n.name === 'ul' || n.name === 'ol' || n.name === 'table' || n.name === 'script' || n.name === 'style') return;
      if ((n.name === 'div' || n.name === 'nav' || n.name === 'section') && $(n).find(NESTED_LINKS_SELECTOR).length > 0) return;
    }
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(node);
  return normalizeThai(parts.join(' ')).slice(0, MAX_CONTEXT);
}

/**
 * The text of the table row or list item holding an element (without nested submenus), else of its
 * paragraph. Memoised per row, so a long list costs one pass.
 */
export function createContextFinder($: CheerioAPI): (el: Element) => string {
  const memo = new Map<AnyNode, string>();
  return (el) => {
    const node = $(el).closest('tr, li, dd, dt, p').get(0);
    if (!node) return '';
    let text = memo.get(node);
    if (text === undefined) {
      text = ownText($, node);
      memo.set(node, text);
    }
    return text;
  };
}

const TEXT_BLOCKS = new Set(['p', 'strong', 'b', 'span', 'div', 'font', 'em', 'u', 'label']);
const CONTAINER_STOPS = new Set(['body', 'html', 'table', 'tbody', 'tr', 'ul', 'ol', 'nav', 'header', 'footer', 'section', 'article', 'main']);
const MAX_PRECEDING = 200;

/**
 * The nearest text block before an element in the same container (a bold/strong/p/span line written as a
 * sub-heading, not an <h*>), for links whose own label is generic. Stops at anything that holds a link of its
 * own (the text before it belongs to another item) and at the container's edge.
 */
export function createPrecedingTextFinder($: CheerioAPI): (el: Element) => string {
  return (el) => {
    let node: AnyNode = el;
    for (let level = 0; level < 4; level++) {
      for (let prev: AnyNode | null = node.prev; prev; prev = prev.prev) {
        if (prev.type === 'text') {
          const t = normalizeThai(prev.data);
          if (t.length >= 3) return t.slice(0, MAX_PRECEDING);
          continue;
        }
        if (!isElement(prev)) continue;
        if (prev.name === 'br' || prev.name === 'img' || prev.name === 'i') continue;
        if (prev.name === 'a' || $(prev).find('a[href], iframe, embed, object').length > 0) return '';
        if (!TEXT_BLOCKS.has(prev.name)) return '';
        const t = normalizeThai($(prev).text());
        if (t.length >= 3 && t.length <= MAX_PRECEDING) return t;
        if (t.length > MAX_PRECEDING) return '';
      }
      const parent: AnyNode | null = node.parent;
      if (!parent || !isElement(parent) || CONTAINER_STOPS.has(parent.name)) return '';
      node = parent;
    }
    return '';
  };
}

export function pageTitle($: CheerioAPI): string {
  return normalizeThai($('title').first().text()).slice(0, 300);
}

export function pageHeadings($: CheerioAPI): string[] {
  const out: string[] = [];
  $('h1, h2, h3, h4').each((_, el) => {
    const t = normalizeThai($(el).text()).slice(0, MAX_HEADING);
    if (t && out.length < 200) out.push(t);
  });
  return out;
}

export function breadcrumb($: CheerioAPI): string {
  const el = $('.breadcrumb, .breadcrumbs, [aria-label="breadcrumb"], nav.crumbs, #breadcrumb').first();
  return el.length ? normalizeThai(el.text()).slice(0, 300) : '';
}

const MAX_UNLINKED_ROWS = 300;

/** Rows of tables that carry text but no usable link (see PageSnapshot.unlinkedRows). */
export function unlinkedRows($: CheerioAPI): string[] {
  const out: string[] = [];
  $('tr').each((_, el) => {
    if (out.length >= MAX_UNLINKED_ROWS) return false;
    const row = $(el);
    if (row.find('th').length > 0 && row.find('td').length === 0) return undefined;
    const usable = row.find('a[href]').filter((_, a) => !isEmptyHref(a.attribs['href'] ?? ''));
    if (usable.length > 0) return undefined;
    const text = normalizeThai(row.text());
    if (text.length >= 3 && text.length <= MAX_CONTEXT) out.push(text);
    return undefined;
  });
  return out;
}

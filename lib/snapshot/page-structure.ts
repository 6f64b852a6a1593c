import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { findDates } from '../thai/index.ts';
import { normalizedText } from './normalized-text.ts';
import { type ElementIndex, moreThaiConsonantsThan, textOf as nodeText } from './element-index.ts';
import { isEmptyHref } from './link-kind.ts';

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'caption', 'legend']);
const HEADING_CLASS = /(^|[\s_-])(panel-heading|panel-title|card-header|card-title|accordion-header|accordion-button|accordion-toggle|box-title|widget-title|section-title|topic|tab-title)($|[\s_-])/i;
const MAX_CONTEXT = 400;
const MAX_HEADING = 200;

function isElement(node: AnyNode | null | undefined): node is Element {
  return !!node && node.type === 'tag';
}

/** The node as an element, or null (not a type guard, so it also works where a guard narrowed). */
function asElement(node: AnyNode): Element | null {
  return node.type === 'tag' ? (node as Element) : null;
}

function isHeadingElement(node: AnyNode): node is Element {
  if (!isElement(node)) return false;
  if (HEADING_TAGS.has(node.name)) return true;
  const cls = node.attribs['class'] ?? '';
  return cls !== '' && HEADING_CLASS.test(cls);
}

const HEADING_LEVELS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** How far above an entry's title heading its list item may stand (`<li><div><div><h5><a>` in a theme's post list). */
const ENTRY_TITLE_DEPTH = 6;

/**
 * Rule entry-title-heading: a heading that is nothing but one link, standing in an item of a list of such items
 * (`<li>…<h5><a href="/archives/1">แจ้งกำหนดการ…</a></h5>…<span>25 พฤศจิกายน 2021</span></li>`, a theme's latest-posts
 * list), is an entry's title, not a heading over what follows: the entry's links are titled by the heading or tab above
 * the list, as the entries of a list without heading tags are. A heading link over a section ('<h3><a
 * href="/news">ข่าวประชาสัมพันธ์</a></h3>' above a list) stands in no repeated item and stays a heading.
 */
export function isEntryTitle(el: Element): boolean {
  if (!HEADING_LEVELS.has(el.name)) return false;
  const kids = el.children.filter((c) => c.type !== 'comment' && !(c.type === 'text' && c.data.trim() === ''));
  const only = kids.length === 1 ? asElement(kids[0]!) : null;
  if (!only || only.name !== 'a' || only.attribs['href'] === undefined) return false;
  let item: AnyNode | null = el.parent;
  for (let depth = 0; item && isElement(item) && depth < ENTRY_TITLE_DEPTH; depth += 1, item = item.parent) {
    if (item.name !== 'li' && item.name !== 'article') continue;
    const name = item.name;
    const parent = item.parent;
    return parent !== null && 'children' in parent && parent.children.filter((c) => isElement(c) && c.name === name).length >= 2;
  }
  return false;
}

const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);

/**
 * Rule dialog-heading-own: a dialog (`<dialog>`, role="dialog", a Bootstrap `.modal`) is a layer of its own, shown over
 * the page on demand; its title ("เบอร์โทรติดต่อโรงพยาบาล") heads what is inside it, never the page content written
 * after it in the source.
 */
export function isDialog(node: AnyNode): boolean {
  if (!isElement(node)) return false;
  if (node.name === 'dialog' || DIALOG_ROLES.has((node.attribs['role'] ?? '').toLowerCase())) return true;
  const cls = node.attribs['class'];
  return cls !== undefined && cls.split(/\s+/).includes('modal');
}

/** Thai or Latin letters a toggle's text needs to be a panel title, not an icon or an arrow. */
const TOGGLE_TITLE_LETTERS = 8;

/** Thai and Latin letters in a title or a tab's label (marks, digits and punctuation not counted). */
function titleLetters(text: string): number {
  return text.match(/[\u0E00-\u0E7Fa-z]/gi)?.length ?? 0;
}

/** Links a block needs for a caption above it to title it (list-caption-heading). */
const LIST_CAPTION_LINKS = 3;
const CAPTION_INLINE = new Set(['b', 'strong', 'span', 'font', 'i', 'em', 'u']);

/**
 * Rule list-caption-heading: a block of a few words alone (`<div class="news">ข่าวประชาสัมพันธ์</div>`, no heading tag or
 * class: an old portal's box title) standing right before a block of three or more links — only blank elements between —
 * titles that list. Not a line with a digit (a date, a counter, a phone), not a sentence, not one holding a link.
 */
function isListCaption(el: AnyNode): boolean {
  if (!isElement(el) || (el.name !== 'div' && el.name !== 'p')) return false;
  if (someDescendant(el, (n) => !CAPTION_INLINE.has(n.name))) return false;
  const text = normalizedText(nodeText(el));
  return text.length >= 4 && text.length <= 40 && !/[0-9\u0E50-\u0E59]/.test(text) && titleLetters(text) >= 6 && !/[.!?]$/.test(text);
}

/** Whether `el` holds at least `n` links, counted until there are enough. */
function linksAtLeast(el: Element, n: number): boolean {
  let count = 0;
  someDescendant(el, (c) => hasHref(c) && ++count >= n);
  return count >= n;
}

/** A text node of blanks, a comment, or an element with no text and no link, picture or frame (a clearing div). */
function isBlank(node: AnyNode): boolean {
  if (node.type === 'text') return /^\s*$/.test(node.data);
  if (!isElement(node)) return true;
  if (node.name === 'a' || node.name === 'img' || node.name === 'iframe') return false;
  return node.children.every(isBlank);
}

/**
 * Rule panel-toggle-heading: an accordion whose title is a bare `<button>` (no heading tag or class: a Tailwind
 * accordion, `<button>MOIT11 …</button><div class="overflow-hidden">…links…</div>`) titles the panel that follows it.
 * Only a button with a title's worth of letters, holding no link, standing right before the element walked up from.
 */
export function isPanelToggle(prev: AnyNode, next: AnyNode): boolean {
  if (!isElement(prev) || prev.name !== 'button' || !isElement(next)) return false;
  if (someDescendant(prev, (n) => n.name === 'a')) return false;
  const text = normalizedText(nodeText(prev));
  return text.length <= MAX_HEADING && titleLetters(text) >= TOGGLE_TITLE_LETTERS;
}

/** Buttons a bar needs to be a tab or category filter bar, not one control. */
const TAB_BAR_BUTTONS = 3;
/** A tab that shows every category names no list of its own. */
const ALL_TAB = /^(?:ทั้งหมด|all)$/i;

/**
 * Rule tab-over-empty-panel: a `<button>` in a bar of three or more buttons (tabs, category filters: `<h3>หมวดหมู่</h3>
 * <button>ทั้งหมด</button><button>การเปิดโอกาสให้เกิดการมีส่วนร่วม</button>…`) whose panel — the bar's own content beside
 * its buttons, else the element right after the bar — shows text but links nothing ("ไม่มีข้อมูลหมวดหมู่", rows with no document) names a
 * list the page does not publish: an entry listed without its document. A panel with no text at all (filled by script)
 * or with any usable link is not judged: its tabs stay controls.
 */
export function isTabOverEmptyPanel(button: Element): boolean {
  const bar = button.parent;
  if (button.name !== 'button' || !isElement(bar) || someDescendant(button, (n) => n.name === 'a')) return false;
  const label = normalizedText(nodeText(button));
  if (ALL_TAB.test(label) || titleLetters(label) < TOGGLE_TITLE_LETTERS / 2) return false;
  const kids = bar.children.filter(isElement);
  if (kids.filter((k) => k.name === 'button').length < TAB_BAR_BUTTONS) return false;
  let next: AnyNode | null = bar.nextSibling;
  while (next && !isElement(next)) next = next.nextSibling;
  // The panel: the bar's own content beside its buttons, or else the element right after the bar.
  const own = kids.filter((k) => k.name !== 'button' && !/^h[1-6]$/.test(k.name));
  const panel = own.length > 0 ? own : isElement(next) ? [next] : [];
  const links = (el: Element): boolean =>
    ['iframe', 'embed', 'object', 'form'].includes(el.name) || (el.name === 'a' && !isEmptyHref(el.attribs['href'] ?? '')) || el.attribs['onclick'] !== undefined;
  if (panel.some((p) => links(p) || someDescendant(p, links))) return false;
  const text = normalizedText(panel.map((p) => nodeText(p)).join(' '));
  return titleLetters(text) >= TOGGLE_TITLE_LETTERS;
}

/**
 * The last element below `node` (document order) that matches. The walks here stand in for
 * cheerio selectors, which compile their selector text again on every call (per link, per row).
 */
function lastDescendant(node: Element, match: (el: Element) => boolean): Element | null {
  let found: Element | null = null;
  const walk = (n: Element): void => {
    for (const c of n.children) {
      if (!isElement(c)) continue;
      if (match(c)) found = c;
      walk(c);
    }
  };
  walk(node);
  return found;
}

/** Whether any element below `node` matches. */
function someDescendant(node: Element, match: (el: Element) => boolean): boolean {
  for (const c of node.children) {
    if (isElement(c) && (match(c) || someDescendant(c, match))) return true;
  }
  return false;
}

const hasHref = (el: Element): boolean => el.name === 'a' && el.attribs['href'] !== undefined;

function textOf($: CheerioAPI, node: AnyNode, max: number): string {
  return headingText(node).slice(0, max);
}

/**
 * Rule image-heading: the words of a heading, or, when it has none, the words its image carries
 * (`<h2><a href="/news"><img alt="ข่าวประชาสัมพันธ์"></a></h2>`: a heading painted as an image on old templates).
 */
export function headingText(node: AnyNode): string {
  const text = normalizedText(nodeText(node));
  if (text !== '' || !isElement(node)) return text;
  let alt = '';
  someDescendant(node, (n) => n.name === 'img' && (alt = (n.attribs['alt'] ?? '').trim()) !== '');
  return normalizedText(alt);
}

/** The class of a tab's pane in themes that script their own tabs ('tab-content' of Qode, 'tab-pane', 'tabcontent'). */
const TAB_PANE_CLASS = /(?:^|\s)(?:tab[-_]?(?:content|pane|panel)|tabcontent|tabpanel)(?:\s|$)/i;

/** Values of data-toggle / data-bs-toggle that make an element a tab of a tab strip. */
const TAB_TOGGLES = new Set(['tab', 'tabs', 'pill', 'pills']);

/**
 * Rule tab-pane-label: a tab pane (Bootstrap `.tab-pane`, `role="tabpanel"`, any element a tab points at) is titled by
 * its tab's label — the tab (`data-toggle="tab"`, `role="tab"`, or any in-page link to an element of class
 * 'tab-content' / 'tab-pane') names it by `href="#id"`, `data-target` /
 * `data-bs-target` or `aria-controls`, or the pane names its tab by `aria-labelledby`. An ITA page in year tabs
 * ("ปีงบประมาณ 2568") or item tabs ("ระเบียบ/ประกาศ…") shows the label above the pane's links, far from them in the
 * markup. A pane two different tabs point at (a template's copied `#tab1`) has no label.
 */
export function tabPaneLabels(index: ElementIndex): ReadonlyMap<Element, string> {
  const known = paneLabelMemo.get(index);
  if (known) return known;
  const out = readTabPaneLabels(index);
  paneLabelMemo.set(index, out);
  return out;
}

/** One reading per page: links, unlinked rows and sections ask for the same labels. */
const paneLabelMemo = new WeakMap<ElementIndex, ReadonlyMap<Element, string>>();

function readTabPaneLabels(index: ElementIndex): Map<Element, string> {
  const byId = new Map<string, Element>();
  const toggles: Element[] = [];
  const labelled: Element[] = [];
  const anchors: Element[] = [];
  for (const el of index.all) {
    const a = el.attribs;
    const id = a['id'];
    if (id && !byId.has(id)) byId.set(id, el);
    if (a['role'] === 'tab' || TAB_TOGGLES.has(a['data-toggle'] ?? '') || TAB_TOGGLES.has(a['data-bs-toggle'] ?? '')) toggles.push(el);
    else if (el.name === 'a' && (a['href'] ?? '').length > 1 && a['href']?.startsWith('#')) anchors.push(el);
    if (a['aria-labelledby'] && (a['role'] === 'tabpanel' || (a['class'] ?? '').includes('tab-pane'))) labelled.push(el);
  }
  const out = new Map<Element, string>();
  const conflicted = new Set<Element>();
  const add = (pane: Element | undefined, tab: Element | undefined) => {
    if (!pane || !tab || pane === tab || conflicted.has(pane)) return;
    const label = normalizedText(nodeText(tab));
    if (label === '' || label.length > MAX_HEADING || titleLetters(label) < 2) return;
    const had = out.get(pane);
    if (had !== undefined && had !== label) {
      out.delete(pane);
      conflicted.add(pane);
      return;
    }
    out.set(pane, label);
  };
  const targetId = (el: Element): string => {
    const a = el.attribs;
    const ref = a['data-bs-target'] ?? a['data-target'] ?? (a['href']?.startsWith('#') ? a['href'] : undefined);
    if (ref?.startsWith('#') && ref.length > 1) return ref.slice(1);
    return a['aria-controls'] ?? '';
  };
  for (const tab of toggles) {
    const id = targetId(tab);
    if (id) add(byId.get(id), tab);
  }
  // A theme's own tabs (no data-toggle, no role): an in-page link to an element whose class says it is a tab's pane.
  for (const anchor of anchors) {
    const pane = byId.get(anchor.attribs['href']!.slice(1));
    if (pane && TAB_PANE_CLASS.test(pane.attribs['class'] ?? '')) add(pane, anchor);
  }
  for (const pane of labelled) add(pane, byId.get(pane.attribs['aria-labelledby'] ?? ''));
  return out;
}

/**
 * Finds, for any element, the nearest heading above it: a preceding sibling heading at the same
 * level or higher up the tree (accordion panels, sections). Memoised per node, so a page with
 * 10,000 links costs one pass over its nodes.
 */
export function createHeadingFinder($: CheerioAPI, paneLabels: ReadonlyMap<Element, string> = new Map()): (el: AnyNode) => string {
  const memo = new Map<AnyNode, string>();
  const headingBefore = (start: AnyNode): string => {
    const walked: AnyNode[] = [];
    let node: AnyNode | null = start;
    let found = '';
    // The block walked up into, while only blank elements stand between it and the sibling looked at (list-caption-heading).
    let list: Element | null = asElement(start);
    while (node) {
      const cached = memo.get(node);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      walked.push(node);
      const prev: AnyNode | null = node.prev;
      if (prev) {
        if ((isHeadingElement(prev) && !isEntryTitle(prev)) || isPanelToggle(prev, node)) {
          found = textOf($, prev, MAX_HEADING);
          break;
        }
        if (list && isListCaption(prev) && linksAtLeast(list, LIST_CAPTION_LINKS)) {
          found = normalizedText(nodeText(prev));
          break;
        }
        if (list && !isBlank(prev)) list = null;
        // A heading nested at the end of a previous block (e.g. <div><h3>…</h3></div><ul>…); not the title of a
        // previous list entry (a card whose heading stands inside its own link): it names that entry only.
        const block = asElement(prev);
        const elements = block ? block.children.filter(isElement) : [];
        if (block && elements.length <= 3 && !isDialog(block) && !someDescendant(block, (n) => n.name === 'a' && n.attribs['href'] !== undefined && someDescendant(n, (h) => HEADING_LEVELS.has(h.name)))) {
          const innerNode = lastDescendant(block, (n) => HEADING_LEVELS.has(n.name) && !isEntryTitle(n));
          if (innerNode) {
            found = textOf($, innerNode, MAX_HEADING);
            break;
          }
        }
        // A card's text block just before its button: its title heading first, then the paragraphs of its description
        // (however many), no link of its own. The button is that title's, not the previous card's.
        const first = elements[0];
        if (block && elements.length > 3 && first && HEADING_LEVELS.has(first.name) && !someDescendant(block, (n) => n.name === 'a')) {
          found = textOf($, first, MAX_HEADING);
          break;
        }
        node = prev;
      } else {
        const parent: AnyNode | null = node.parent;
        if (parent && isHeadingElement(parent) && !isEntryTitle(parent)) {
          found = textOf($, parent, MAX_HEADING);
          break;
        }
        // Climbing out of a tab pane with no heading of its own above the element: the pane's tab titles it.
        const paneLabel = parent && isElement(parent) ? paneLabels.get(parent) : undefined;
        if (paneLabel !== undefined) {
          found = paneLabel;
          break;
        }
        node = parent && parent.type !== 'root' ? parent : null;
        list = node ? asElement(node) : null;
      }
    }
    for (const n of walked) memo.set(n, found);
    return found;
  };
  return (el) => headingBefore(el);
}

/**
 * Rule sole-wrapper: an element that is all of its parent's content (nothing beside it but blank text and
 * comments) is a plain wrapper, not a block of its own: page builders wrap a row's whole content in
 * `<div class="item-wrap"><div class="item-inner">…</div></div>`, and the row reads as it does unwrapped. A block
 * holding paragraphs (rows of their own) is a section of the page, not the wrapper of one row.
 */
export function isSoleWrapper(el: Element): boolean {
  const parent = el.parent;
  if (!parent || !('children' in parent)) return false;
  if (!parent.children.every((c) => c === el || c.type === 'comment' || (c.type === 'text' && c.data.trim() === ''))) return false;
  // Paragraphs are rows of their own: a block of them is a page section in a one-item list (a CMS's whole article in
  // <li class="media">), not the wrapper of one row.
  return !someDescendant(el, (n) => n.name === 'p');
}

/**
 * Rule image-button-text: a link with no text of its own whose image carries the words (`<a><img alt="แผนอัตรากำลัง 3 ปี"></a>`,
 * an image button of an old template or an ITA page) reads as those words in a row that has no words of its own, as the
 * same link written in text does. Null for any other element.
 */
export function imageButtonText(el: Element): string | null {
  if (el.name !== 'a' || nodeText(el).trim() !== '') return null;
  const words = headingText(el);
  return words === '' ? null : words;
}

/**
 * Text of a node without the lists and tables nested in it, nor any nested block that holds links of
 * its own (a menu item's own words, not its submenu, however the submenu is marked up). A block that only
 * wraps the whole row is not a submenu (sole-wrapper).
 */
export function ownText(node: AnyNode, listRow = false): string {
  const parts: string[] = [];
  const buttons: string[] = [];
  let rowTargets: Map<string, number> | null = null;
  const walk = (n: AnyNode) => {
    if (n.type === 'text') parts.push(n.data);
    else if (n.type === 'script' || n.type === 'style') return; // not of type "tag" in domhandler
    else if (isElement(n) && n !== node) {
      if (n.name === 'ul' || n.name === 'ol' || n.name === 'table' || n.name === 'script' || n.name === 'style') return;
      // A list row's blocks are its own lines (its title line, its line of year links); a row nested in it is not.
      if (listRow) {
        if (isListRow(n)) return;
      } else if ((n.name === 'div' || n.name === 'nav' || n.name === 'section') && someDescendant(n, hasHref) && !isSoleWrapper(n)) {
        rowTargets ??= linkTargets(node);
        if (!linksGoWhereRowGoes(n, rowTargets)) return;
      }
      const button = imageButtonText(n);
      if (button !== null) {
        buttons.push(button);
        return;
      }
    }
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(node);
  const text = normalizedText(parts.join(' '));
  // A row of image buttons only reads as their words (image-button-text); a row with words of its own keeps them alone
  // (a news card's photo caption repeats its title link).
  return (text === '' ? normalizedText(buttons.join(' ')) : text).slice(0, MAX_CONTEXT);
}

/** How many links of a node go to each target (its href without the #fragment; a bare fragment or no href: ''). */
function linkTargets(node: AnyNode): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (n: AnyNode): void => {
    if (isElement(n) && hasHref(n)) {
      const key = (n.attribs['href'] ?? '').split('#')[0]!.trim();
      out.set(key, (out.get(key) ?? 0) + 1);
    }
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(node);
  return out;
}

/**
 * Rule entry-meta-line: a block inside a row whose every link goes where another link of the row goes (a post's
 * date line with its '#comment-area' link, under a title linked to the same post) is a line of that entry, not a
 * submenu: its words ('25 พฤศจิกายน 2021') are the row's. A link to nowhere ('#', '') never counts as the same.
 */
function linksGoWhereRowGoes(block: Element, rowTargets: ReadonlyMap<string, number>): boolean {
  const own = linkTargets(block);
  for (const [key, count] of own) if (key === '' || (rowTargets.get(key) ?? 0) <= count) return false;
  return true;
}

/**
 * The text of the table row or list item holding an element (without nested submenus), else of its
 * paragraph. Memoised per row, so a long list costs one pass.
 */
const ROW_TAGS = new Set(['tr', 'li', 'dd', 'dt', 'p']);

/**
 * Rule list-group-row: a `<div>` marked as one row of a list — Bootstrap's `list-group-item`, `role="listitem"` — is a
 * row as an `<li>` is: "<div class=list-group-item><div><b>2.9</b> แผนปฏิบัติการประจำปี…</div><div><a>ปี 2569</a></div></div>"
 * names its year links by its title line. Its text is every line of it (ownText with listRow), not only the lines
 * without links, since its blocks are the row's own lines, not a submenu.
 */
export function isListRow(el: Element): boolean {
  if (el.name !== 'div') return false;
  const cls = el.attribs['class'];
  return (cls !== undefined && cls.includes('list-group-item') && LIST_ROW_CLASS.test(cls)) || el.attribs['role'] === 'listitem';
}
const LIST_ROW_CLASS = /(?:^|\s)list-group-item(?:\s|$)/;

/**
 * The line of a `<br>`-separated list that holds an element: the text of its siblings (and its own) between the
 * `<br>` before it and the next one — "คลังข่าวมหาดไทย (Link) 30/01/2016" for a link followed by a date in a
 * `<div style="display:inline">`. Climbs from the element up to (not beyond) its row or block; '' when no
 * ancestor on the way stands among `<br>` lines.
 */
export function brLineText(el: Element, stopAt: AnyNode | null): string {
  const found = brLineOf(el, stopAt);
  if (!found) return '';
  const { node, line } = found;
  if (line.some((n) => n !== node && isElement(n) && someDescendant(n, hasHref))) return '';
  return lineWords(line);
}

/** The words of a `<br>` line's nodes (each element's own text). */
function lineWords(line: readonly AnyNode[]): string {
  return normalizedText(line.map((n) => (n.type === 'text' ? n.data : isElement(n) ? ownText(n) : '')).join(' ')).slice(0, MAX_CONTEXT);
}

/** The `<br>` line holding an element (see brLineText): its nodes and the one of them the element is in; null when none. */
function brLineOf(el: Element, stopAt: AnyNode | null): { node: AnyNode; line: AnyNode[] } | null {
  let node: AnyNode | null = el;
  while (node && node !== stopAt && node.parent && node.parent.type !== 'root') {
    const siblings: AnyNode[] = (node.parent as Element).children;
    if (siblings.some((c) => isElement(c) && c.name === 'br')) {
      const at = siblings.indexOf(node);
      let from = at;
      while (from > 0 && !(isElement(siblings[from - 1]!) && (siblings[from - 1] as Element).name === 'br')) from--;
      let to = at;
      while (to < siblings.length - 1 && !(isElement(siblings[to + 1]!) && (siblings[to + 1] as Element).name === 'br')) to++;
      return { node, line: siblings.slice(from, to + 1) };
    }
    if (isElement(node.parent) && ROW_TAGS.has((node.parent as Element).name)) return null;
    node = node.parent;
  }
  return null;
}

/** Letters (Thai or Latin) a date stamp line may hold beside its dates: "น.", "วันที่", "โพสต์เมื่อ" … */
const MAX_STAMP_LETTERS = 12;
const MAX_STAMP_LINE = 80;

/**
 * A line that is an entry's date stamp: at most MAX_STAMP_LINE characters, a day's date, and at most MAX_STAMP_LETTERS
 * letters beside its dates once `besides` (stamp words, when given) are taken out; the line, or ''.
 */
function dateStampLine(text: string, besides: RegExp | null): string {
  if (text === '' || text.length > MAX_STAMP_LINE) return '';
  const dates = findDates(text).filter((d) => d.precision === 'day');
  if (dates.length === 0) return '';
  let rest = text;
  for (const d of [...dates].sort((a, b) => b.start - a.start)) rest = rest.slice(0, d.start) + rest.slice(d.end);
  if (besides) rest = rest.replace(besides, ' ');
  return (rest.match(/[\p{L}]/gu) ?? []).length <= MAX_STAMP_LETTERS ? text : '';
}

/** Words of a post's stamp beside its date: who posted it and when ("โพสต์โดย Admin เมื่อวันที่", "Posted by admin on"). */
const STAMP_WORDS = /(?:โพสต์|โพสท์|ประกาศ|เผยแพร่|posted)\s*(?:โดย|by)\s*\S+|โพสต์เมื่อ|เมื่อวันที่|วันที่|เมื่อ|\bposted\b|\bon\b/giu;
const STAMP_TAGS = new Set(['span', 'small', 'time', 'em', 'i', 'div', 'p', 'font']);

/**
 * Rule sibling-date-stamp: the element right after an entry's title link, when it is the entry's date stamp —
 * "<a href="#.">เยี่ยมครอบครัว …</a> <span>โพสต์โดย <strong>Admin</strong> เมื่อวันที่ <strong>8 ธันวาคม 60</strong></span>".
 * Only a short element that holds no link and prints a day's date with hardly any other words (who posted it and when
 * are stamp words). '' otherwise.
 */
export function siblingDateStamp(el: Element): string {
  let next: AnyNode | null = el.next;
  while (next && next.type === 'text' && next.data.trim() === '') next = next.next;
  const stamp = next ? asElement(next) : null;
  if (!stamp || !STAMP_TAGS.has(stamp.name) || someDescendant(stamp, hasHref)) return '';
  // More Thai consonants than a stamp line holds characters: too long, without reading a long block's text.
  if (moreThaiConsonantsThan(stamp, MAX_STAMP_LINE)) return '';
  return dateStampLine(normalizedText(nodeText(stamp)), STAMP_WORDS);
}

/**
 * Rule entry-date-line: the line after an entry's link in a `<br>`-separated card, when it is the entry's date stamp —
 * "<a><h4>title</h4><span>summary</span></a><br><span>📅 03 มี.ค. 2564</span> <span>👁 4959</span>". Only when the block
 * holds no link to another address, the line itself holds no link, and it prints a date with hardly any words beside
 * it (counters and icons are digits and glyphs). '' otherwise.
 */
export function entryDateLine(el: Element): string {
  const href = el.attribs['href'];
  let node: AnyNode | null = el;
  while (node && node.parent && node.parent.type !== 'root') {
    const parent = node.parent as Element;
    if (ROW_TAGS.has(parent.name) || CONTAINER_STOPS.has(parent.name)) return '';
    const siblings: AnyNode[] = parent.children;
    if (siblings.some((c) => isElement(c) && c.name === 'br')) {
      const toOther = (e: Element): boolean => hasHref(e) && e.attribs['href'] !== href;
      if (siblings.some((n) => isElement(n) && (toOther(n) || someDescendant(n, toOther)))) return '';
      let at = siblings.indexOf(node);
      while (at < siblings.length && !(isElement(siblings[at]!) && (siblings[at] as Element).name === 'br')) at++;
      const line: AnyNode[] = [];
      for (let i = at + 1; i < siblings.length; i++) {
        const n = siblings[i]!;
        if (isElement(n) && n.name === 'br') break;
        line.push(n);
      }
      if (line.some((n) => isElement(n) && (hasHref(n) || someDescendant(n, hasHref)))) return '';
      return dateStampLine(normalizedText(line.map((n) => (n.type === 'text' ? n.data : isElement(n) ? nodeText(n) : '')).join(' ')), null);
    }
    node = parent;
  }
  return '';
}

export function createContextFinder(): (el: Element) => string {
  const memo = new Map<AnyNode, string>();
  return (el) => {
    let node: AnyNode | null = el;
    while (node && !(isElement(node) && (ROW_TAGS.has(node.name) || isListRow(node)))) node = node.parent;
    if (!node) return '';
    let text = memo.get(node);
    if (text === undefined) {
      text = ownText(node, isListRow(node as Element));
      memo.set(node, text);
    }
    return text;
  };
}

const TEXT_BLOCKS = new Set(['p', 'strong', 'b', 'span', 'div', 'font', 'em', 'u', 'label']);
const CONTAINER_STOPS = new Set(['body', 'html', 'table', 'tbody', 'tr', 'ul', 'ol', 'nav', 'header', 'footer', 'section', 'article', 'main']);
const MAX_PRECEDING = 200;
const EMBEDS = new Set(['iframe', 'embed', 'object']);
/** `a[href], iframe, embed, object` */
const holdsLink = (el: Element): boolean => hasHref(el) || EMBEDS.has(el.name);

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
          const t = normalizedText(prev.data);
          if (t.length >= 3) return t.slice(0, MAX_PRECEDING);
          continue;
        }
        const block = asElement(prev);
        if (!block) continue;
        if (block.name === 'br' || block.name === 'img' || block.name === 'i') continue;
        if (block.name === 'a' || someDescendant(block, holdsLink)) return '';
        if (!TEXT_BLOCKS.has(block.name)) return '';
        // Longer than a sub-heading for certain: not read (see moreThaiConsonantsThan).
        if (moreThaiConsonantsThan(block, MAX_PRECEDING)) return '';
        const t = normalizedText(nodeText(block));
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

const INLINE_TEXT = new Set(['span', 'font', 'em', 'u', 'b', 'strong', 'i', 'small', 'label']);
const LINE_BLOCKS = new Set(['div', 'center', 'blockquote']);
/** A line's words without the bullets, dashes and spaces that only lead to a link ("&nbsp; &nbsp; -"). */
const LINE_FILLER = /[\s\u00a0\-–—•·:>»]+/g;
const MIN_LINE_LETTERS = 3;

/**
 * The sub-heading line above a link in a block whose lines are separated by `<br>` (or by nested blocks), when
 * the link stands in no row, list item, paragraph or heading section: "3.1 โครงสร้างการแบ่งส่วนราชการ<br> - <a>…</a>".
 * The nearest earlier text line that holds no link names the links below it (rule line-heading); the other link
 * lines under the same sub-heading are skipped. A text on the link's own line is not a line heading. Stops at a
 * block element that is not a plain wrapper and at the container's edge.
 */
export function createLineHeadingFinder(): (el: Element) => string {
  return (el) => {
    let node: AnyNode = el;
    let newLine = false;
    for (let level = 0; level < 3; level++) {
      for (let prev: AnyNode | null = node.prev; prev; prev = prev.prev) {
        if (prev.type === 'text') {
          const t = normalizedText(prev.data);
          if (newLine && t.replace(LINE_FILLER, '').length >= MIN_LINE_LETTERS) return t.replace(/^[\s\-–—•·]+/, '').slice(0, MAX_HEADING);
          continue;
        }
        const block = asElement(prev);
        if (!block) continue;
        if (block.name === 'br') {
          newLine = true;
          continue;
        }
        if (block.name === 'img') continue;
        // Another link line under the same sub-heading.
        if (block.name === 'a' || (INLINE_TEXT.has(block.name) && someDescendant(block, holdsLink))) continue;
        if (INLINE_TEXT.has(block.name)) {
          const t = normalizedText(nodeText(block));
          if (newLine && t.replace(LINE_FILLER, '').length >= MIN_LINE_LETTERS) return t.slice(0, MAX_HEADING);
          continue;
        }
        if (LINE_BLOCKS.has(block.name) && someDescendant(block, holdsLink)) {
          newLine = true;
          continue;
        }
        return '';
      }
      const parent: AnyNode | null = node.parent;
      if (!parent || !isElement(parent) || CONTAINER_STOPS.has(parent.name) || ROW_TAGS.has(parent.name) || HEADING_TAGS.has(parent.name)) return '';
      if (LINE_BLOCKS.has(parent.name)) newLine = true;
      else if (!INLINE_TEXT.has(parent.name)) return '';
      node = parent;
    }
    return '';
  };
}

const MAX_BOLD_LINE = 200;

/**
 * The one bold element (`<b>`, `<strong>`) that is all a block holds besides blank text, `<br>` and `<img>`, or null:
 * the shape of a bold line, decided from the block's children alone, before any text is read.
 */
function onlyBoldChild(el: Element): Element | null {
  let only: Element | null = null;
  for (const c of el.children) {
    if (c.type === 'text' ? c.data.trim() === '' : isElement(c) && (c.name === 'br' || c.name === 'img')) continue;
    if (only !== null || !isElement(c) || !BOLD.has(c.name)) return null;
    only = c;
  }
  return only;
}

/** A paragraph whose only words are one bold run and that holds no link: `<p><strong>O26 … พ.ศ. 2568</strong></p>`. */
function isBoldLine(el: Element): boolean {
  if (el.name !== 'p' && el.name !== 'div') return false;
  // The shape first: most paragraphs are not one bold run, and their text (often long) need not be read.
  const only = onlyBoldChild(el);
  if (only === null) return false;
  if (!inlineOnly(el) || someDescendant(el, holdsLink) || moreThaiConsonantsThan(el, MAX_BOLD_LINE)) return false;
  const text = normalizedText(nodeText(el));
  if (text.replace(LINE_FILLER, '').length < MIN_LINE_LETTERS || text.length > MAX_BOLD_LINE) return false;
  return normalizedText(nodeText(only)) === text;
}

/**
 * Rule bold-line-heading: the bold-only paragraph that stands directly over a run of link paragraphs names (and may
 * date) each of them — `<p><strong>O26 รายงานผล… พ.ศ. 2568</strong></p><p><a>– รายงานผล…</a></p><p><a>…</a></p>`.
 * Only the paragraphs between that line and the next bold line belong to it: the walk back from the link's paragraph
 * passes only sibling paragraphs that hold a link, and stops ('') at anything else (a heading, a text paragraph, a
 * block), so a page-level title ("ITA 2564") never reaches the links. A coded line ("O26 …") is also the links' ITA
 * index row (extract-links boldLineRow): its title names them as a coded table row's title does.
 */
export function boldLineHeading(el: Element): string {
  let row: AnyNode | null = el.parent;
  while (row && isElement(row) && INLINE_TEXT.has(row.name)) row = row.parent;
  return row && isElement(row) && row.name === 'p' ? boldLineOver(row) : '';
}

/** The bold line over each link paragraph, remembered: every link of a run would otherwise walk the whole run back. */
const boldLineOfParagraph = new WeakMap<Element, string>();

function boldLineOver(row: Element): string {
  // The walk from a link paragraph goes on exactly as the walk from the link paragraph before it, so every paragraph
  // passed on the way gets the same answer.
  const passed: Element[] = [row];
  let line: string | undefined = boldLineOfParagraph.get(row);
  for (let prev: AnyNode | null = row.prev; line === undefined && prev; prev = prev.prev) {
    if (prev.type === 'text') {
      if (prev.data.trim() !== '') line = '';
      continue;
    }
    const block = asElement(prev);
    if (!block) continue;
    if (isBoldLine(block)) line = normalizedText(nodeText(block)).slice(0, MAX_HEADING);
    else if (block.name === 'p' && someDescendant(block, hasHref)) {
      line = boldLineOfParagraph.get(block);
      passed.push(block);
    } else line = '';
  }
  const found = line ?? '';
  for (const p of passed) boldLineOfParagraph.set(p, found);
  return found;
}

export function pageTitle($: CheerioAPI, index: ElementIndex): string {
  const title = index.byTag('title')[0];
  return title ? normalizedText(nodeText(title)).slice(0, 300) : '';
}

const PAGE_HEADINGS = new Set(['h1', 'h2', 'h3', 'h4']);

export function pageHeadings($: CheerioAPI, index: ElementIndex): string[] {
  const out: string[] = [];
  for (const el of index.all) {
    if (!PAGE_HEADINGS.has(el.name)) continue;
    const t = headingText(el).slice(0, MAX_HEADING);
    if (t && out.length < 200) out.push(t);
  }
  return out;
}

const classes = (el: Element): string[] => (el.attribs['class'] ?? '').split(/[\t\n\f\r ]+/);

/** `.breadcrumb, .breadcrumbs, [aria-label="breadcrumb"], nav.crumbs, #breadcrumb`, the first in the page. */
function isBreadcrumb(el: Element): boolean {
  if (el.attribs['aria-label'] === 'breadcrumb' || el.attribs['id'] === 'breadcrumb') return true;
  if (el.attribs['class'] === undefined) return false;
  const c = classes(el);
  return c.includes('breadcrumb') || c.includes('breadcrumbs') || (el.name === 'nav' && c.includes('crumbs'));
}

/**
 * Rule breadcrumb-names-page: a breadcrumb names the page by its crumbs, not by the crumbs that link to other pages only
 * when none names it — a template's breadcrumb left on a home page ('หน้าแรก / กระดานกระทู้ / ติดต่อ', every crumb a
 * link to '/') names no page of its own. A crumb linking to the page itself (`#`, its own URL) is the page's.
 */
export function breadcrumb($: CheerioAPI, index: ElementIndex, pageUrl?: URL, baseUrl?: string): string {
  const el = index.all.find((e) => isBreadcrumb(e) && index.isAttached(e));
  if (!el) return '';
  const text = normalizedText(nodeText(el)).slice(0, 300);
  if (!pageUrl) return text;
  const crumbs: Element[] = [];
  someDescendant(el, (n) => (n.name === 'a' && crumbs.push(n), false));
  if (crumbs.length === 0) return text;
  const own = (a: Element): boolean => {
    const href = a.attribs['href'];
    if (href === undefined || isEmptyHref(href)) return true;
    try {
      const u = new URL(href, baseUrl ?? pageUrl.href);
      return u.origin === pageUrl.origin && u.pathname === pageUrl.pathname && u.search === pageUrl.search;
    } catch {
      return true;
    }
  };
  const linkedText = crumbs.filter((a) => !own(a)).map((a) => normalizedText(nodeText(a))).join('');
  const letters = (t: string) => t.replace(/[^\u0E00-\u0E7Fa-z0-9]/gi, '').length;
  // Every word of the breadcrumb is a link to another page: it names none of this one.
  return letters(text) > 0 && letters(text) <= letters(linkedText) ? '' : text;
}

const MAX_UNLINKED_ROWS = 300;

/** A file-type icon: an image whose alt or file name says PDF/Word/Excel/file, or an icon-font file glyph. */
const FILE_ICON = /(?:^|[^a-z])(?:pdf|docx?|xlsx?|word|excel|file)(?:[^a-z]|$)/i;
export const isFileIcon = (el: Element): boolean =>
  (el.name === 'img' && FILE_ICON.test(`${el.attribs['alt'] ?? ''} ${(el.attribs['src'] ?? '').split('/').pop() ?? ''}`)) ||
  (el.name === 'i' && /(?:^|\s)fa-file/.test(el.attribs['class'] ?? ''));
/** Words that say "a document goes here" and name nothing ("เอกสารประกอบ", "ดาวน์โหลด"). */
const GENERIC_DOCUMENT_TEXT = /^(?:\d+(?:\.\d+)*\.?\s*)?(?:เอกสารประกอบ|เอกสารแนบ|ไฟล์แนบ|เอกสาร|ดาวน์โหลด|download|คลิก(?:ที่นี่)?|รายละเอียด)?$/i;

/**
 * A list item that shows a document marker (a PDF/file icon) but holds no usable link: a document listed and not
 * uploaded. Its text is what names it — its own words, or, when they are generic ("เอกสารประกอบ"), the heading above
 * it with them ("8. นโยบายและยุทธศาสตร์ของหน่วยงาน เอกสารประกอบ"). Null when the item has a usable link or no marker.
 */
export function documentMarkerRow(li: Element, heading: () => string): string | null {
  if (!someDescendant(li, isFileIcon) || someDescendant(li, (n) => hasHref(n) && !isEmptyHref(n.attribs['href'] ?? ''))) return null;
  if (someDescendant(li, (n) => n.name === 'ul' || n.name === 'ol')) return null;
  const own = ownText(li);
  if (!GENERIC_DOCUMENT_TEXT.test(own)) return own;
  const h = heading();
  return h ? `${h} ${own}`.trim() : null;
}

/**
 * Rule document-marker-line: a document marker (a PDF/file icon) on a `<br>`-separated line with no link, outside any
 * list item, row or link, is a document listed and not uploaded, as the same marker in a list item is
 * (documentMarkerRow): "<img alt=PDF>เอกสารประกอบ<br>" under "8. นโยบายและยุทธศาสตร์ของหน่วยงาน". Its text is the
 * line's words, or, when they are generic, the heading above with them. Null otherwise.
 */
export function documentMarkerLine(icon: Element, heading: () => string): string | null {
  if (!isFileIcon(icon)) return null;
  for (let n: AnyNode | null = icon.parent; n && n.type !== 'root'; n = n.parent) {
    if (isElement(n) && (n.name === 'li' || n.name === 'tr' || n.name === 'a')) return null;
  }
  const found = brLineOf(icon, null);
  if (!found || found.line.some((n) => isElement(n) && (hasHref(n) || someDescendant(n, hasHref)))) return null;
  const own = lineWords(found.line);
  if (own === '') return null;
  if (!GENERIC_DOCUMENT_TEXT.test(own)) return own;
  const h = heading();
  return h ? `${h} ${own}`.trim() : null;
}

/**
 * Rows of tables that carry text but no usable link (see PageSnapshot.unlinkedRows). A group-heading row
 * (see createRowReader) names the rows under it; it is not an item listed without a document.
 */
export function unlinkedRows($: CheerioAPI, index: ElementIndex, readRow: (tr: Element) => RowInfo | null = createRowReader()): string[] {
  const out: string[] = [];
  const headingOf = createHeadingFinder($, tabPaneLabels(index));
  for (const el of index.byTag('li')) {
    if (out.length >= MAX_UNLINKED_ROWS) break;
    const text = documentMarkerRow(el, () => headingOf(el));
    if (text !== null && text.length >= 3) out.push(text.slice(0, MAX_CONTEXT));
  }
  for (const el of [...index.byTag('img'), ...index.byTag('i')]) {
    if (out.length >= MAX_UNLINKED_ROWS) break;
    const text = documentMarkerLine(el, () => headingOf(el));
    if (text !== null && text.length >= 3) out.push(text.slice(0, MAX_CONTEXT));
  }
  for (const el of index.byTag('tr')) {
    if (out.length >= MAX_UNLINKED_ROWS) break;
    const info = readRow(el);
    if (info?.isGroup) continue;
    if (someDescendant(el, (n) => n.name === 'th') && !someDescendant(el, (n) => n.name === 'td')) continue;
    if (someDescendant(el, (n) => hasHref(n) && !isEmptyHref(n.attribs['href'] ?? ''))) continue;
    // Cells apart ("OIT 20 | รายงาน…" reads "OIT 20 รายงาน…", not "OIT 20รายงาน…").
    const text = normalizedText(info && info.cells.some((c) => c !== '') ? info.cells.join(' ') : nodeText(el));
    if (text.length >= 3 && text.length <= MAX_CONTEXT) out.push(text);
  }
  for (const el of index.byTag('p')) {
    if (out.length >= MAX_UNLINKED_ROWS) break;
    const text = bareItemLine(el);
    if (text !== '') out.push(text.slice(0, MAX_CONTEXT));
  }
  return out;
}

/**
 * Rule bold-line-heading, an item with nothing under it: a coded bold item line followed directly by the next coded
 * bold item line ("<p><strong>O23 แผนปฏิบัติการ… 2569</strong></p><p><strong>O24 …</strong></p>") lists its item without
 * a document, as a table row without a link does. '' for any other paragraph.
 */
export function bareItemLine(el: Element): string {
  if (el.name !== 'p' || !isBoldLine(el)) return '';
  const text = normalizedText(nodeText(el));
  if (itemCodeOf(text) === '') return '';
  for (let next: AnyNode | null = el.next; next; next = next.next) {
    if (next.type === 'text') {
      if (next.data.trim() !== '') return '';
      continue;
    }
    const block = asElement(next);
    if (!block) continue;
    return block.name === 'p' && isBoldLine(block) && itemCodeOf(nodeText(block)) !== '' ? text : '';
  }
  return '';
}

/**
 * An ITA/OIT item code at the start of a table cell, as index tables write it: "OIT 10", "MOIT 5", "O10",
 * "o.10", "O๑๐" (Thai digits are ASCII after normalizeThai), "ข้อ 10", "ข้อที่ 10". Returns "O10" for the OIT
 * numbering (OIT, O, ข้อ) and "MOIT5" for the ministry numbering, or '' when the text starts with no code.
 */
const ITEM_CODE = /^(?:(m)?oit|o\.?|ข้อ(?:ที่)?)\s?(\d{1,2})(?![\d.]*\d)/i;

export function itemCodeOf(text: string): string {
  const m = ITEM_CODE.exec(normalizedText(text));
  if (!m) return '';
  const n = Number(m[2]);
  if (n < 1) return '';
  return `${m[1] ? 'MOIT' : 'O'}${n}`;
}

/** What a table row says about the links in it (see LinkRecord.row). */
export interface RowInfo {
  /** The item code of the row ("O10", "MOIT5"), '' when it has none. */
  code: string;
  /** Each cell's own words (without nested lists, tables and menus). */
  cells: string[];
  /** Which cells hold a usable link of their own (a document or menu cell, not a title). */
  linked: boolean[];
  /** The row is a group heading: a single-cell (colspan) row, or an uncoded row among coded rows, without a link. */
  isGroup: boolean;
  /** Text of the nearest group-heading row above it in the same table, '' if none. */
  group: string;
}

const CELL_TAGS = new Set(['td', 'th']);
const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot']);

function cellsOfRow(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => isElement(c) && CELL_TAGS.has(c.name));
}

/** Rows of a table (its own, not those of nested tables), in order. */
function rowsOfTable(table: Element): Element[] {
  const out: Element[] = [];
  for (const c of table.children) {
    if (!isElement(c)) continue;
    if (c.name === 'tr') out.push(c);
    else if (TABLE_PARTS.has(c.name)) for (const r of c.children) if (isElement(r) && r.name === 'tr') out.push(r);
  }
  return out;
}

const hasUsableLink = (el: Element): boolean => someDescendant(el, (n) => hasHref(n) && !isEmptyHref(n.attribs['href'] ?? ''));

/**
 * Reads table rows as a person reads an ITA index table: the item code of each row, each cell's words, which
 * rows are group headings (a single-cell row spanning the table, or a row without a code where other rows have
 * one) and the group heading each row stands under. Memoised per table.
 */
export function createRowReader(): (tr: Element) => RowInfo | null {
  const memo = new Map<Element, RowInfo>();
  const readTable = (table: Element): void => {
    const rows = rowsOfTable(table);
    const cellsOf = rows.map(cellsOfRow);
    const texts = cellsOf.map((cells) => cells.map((c) => ownText(c)));
    const codes = texts.map((cells) => {
      for (const t of cells) {
        const code = itemCodeOf(t);
        if (code) return code;
      }
      return '';
    });
    const coded = codes.filter((c) => c !== '').length;
    const widest = Math.max(0, ...cellsOf.map((c) => c.length));
    let group = '';
    rows.forEach((tr, i) => {
      const cells = cellsOf[i] ?? [];
      const cellTexts = texts[i] ?? [];
      const only = cells[0];
      const spans = cells.length === 1 && only !== undefined && (Number(only.attribs['colspan'] ?? '1') > 1 || widest > 1);
      const text = cellTexts.join(' ').trim();
      const isGroup = text !== '' && !hasUsableLink(tr) && (spans || (coded >= 2 && codes[i] === ''));
      // rule detail-row-under-item: a spanning row of links right under a coded item row that has no link of its own
      // (an index table whose item row expands into its documents) stands under that item row.
      const prev = i > 0 ? rows[i - 1] : undefined;
      const prevText = (texts[i - 1] ?? []).join(' ').trim();
      const detailOf = spans && codes[i] === '' && hasUsableLink(tr) && prev !== undefined && codes[i - 1] !== '' && !hasUsableLink(prev) && prevText !== '' ? prevText.slice(0, MAX_HEADING) : '';
      memo.set(tr, { code: codes[i] ?? '', cells: cellTexts, linked: cells.map(hasUsableLink), isGroup, group: detailOf || group });
      if (isGroup) group = text.slice(0, MAX_HEADING);
    });
  };
  return (tr) => {
    const cached = memo.get(tr);
    if (cached) return cached;
    let table: AnyNode | null = tr.parent;
    if (table && isElement(table) && TABLE_PARTS.has(table.name)) table = table.parent;
    if (table && isElement(table) && table.name === 'table') {
      readTable(table);
      return memo.get(tr) ?? null;
    }
    // A row outside any table (markup as written, not repaired): read alone.
    const cellEls = cellsOfRow(tr);
    const cells = cellEls.map((c) => ownText(c));
    const info = { code: itemCodeOf(cells[0] ?? ''), cells, linked: cellEls.map(hasUsableLink), isGroup: false, group: '' };
    memo.set(tr, info);
    return info;
  };
}

const MENU_TAGS = new Set(['nav', 'header', 'footer', 'menu']);
const MENU_ROLES = new Set(['navigation', 'menubar', 'menu', 'banner', 'contentinfo']);
const MENU_TOKEN_START = /^(?:nav|header|footer|menu|top-?bar|offcanvas|dropdown|megamenu|mega-menu|sub-?menu|main-?menu)/;
const MENU_TOKEN_END = /(?:menu|navbar|navigation|[-_]nav|header|footer|[-_]top-?bar)$/;
/** Class or id tokens of content blocks that merely end in "header"/"footer" ("card-header", "post-footer"). */
const CONTENT_TOKEN = /^(?:card|panel|modal|accordion|box|widget|section|tab|entry|post|article|content|table|page-header)/;
/** Class tokens that style a slider's own arrows and dots ("nav-dots-style", "nav-arrow-b"): not a menu. */
const CONTROL_STYLE_TOKEN = /^nav-(?:dots?|arrows?)(?:$|-)/;

function isMenuToken(token: string): boolean {
  const t = token.toLowerCase();
  if (t === '' || CONTENT_TOKEN.test(t) || CONTROL_STYLE_TOKEN.test(t)) return false;
  return MENU_TOKEN_START.test(t) || MENU_TOKEN_END.test(t);
}

const PAGER = /pagination|pager|paging/i;
const CONTENT_TAGS = new Set(['main', 'article']);

/** `inContent`: the element stands in main/article, where a nav is a pager and a header/footer the article's own. */
function isMenuBlock(el: Element, inContent: boolean, namesMenu: (tokens: string) => boolean): boolean {
  // The page itself is no block: a theme's body classes describe its layout ('header-shadow',
  // 'hide_top_bar_on_mobile_header', 'footer_responsive_adv'), not a menu holding everything.
  if (el.name === 'body' || el.name === 'html') return false;
  const tokens = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''} ${el.attribs['aria-label'] ?? ''}`;
  if (PAGER.test(tokens)) return false;
  if (MENU_TAGS.has(el.name)) return !inContent;
  const role = el.attribs['role'];
  if (role && MENU_ROLES.has(role)) return true;
  // A tab's pane is content whatever its id says ("nav1" for the pane of tab "nav1-tab").
  if (role === 'tabpanel') return false;
  return namesMenu(tokens);
}

/** Whether a block's class, id and aria-label tokens name a menu, navbar, header or footer (isMenuToken). */
export function tokensNameMenu(tokens: string): boolean {
  return tokens.split(/\s+/).some(isMenuToken);
}

/**
 * Whether an element stands in the site's navigation: inside nav/header/footer/menu (outside main/article, where a
 * nav is a pager and a header or footer the article's own), a navigation role, or a
 * block whose class or id names a menu, navbar, header or footer ("headerNavigation", "dropdown-menu",
 * "footerWrap"), not a content block's "card-header". A sidebar is not navigation: its boxes hold content
 * ("ข่าวประชาสัมพันธ์", "ผู้บริหาร"). Memoised per node.
 */
export function createMenuRegionFinder(): (el: Element) => boolean {
  const memo = new Map<AnyNode, boolean>();
  const contentMemo = new Map<AnyNode, boolean>();
  // A page repeats its class lists (every item of a menu, every card): each is read once per page.
  const tokenMemo = new Map<string, boolean>();
  const namesMenu = (tokens: string): boolean => {
    let named = tokenMemo.get(tokens);
    if (named === undefined) {
      named = tokensNameMenu(tokens);
      tokenMemo.set(tokens, named);
    }
    return named;
  };
  const inContent = (node: AnyNode | null): boolean => {
    if (!node || node.type === 'root') return false;
    const known = contentMemo.get(node);
    if (known !== undefined) return known;
    const el = asElement(node);
    const found = (el !== null && (CONTENT_TAGS.has(el.name) || el.attribs['role'] === 'main')) || inContent(node.parent);
    contentMemo.set(node, found);
    return found;
  };
  const inMenu = (node: AnyNode | null): boolean => {
    if (!node || node.type === 'root') return false;
    const known = memo.get(node);
    if (known !== undefined) return known;
    const el = asElement(node);
    const found = (el !== null && isMenuBlock(el, inContent(node.parent), namesMenu)) || inMenu(node.parent);
    memo.set(node, found);
    return found;
  };
  return (el) => inMenu(el);
}

/** One section of a page: a heading (h1–h4, or a tab pane's tab) and the text that follows it up to the next heading of its level. */
export interface PageSection {
  heading: string;
  /** The section's own text after its heading (normalised, cut at MAX_SECTION_TEXT). */
  text: string;
  /** The section holds a usable link (absent when it holds none). */
  linked?: true;
}

const SECTION_HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4 };
const MAX_SECTION_TEXT = 600;
const MAX_SECTIONS = 80;

const INVISIBLE = new Set(['script', 'style', 'noscript', 'template']);

/** The text a person sees in a node: without scripts and styles. */
function visibleText(node: AnyNode): string {
  const parts: string[] = [];
  const walk = (n: AnyNode): void => {
    if (n.type === 'text') parts.push(n.data);
    // script and style nodes are not of type "tag" in domhandler
    else if (n.type === 'script' || n.type === 'style' || (isElement(n) && INVISIBLE.has(n.name))) return;
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(node);
  return normalizedText(parts.join(' '));
}

/** Whether an element ends a section of level `level`: it is, or holds, a heading at that level or above with text (or, for a section under a title block, any h1–h4 or another title block). */
function endsSection($: CheerioAPI, el: Element, level: number, titleSection = false): boolean {
  const stops = (n: Element): boolean => {
    const l = SECTION_HEADINGS[n.name];
    if (titleSection && l === undefined) return isTitleBlock($, n);
    return l !== undefined && l <= level && normalizedText(nodeText(n)) !== '';
  };
  return stops(el) || someDescendant(el, stops);
}

const TITLE_CLASS = /^(?:[a-z]+[-_])?(?:title|heading)(?:$|[-_])/i;
const INLINE = new Set(['b', 'strong', 'span', 'font', 'em', 'u', 'i', 'img', 'br', 'small', 'big']);
const BOLD = new Set(['b', 'strong']);
const MAX_TITLE = 60;

/** Whether every element below `n` is inline (INLINE). */
function inlineOnly(n: Element): boolean {
  for (const c of n.children) if (isElement(c) && (!INLINE.has(c.name) || !inlineOnly(c))) return false;
  return true;
}

/**
 * A title written as a short stand-alone block, not an h1–h6: a div/p/span whose class names a title
 * (`<div class="title-section-2">คณะผู้บริหาร</div>`), or a div/p whose only words are one bold run
 * (`<p><b>ข่าวประชาสัมพันธ์</b></p>`). It holds no link and only inline markup, and at most 60 characters.
 */
export function isTitleBlock($: CheerioAPI, el: Element): boolean {
  if (el.name !== 'div' && el.name !== 'p' && el.name !== 'span') return false;
  // The structure first: a title class, or (not for a span) the shape of one bold run; then only inline markup. Most
  // blocks fail here, and their text (all of a page's wrapper) is not needed.
  const titled = el.attribs['class'] !== undefined && classes(el).some((c) => TITLE_CLASS.test(c));
  const only = titled || el.name === 'span' ? null : onlyBoldChild(el);
  if (!titled && only === null) return false;
  if (!inlineOnly(el) || someDescendant(el, holdsLink) || moreThaiConsonantsThan(el, MAX_TITLE)) return false;
  const text = normalizedText(nodeText(el));
  if (text.length < 2 || text.length > MAX_TITLE) return false;
  return titled || (only !== null && normalizedText(nodeText(only)) === text);
}

/**
 * Whether `parent`'s other children than `child` hold no Thai consonant: otherwise `parent`'s text has more of them
 * than `child`'s, and cannot normalise to the same words (see moreThaiConsonantsThan); decided without reading a
 * whole wrapper's text.
 */
function onlyWraps(parent: Element, child: AnyNode): boolean {
  return parent.children.every((c) => c === child || !moreThaiConsonantsThan(c, 0));
}

/**
 * Rule heading-header-block: a block holding the heading and nothing else with words (a close button's '×', an icon,
 * a '»') is the heading's header: the section starts after it (a Bootstrap modal's or card's header and body).
 */
function wrapsOnlyHeading(parent: Element, heading: string): boolean {
  const text = normalizedText(nodeText(parent));
  if (text === heading) return true;
  const at = text.indexOf(heading);
  return at >= 0 && !/[\p{L}\p{N}]/u.test(text.slice(0, at) + text.slice(at + heading.length));
}

const COPYRIGHT = /©|\bcopyright\b|สงวนลิขสิทธิ์/i;

/** The page's footer: a footer element, a contentinfo role, or a block whose class or id starts with "footer". */
function isFooterBlock(el: Element): boolean {
  if (el.name === 'footer' || el.attribs['role'] === 'contentinfo') return true;
  return `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`.split(/\s+/).some((t) => /^footer/i.test(t));
}

/**
 * Every section of a page, as a person scans it: each h1–h4 heading with the text after it up to the next heading
 * of the same or a higher level (the heading's wrappers that hold nothing else — `<center><h4>…</h4></center>` — are
 * climbed first), and each tab pane (`role="tabpanel"`, `.tab-pane`) under the label of its tab. A page's second tab
 * ("คณะผู้บริหาร" with names and positions) or a board on the home page ("กระดานสนทนา" with its threads) is a
 * section of its own, not only headings[0].
 */
export function pageSections($: CheerioAPI, index: ElementIndex): PageSection[] {
  const out: PageSection[] = [];
  const seen = new Set<string>();
  // A block is read by every heading whose section it falls in (an h2's section holds its h3s'), a tab pane by its
  // heading and its tab: each block's text once per page.
  const blockTexts = new Map<AnyNode, string>();
  const blockText = (node: AnyNode): string => {
    let text = blockTexts.get(node);
    if (text === undefined) {
      text = visibleText(node);
      blockTexts.set(node, text);
    }
    return text;
  };
  const push = (heading: string, text: string, linked: boolean) => {
    const key = `${heading}|${text.slice(0, 80)}`;
    if (heading === '' || text === '' || seen.has(key) || out.length >= MAX_SECTIONS) return;
    seen.add(key);
    out.push({ heading: heading.slice(0, MAX_HEADING), text: text.slice(0, MAX_SECTION_TEXT), ...(linked ? { linked: true as const } : {}) });
  };
  for (const el of index.all) {
    const hLevel = SECTION_HEADINGS[el.name];
    const titleSection = hLevel === undefined && isTitleBlock($, el);
    if (hLevel === undefined && !titleSection) continue;
    const level = hLevel ?? 4;
    if (moreThaiConsonantsThan(el, MAX_HEADING)) continue;
    const heading = headingText(el);
    if (heading === '' || heading.length > MAX_HEADING) continue;
    let wrap: Element = el;
    while (wrap.parent && isElement(wrap.parent) && wrap.parent.name !== 'body' && onlyWraps(wrap.parent, wrap) && wrapsOnlyHeading(wrap.parent, heading)) wrap = wrap.parent;
    const parts: string[] = [];
    let length = 0;
    let linked = false;
    for (let sib: AnyNode | null = wrap.next; sib && length < MAX_SECTION_TEXT; sib = sib.next) {
      if (sib.type === 'text') {
        const t = normalizedText(sib.data);
        if (t) parts.push(t), (length += t.length);
        continue;
      }
      const block = asElement(sib);
      if (!block || INVISIBLE.has(block.name)) continue;
      // A section ends at the next heading of its level, and at the page's footer or copyright line.
      if (isFooterBlock(block) || endsSection($, block, level, titleSection)) break;
      let t = blockText(block);
      const copyright = COPYRIGHT.exec(t);
      if (copyright) t = t.slice(0, copyright.index).trim();
      // The links of a copyright line (theme credits) are not the section's.
      if (!copyright && ((hasHref(block) && !isEmptyHref(block.attribs['href'] ?? '')) || hasUsableLink(block))) linked = true;
      if (t) parts.push(t), (length += t.length);
      if (copyright) break;
    }
    push(heading, parts.join(' '), linked);
  }
  for (const [pane, label] of tabPaneLabels(index)) push(label, blockText(pane), hasUsableLink(pane));
  return out;
}

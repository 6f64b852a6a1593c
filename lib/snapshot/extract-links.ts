import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { resolveLink, socialPluginTarget, unwrapViewerUrl } from '../crawl/resolve-link.ts';
import { normalizedText } from './normalized-text.ts';
import { closestTag, type ElementIndex, firstDescendant, indexElements, textOf } from './element-index.ts';
import { type classifyLink, createLinkClassifier, fileNameLabel, isEmptyHref } from './link-kind.ts';
import type { LabelSource, LinkOrigin } from './page-snapshot.ts';
import { pageRedirect } from './page-redirect.ts';
import { brLineText, ownText, createContextFinder, entryDateLine, boldLineHeading, createHeadingFinder, tabPaneLabels, createMenuRegionFinder, createPrecedingTextFinder, createLineHeadingFinder, createRowReader, isTabOverEmptyPanel, itemCodeOf, siblingDateStamp, type RowInfo } from './page-structure.ts';

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
  /** When the link stands in a table row: the text of each cell, and which cell holds the link. */
  cells?: { texts: string[]; own: number };
  /** When the link stands in a table row: its item code, title and group heading (see LinkRecord.row). */
  row?: { code: string; title: string; group: string };
  /** The link stands in the site's navigation (see createMenuRegionFinder). */
  inMenu: boolean;
  /** The link's line in a `<br>`-separated list (see brLineText), '' when it stands in none. */
  line: string;
  /** The date stamp line under the link in its `<br>`-separated card (see entryDateLine), '' when there is none. */
  stampLine: string;
  /** The bold-only paragraph standing over the link's run of link paragraphs (see boldLineHeading), '' when there is none. */
  boldLine: string;
}

const ONCLICK_TARGET = /(?:location(?:\.href)?\s*=|location\.assign\(|window\.open\()\s*['"]([^'"]+)['"]/i;
/** `a, area[href], iframe[src], frame[src], object[data], embed[src], [data-pdf-src], [onclick]`, a jump menu's options */
function isLinkLike(el: Element): boolean {
  const a = el.attribs;
  switch (el.name) {
    case 'a':
      return true;
    case 'button':
      // A form's buttons are controls. Outside a form, a "ดาวน์โหลด" button that opens nothing lists a document without
      // it, and a tab over a panel that links nothing names a list not published (rule tab-over-empty-panel).
      if (closestTag(el.parent, FORM_TAG) !== null) break;
      if (GENERIC_LABEL.test(normalizedText(textOf(el)).trim()) || isTabOverEmptyPanel(el)) return true;
      break;
    case 'area':
    case 'iframe':
    case 'frame':
    case 'embed':
    case 'object':
      if (a[el.name === 'area' ? 'href' : el.name === 'object' ? 'data' : 'src'] !== undefined) return true;
      break;
    case 'option':
      return isJumpOption(el);
    default:
      break;
  }
  return a['data-pdf-src'] !== undefined || a['onclick'] !== undefined || isChatPlugin(el);
}

/** A drop-down whose change opens the chosen value: `onchange="window.open(this.value)"`, `location = this.options[…].value`. */
const JUMP_MENU = /(?:window\.open|location(?:\.href)?\s*=|location\.(?:assign|replace))[^;]*(?:this\.value|\.options\b|selectedIndex|\.val\(\))|MM_jumpMenu|jumpMenu|gotoURL|goToURL/i;

/**
 * Rule jump-menu-option: an option of a drop-down that opens its value when chosen (a "เลือกบริการ" / "ลิงก์หน่วยงาน"
 * jump menu: `<select onchange="window.open(this.value)"><option value="https://eservice…">e-service</option>`) is a
 * link to that value, named by its text. Options of a form's own field, or whose value is no web address, are not.
 */
function isJumpOption(el: Element): boolean {
  const value = (el.attribs['value'] ?? '').trim();
  if (!/^(?:https?:\/\/|\/|\.{1,2}\/)|\.(?:php|html?|aspx?|jsp)(?:[?#]|$)/i.test(value)) return false;
  let select = el.parent;
  if (select?.type === 'tag' && (select as Element).name === 'optgroup') select = select.parent;
  return select?.type === 'tag' && (select as Element).name === 'select' && JUMP_MENU.test((select as Element).attribs['onchange'] ?? '');
}

/**
 * Facebook's Messenger chat plugin (`<div class="fb-customerchat" page_id="…">`, the page id often set by script) or the
 * WordPress plugin that wraps it (fb-messenger-livechat: `<div id="fbmsg">` with a 'live chat' sheet its script fills): a
 * chat with the organisation's page on another host, read as a link to it named "Messenger".
 */
function isChatPlugin(el: Element): boolean {
  return el.name === 'div' && (/(?:^|\s)fb-customerchat(?:\s|$)/.test(el.attribs['class'] ?? '') || el.attribs['id'] === 'fbmsg');
}

function chatPluginUrl(el: Element): string {
  const id = (el.attribs['page_id'] ?? '').trim();
  // Without a page id (set by script) the chat opens in Messenger's chats (/t/), not on its front page: a working chat of
  // a page not named here, not a template's unfilled icon (network-home-link).
  return /^\d+$/.test(id) ? `https://m.me/${id}` : 'https://www.messenger.com/t/';
}

/** Labels that name no document: the words of a button or an icon ("ดาวน์โหลด", "คลิกที่นี่", "pdf"). */
const GENERIC_LABEL = /^(?:คลิก(?:ที่นี่|เพื่อ[^ ]{0,20})?|click(?: here)?|ดาวน์?โหลด(?:ไฟล์|เอกสาร)?|download|(?:ดู|อ่าน)?รายละเอียด(?:เพิ่มเติม)?|อ่านต่อ|อ่านเพิ่มเติม|read more|more|ไฟล์แนบ|เอกสารแนบ|เปิดไฟล์|ที่นี่|here|pdf|ไฟล์ ?pdf|doc|docx|xls|xlsx|link|ลิงก์|ลิ้งค์)\s*[.…>»:]*$/i;

/** A "click to …" pointer that ends a sentence ("(คลิกเพื่อดูโครงสร้างองค์กร)", "คลิกเพื่อดาวน์โหลดแผน…"): it names a topic, not the whole link. */
const CLICK_POINTER = /^\(?\s*(?:คลิก\s*เพื่อ|click\s+to\b)/iu;

/**
 * Rule click-pointer-label: a link labelled by a "click to …" pointer (not a bare button word) after a sentence in the
 * same block is named by that sentence and the pointer together: the sentence says what the link opens.
 */
export function isClickPointer(label: string): boolean {
  return CLICK_POINTER.test(label.trim());
}

/** A label that names nothing by itself: a generic button word, an icon or nothing. */
export function isGenericLabel(label: string, source: LabelSource): boolean {
  return source === 'none' || GENERIC_LABEL.test(label.trim());
}

/** Alt texts a web template ships with its sample images: they name nothing of the site's. */
const TEMPLATE_ALT = /^(?:partner name|client name|alternative|alt|image(?: \d+)?|img|photo|picture|title|item|#|\.{2,}|…|card image(?: cap)?|user image|speaker \d+|cinque terre|company|placeholder|untitled|logo|icon|banner)$/i;

function labelOf($: CheerioAPI, el: Element, url: URL | null): { label: string; labelSource: LabelSource } {
  const text = normalizedText(textOf(el));
  if (text) return { label: text, labelSource: 'text' };
  const attrs: [string, LabelSource][] = [
    ['title', 'title'],
    ['aria-label', 'aria-label'],
    ['alt', 'alt'],
  ];
  for (const [attr, source] of attrs) {
    const v = normalizedText(el.attribs[attr] ?? '');
    if (v) return { label: v, labelSource: source };
  }
  const img = firstDescendant(el, (e) => e.name === 'img');
  const imgAlt = normalizedText(img?.attribs['alt'] ?? '');
  const imgTitle = normalizedText(img?.attribs['title'] ?? '');
  // template-alt: a theme's sample alt ('Partner Name', 'Card image cap') names nothing; the image's title does.
  const alt = imgAlt && !(TEMPLATE_ALT.test(imgAlt) && imgTitle) ? imgAlt : imgTitle;
  if (alt) return { label: alt, labelSource: 'alt' };
  const name = normalizedText(fileNameLabel(url));
  if (name) return { label: name, labelSource: 'filename' };
  return { label: '', labelSource: 'none' };
}

/** A social network's icon class ("bi bi-facebook", "fab fa-facebook-f", "bx bxl-youtube", "icofont-line"). */
const SOCIAL_ICON = /(?:^|[\s-])(facebook|twitter|youtube|instagram|tiktok)(?:-[a-z]+)*(?=\s|$)|(?:^|[\s-])(line)(?=\s|$)/i;
const NETWORK_NAMES: Readonly<Record<string, string>> = { facebook: 'Facebook', twitter: 'Twitter', youtube: 'YouTube', instagram: 'Instagram', tiktok: 'TikTok', line: 'Line' };

/**
 * Rule social-icon-label: a link that holds nothing but a social network's icon (an `<i class="bi bi-facebook">`, or
 * the icon class on the link itself: `<a class="fa fa-facebook">`) is named by that network. Read only for links that
 * lead nowhere ('#', ''): a template's footer icons left unlinked name the organisation's accounts without giving
 * them; a working icon link is judged by its host and where it stands (a staff card's icons are a teacher's own
 * profiles, social-link-unnamed).
 */
export function socialIconLabel(el: Element): string {
  const icon = SOCIAL_ICON.test(el.attribs['class'] ?? '')
    ? el
    : firstDescendant(el, (e) => (e.name === 'i' || e.name === 'span' || e.name === 'svg' || e.name === 'em') && SOCIAL_ICON.test(e.attribs['class'] ?? ''));
  const m = icon ? SOCIAL_ICON.exec(icon.attribs['class'] ?? '') : null;
  const network = (m?.[1] ?? m?.[2] ?? '').toLowerCase();
  return NETWORK_NAMES[network] ?? '';
}

/** Cloudflare's e-mail protection rewrites a mailto link to '/cdn-cgi/l/email-protection#<hex>'. */
const CF_EMAIL_HREF = /\/cdn-cgi\/l\/email-protection#([0-9a-f]+)$/i;

/**
 * Rule cloudflare-email: the address Cloudflare's e-mail protection hides ('[email protected]' with data-cfemail="5027…", or
 * an href '/cdn-cgi/l/email-protection#5027…'; its decoding script runs only in a browser): the hex's first byte is the
 * key each following byte is XOR-ed with. Null when the hex does not decode to an address.
 */
export function cloudflareEmail(hex: string | undefined): string | null {
  if (!hex || hex.length < 8 || hex.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(hex)) return null;
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  return /^[^\s@<>]+@[^\s@<>]+\.[a-z]{2,}$/i.test(out) ? out : null;
}

function targetOf(el: Element): { raw: string; origin: LinkOrigin } | null {
  const a = el.attribs;
  const pdf = a['data-pdf-src'];
  if (pdf) return { raw: pdf, origin: 'data-pdf-src' };
  switch (el.name) {
    case 'a':
    case 'area': {
      const href = a['href'];
      // Most links are neither: the attribute and the href's path are looked at before any parsing.
      const hidden = a['data-cfemail'] ?? (href?.includes('/cdn-cgi/') ? CF_EMAIL_HREF.exec(href)?.[1] : undefined);
      const protectedEmail = hidden === undefined ? null : cloudflareEmail(hidden);
      if (protectedEmail) return { raw: `mailto:${protectedEmail}`, origin: el.name };
      if (href !== undefined && !isEmptyHref(href)) return { raw: href, origin: el.name };
      const onclick = ONCLICK_TARGET.exec(a['onclick'] ?? '');
      if (onclick?.[1]) return { raw: onclick[1], origin: 'onclick' };
      if (href !== undefined) return { raw: href, origin: el.name };
      // An <a> without href whose own text names an entry ("ประมวลจริยธรรม" in a sidebar) opens nothing: an empty link.
      // One holding only an image (a slider's picture, named by its alt) is a picture, not an entry.
      return el.name === 'a' && textOf(el).trim() !== '' ? { raw: '', origin: 'a' } : null;
    }
    case 'iframe':
    case 'embed':
      return a['src'] ? { raw: a['src'], origin: el.name } : null;
    case 'frame':
      // A frameset's frames are its content, embedded as an iframe's page is.
      return a['src'] ? { raw: a['src'], origin: 'iframe' } : null;
    case 'object':
      return a['data'] ? { raw: a['data'], origin: 'object' } : null;
    case 'option':
      return { raw: (a['value'] ?? '').trim(), origin: 'option' };
    case 'button': {
      const onclick = ONCLICK_TARGET.exec(a['onclick'] ?? '');
      return onclick?.[1] ? { raw: onclick[1], origin: 'onclick' } : { raw: '', origin: 'button' };
    }
    default: {
      const onclick = ONCLICK_TARGET.exec(a['onclick'] ?? '');
      if (!onclick?.[1] && isChatPlugin(el)) return { raw: chatPluginUrl(el), origin: 'embed' };
      return onclick?.[1] ? { raw: onclick[1], origin: 'onclick' } : null;
    }
  }
}


const FORM_TAG = new Set(['form']);
const CELL_TAGS = new Set(['td', 'th']);
const ROW_TAG = new Set(['tr']);

const MAX_ROW_TITLE = 300;

/**
 * The row's title for a link in one of its cells: the words of the other cells that hold no link of their own
 * (a title cell, not a document or menu cell), without the item code. None when it is longer than an item title
 * (a layout table's cell of page text).
 */
function rowTitle(info: RowInfo, own: number): string {
  const title = info.cells
    .filter((_, i) => i !== own && !info.linked[i])
    .map((t) => (itemCodeOf(t) ? t.replace(/^\S+\s?\d{1,2}\s*[.:)\-]*\s*/, '') : t))
    .filter((t) => t !== '')
    .join(' ');
  return title.length <= MAX_ROW_TITLE ? title : '';
}

const LIST_ENTRY = new Set(['li']);

/**
 * Rule cell-lists-entries: a table cell that lists several entries (`<td><li>5.1 บันทึก…<a/><li>5.2 ตค66<a/>…`) dates
 * each link by its own entry, never by its neighbours' ('ตค66' is not the memo's month). The entry's text, or null
 * when the link stands in no list item of the cell or the cell lists only one.
 */
export function cellEntryOf(el: Element, cell: Element): string | null {
  const li = closestTag(el, LIST_ENTRY);
  if (!li) return null;
  let inside = false;
  for (let n: AnyNode | null = li.parent; n; n = n.parent) if (n === cell) inside = true;
  if (!inside) return null;
  let entries = 0;
  const count = (n: Element): void => {
    for (const c of n.children) {
      if (c.type !== 'tag') continue;
      if ((c as Element).name === 'li') entries += 1;
      count(c as Element);
    }
  };
  count(cell);
  return entries >= 2 ? ownText(li) : null;
}

function rowOf(el: Element, readRow: (tr: Element) => RowInfo | null): Pick<RawLink, 'cells' | 'row'> {
  const cell = closestTag(el, CELL_TAGS);
  const rowNode = cell ? closestTag(cell, ROW_TAG) : null;
  if (!cell || !rowNode) return {};
  const info = readRow(rowNode);
  if (!info) return {};
  const tds = rowNode.children.filter((c) => c.type === 'tag' && CELL_TAGS.has((c as Element).name));
  const own = tds.indexOf(cell);
  if (own < 0) return {};
  const entry = cellEntryOf(el, cell);
  const texts = entry === null ? info.cells : info.cells.map((t, i) => (i === own ? entry : t));
  return { cells: { texts, own }, row: { code: info.code, title: rowTitle(info, own), group: info.group } };
}

/** The index row a coded bold item line gives the links under it ("O26 รายงานผล…" → code O26, its title); none for an uncoded line. */
export function boldLineRow(boldLine: string): Pick<RawLink, 'row'> {
  const code = boldLine === '' ? '' : itemCodeOf(boldLine);
  if (code === '') return {};
  const title = boldLine.replace(/^\S+\s?\d{1,2}\s*[.:)\-]*\s*/, '').trim();
  return title !== '' && title.length <= MAX_ROW_TITLE ? { row: { code, title, group: '' } } : {};
}

const MAX_HEADING = 200;

function groupHeading(row: RawLink['row'], above: string): string {
  if (!row || row.group === '' || row.code !== '') return above;
  return (above === '' || above === row.group ? row.group : `${row.group} — ${above}`).slice(0, MAX_HEADING);
}

/** Entries a list of section names must have to be a menu whose entries go nowhere, not a few words side by side. */
const MIN_UNLINKED_ENTRIES = 5;
const MAX_ENTRY_LENGTH = 60;
/** Tags a list entry may hold inside its own text (formatting), and tags that make it something else than a name. */
const ENTRY_INLINE = new Set(['b', 'strong', 'i', 'em', 'span', 'font', 'small', 'u']);
const ENTRY_TAGS = new Set(['div', 'li', 'span', 'p']);

/**
 * Rule unlinked-entry-list: five or more sibling entries (div, li, span, p) that are each only a short name with Thai
 * letters (a left column 'คณะผู้บริหารและบุคลากร', 'แผนพัฒนาท้องถิ่น', 'กฏหมายที่เกี่ยวข้อง' … of a redesign prototype) and
 * none of which holds a link, a button, a picture or a form field, with nothing else beside them in their parent, are a
 * menu whose entries go nowhere: each is an entry listed without a document, recorded as an empty link of origin `label`.
 */
export function unlinkedEntryLists(index: ElementIndex): { el: Element; label: string }[] {
  const out: { el: Element; label: string }[] = [];
  const seen = new Set<Element>();
  for (const entry of index.all) {
    const parent = entry.parent;
    if (!ENTRY_TAGS.has(entry.name) || !parent || parent.type !== 'tag' || seen.has(parent as Element)) continue;
    const list = parent as Element;
    seen.add(list);
    const kids = list.children.filter((c): c is Element => c.type === 'tag');
    if (kids.length < MIN_UNLINKED_ENTRIES || list.children.some((c) => c.type === 'text' && c.data.trim() !== '')) continue;
    const labels: string[] = [];
    for (const kid of kids) {
      if (kid.name !== entry.name || !onlyInlineText(kid)) break;
      const label = normalizedText(textOf(kid));
      if (label.length < 2 || label.length > MAX_ENTRY_LENGTH || !/[\u0E01-\u0E2E]/.test(label)) break;
      labels.push(label);
    }
    if (labels.length !== kids.length) continue;
    kids.forEach((kid, i) => out.push({ el: kid, label: labels[i]! }));
  }
  return out;
}

/** Whether an element holds only text and formatting (no link, button, picture, field or block of its own). */
function onlyInlineText(el: Element): boolean {
  return el.children.every((c) => c.type === 'text' || (c.type === 'tag' && ENTRY_INLINE.has((c as Element).name) && onlyInlineText(c as Element)));
}

/** What a link's raw target reads as on one page (see createTargetReader). */
export interface TargetReading {
  /** Resolved against the page's base, a viewer page's document unwrapped; null unless http(s). */
  url: URL | null;
  /** The target was a viewer page (Google Docs, `?pdf=…`) around the document `url`. */
  viewer: boolean;
  /** An embedded social-network page box: the page it links to, and its network. */
  social: { page: URL; network: string } | null;
  /** The kind of the link's final URL (the social page when there is one). */
  kind: ReturnType<typeof classifyLink>;
}

/**
 * Reads each raw target of one page once: a page's menus repeat their hrefs (header, footer, sidebar: ≈ 40 % of the real
 * fixtures' links), and each reading parses URLs. For one page only (its base and classifier): never shared between pages.
 * The URLs handed out are shared by the links with that target: read, never changed.
 */
export function createTargetReader(baseUrl: string, classify: ReturnType<typeof createLinkClassifier>): (raw: string) => TargetReading {
  const memo = new Map<string, TargetReading>();
  return (raw) => {
    let reading = memo.get(raw);
    if (reading === undefined) {
      let url = resolveLink(raw, baseUrl);
      let viewer = false;
      if (url) {
        const unwrapped = unwrapViewerUrl(url);
        if (unwrapped.href !== url.href) {
          url = unwrapped;
          viewer = true;
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') url = null;
      }
      const social = url ? socialPluginTarget(url) : null;
      reading = { url, viewer, social, kind: classify(social ? social.page : url, raw) };
      memo.set(raw, reading);
    }
    return reading;
  };
}

/**
 * Every link-like thing on the page, resolved and classified. Comments are not parsed as markup by
 * cheerio, so commented-out menus never contribute links.
 */
export function extractLinks($: CheerioAPI, pageUrl: URL, baseUrl: string, isSameSite: (u: URL) => boolean, index: ElementIndex = indexElements($)): RawLink[] {
  const headingOf = createHeadingFinder($, tabPaneLabels(index));
  const contextOf = createContextFinder();
  const precedingTextOf = createPrecedingTextFinder($);
  const lineHeadingOf = createLineHeadingFinder();
  const readRow = createRowReader();
  const inMenu = createMenuRegionFinder();
  const classify = createLinkClassifier(pageUrl, isSameSite);
  const readTarget = createTargetReader(baseUrl, classify);
  const links: RawLink[] = [];
  for (const el of index.all) {
    if (!isLinkLike(el)) continue;
    const target = targetOf(el);
    if (!target) continue;
    const reading = readTarget(target.raw);
    let url = reading.url;
    const origin = reading.viewer ? 'viewer' : target.origin;
    let { label, labelSource } = labelOf($, el, url);
    // An embedded social-network page box links to that page; with no label of its own it is named by its network.
    const social = reading.social;
    if (social) {
      url = social.page;
      if (labelSource === 'none' || labelSource === 'filename') ({ label, labelSource } = { label: social.network, labelSource: 'title' });
    }
    // The plugin's own text is its chrome ('live chat', a close '×'), never a name.
    if (isChatPlugin(el)) ({ label, labelSource } = { label: 'Messenger', labelSource: 'title' });
    const kind = reading.kind;
    if (labelSource === 'none' && kind === 'placeholder') {
      const network = socialIconLabel(el);
      if (network) ({ label, labelSource } = { label: network, labelSource: 'icon' });
    }
    const context = contextOf(el);
    // "ดาวน์โหลด" under a sub-heading written as plain bold text: the sub-heading names the document,
    // when the row or list item holding the link says nothing more than the button.
    if (isGenericLabel(label, labelSource) && (context === '' || context === label)) {
      const preceding = precedingTextOf(el);
      if (preceding) {
        label = preceding;
        labelSource = 'preceding-text';
      }
    } else if (isClickPointer(label) && (context === '' || context === label)) {
      // Rule click-pointer-label: "โครงสร้างผู้บริหาร… (คลิกเพื่อดูโครงสร้างองค์กร)" — the sentence the pointer ends names the link too.
      const preceding = precedingTextOf(el);
      if (preceding) {
        label = `${preceding} ${label}`;
        labelSource = 'preceding-text';
      }
    }
    const boldLine = boldLineHeading(el);
    const inRow = rowOf(el, readRow);
    // An item line written as a bold paragraph ("<p><strong>O26 รายงานผล…</strong></p>" over link paragraphs) is the
    // links' index row, as a coded table row is (bold-line-heading): its title names them whatever their own labels name.
    if (!inRow.row) Object.assign(inRow, boldLineRow(boldLine));
    links.push({
      href: target.raw,
      url: url ? url.href : null,
      kind,
      origin,
      label,
      labelSource,
      context,
      // An uncoded row under a group-heading row ("แผนการใช้จ่ายงบประมาณ" over rows "ปี 2566 | ไฟล์"): the group
      // is the nearest heading, read with the heading above the table ("ไตรมาสที่ 1" under "MOIT 5 … รายเดือน").
      // A coded row ("OIT 18") is its own item: its group only names the topic around it.
      // A link in a <br>-separated block with no row or heading of its own: the sub-heading line above it (line-heading).
      heading: groupHeading(inRow.row, headingOf(el)) || (context === '' ? lineHeadingOf(el) : ''),
      ...inRow,
      inMenu: inMenu(el),
      line: brLineText(el, null),
      stampLine: entryDateLine(el) || siblingDateStamp(el),
      boldLine,
    });
  }
  for (const entry of unlinkedEntryLists(index)) {
    links.push({ href: '', url: null, kind: 'placeholder', origin: 'label', label: entry.label, labelSource: 'text', context: '', heading: headingOf(entry.el), inMenu: inMenu(entry.el), line: '', stampLine: '', boldLine: '' });
  }
  const redirect = pageRedirect($, index);
  const redirectUrl = redirect === null ? null : resolveLink(redirect, baseUrl);
  if (redirect !== null && redirectUrl && (redirectUrl.protocol === 'http:' || redirectUrl.protocol === 'https:')) {
    links.push({ href: redirect, url: redirectUrl.href, kind: classify(redirectUrl, redirect), origin: 'refresh', label: '', labelSource: 'none', context: '', heading: '', inMenu: false, line: '', stampLine: '', boldLine: '' });
  }
  return links;
}

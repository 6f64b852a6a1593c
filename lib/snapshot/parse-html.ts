import { type CheerioAPI, load } from 'cheerio';
import { Document, DomHandler, Element, Text, type ChildNode, type ParentNode } from 'domhandler';
import { Parser } from 'htmlparser2';
import { foreignContent, html as parse5Html, Token } from 'parse5';

/**
 * A page parsed the fast way when that gives the browser's tree, the spec way otherwise.
 *
 * cheerio's default parser (parse5) builds the HTML5 tree a browser builds; htmlparser2 parses ≈ 4–5 × faster but
 * builds a different tree whenever the HTML5 tree builder would repair the markup (adoption agency, foster parenting,
 * implied `tbody`, a second `<body>`, `<p>` closed by a block, …). The page is parsed with htmlparser2 while a shadow of
 * the HTML5 builder's stack of open elements follows every tag: for each start and end tag the builder's pops are worked
 * out from the spec and compared with htmlparser2's; any tag, text or comment whose handling is not modelled, or is
 * modelled and differs, gives up and the page is parsed again with parse5. The few differences that are always the
 * same are repaired on the tree (whitespace before `<head>` and after `</body>`, an implied empty `<head>`, a `<tr>`
 * directly in a `<table>` wrapped in an implied `<tbody>`, the newline after `<pre>`), and every element carries the
 * namespace fields parse5's tree adapter sets (its serialiser reads them). Inline `<svg>` icons are modelled too (see
 * SVG_MODELLED): their elements get parse5's SVG namespace and its adjusted tag and attribute names (`linearGradient`,
 * `viewBox`, `xlink:href` as `href` with its prefix).
 */

export type ParsePath = 'fast' | 'spec';
/** Why a page went to parse5 (the first reason met). */
export type FallbackReason = string;

const HTML_NS = 'http://www.w3.org/1999/xhtml';
const SVG_NS = 'http://www.w3.org/2000/svg';
/**
 * parse5's tree adapter gives each element a map of its attributes' namespaces and prefixes, every one undefined in an
 * HTML document: one shared empty map (null prototype, frozen) reads the same.
 */
const NO_NAMESPACES = Object.freeze(Object.create(null) as Record<string, string>);
const WS = /^[\t\n\f\r ]*$/;

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
/** Elements that put a marker on the list of active formatting elements. */
const MARKER = new Set(['td', 'th', 'caption', 'applet', 'object', 'marquee', 'template']);
const SPECIAL = new Set(['address', 'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button', 'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'embed', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr', 'html', 'iframe', 'img', 'input', 'keygen', 'li', 'link', 'listing', 'main', 'marquee', 'menu', 'meta', 'nav', 'noembed', 'noframes', 'noscript', 'object', 'ol', 'p', 'param', 'plaintext', 'pre', 'script', 'search', 'section', 'select', 'source', 'style', 'summary', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead', 'title', 'tr', 'track', 'ul', 'wbr', 'xmp']);
const SCOPE = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template']);
const BUTTON_SCOPE = new Set([...SCOPE, 'button']);
const LIST_SCOPE = new Set([...SCOPE, 'ol', 'ul']);
const TABLE_SCOPE = new Set(['html', 'table', 'template']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Start tags that close an open `<p>` in button scope (besides li, dd, dt, table, handled apart). */
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'p', 'search', 'section', 'summary', 'ul', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'listing', 'form', 'hr', 'xmp']);
/** End tags that close their element when it is in scope, popping whatever is above it. */
const CLOSES_BLOCK = new Set(['address', 'article', 'aside', 'blockquote', 'button', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'header', 'hgroup', 'listing', 'main', 'menu', 'nav', 'ol', 'pre', 'search', 'section', 'summary', 'ul', 'applet', 'marquee', 'object']);
const IMPLIED_END = new Set(['p', 'li', 'dd', 'dt', 'option', 'optgroup', 'rb', 'rp', 'rt', 'rtc']);
/** Start tags the fast path never takes: foreign content, frames, templates, tags the spec renames or ignores in body. */
const NOT_MODELLED = new Set(['html', 'body', 'head', 'frameset', 'frame', 'template', 'math', 'image', 'isindex', 'plaintext', 'nobr', 'rb', 'rtc', 'rp', 'rt', 'caption', 'col', 'colgroup', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'menuitem']);
/** Elements whose content parse5 reads as raw text (scripting on) and htmlparser2 parses as markup. */
const RAW_IN_PARSE5 = new Set(['iframe', 'noembed', 'noframes', 'noscript']);
/** Start tags that close an open cell. */
const CELL_BREAKERS = new Set(['caption', 'col', 'colgroup', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr']);
const TABLE_MODE = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'colgroup']);
const SECTION = new Set(['tbody', 'thead', 'tfoot']);
const HEAD_CONTENT = new Set(['meta', 'link', 'base', 'basefont', 'bgsound', 'title', 'style', 'script', 'noscript']);
/**
 * The elements the fast path follows inside an `<svg>` (parse5's foreign content): an icon's drawing, groups, gradients,
 * clip paths, filters, text, its title and style. None of them is void, raw text or an HTML break-out in either parser
 * (htmlparser2 reads `<title>` and `<style>` as text, hence the checks in ontext); any other start tag in an svg goes to
 * parse5.
 */
const SVG_MODELLED = new Set([
  'svg', 'g', 'path', 'circle', 'rect', 'ellipse', 'line', 'polyline', 'polygon', 'defs', 'use', 'symbol', 'title', 'desc', 'text', 'tspan',
  'lineargradient', 'radialgradient', 'stop', 'clippath', 'mask', 'pattern', 'style', 'filter', 'metadata', 'marker',
  'feblend', 'fecolormatrix', 'fecomposite', 'feflood', 'fegaussianblur', 'femerge', 'femergenode', 'feoffset',
]);
/** SVG elements whose content parse5 reads as HTML (integration points): a start tag in one goes to parse5. */
const SVG_HTML_CONTENT = new Set(['title', 'desc']);
/** A direct child of `<table>` that ends an implied `<tbody>` (or is one). */
const ENDS_IMPLIED_TBODY = new Set(['tbody', 'thead', 'tfoot', 'caption', 'colgroup']);

interface Entry {
  name: string;
  /** An element parse5 has and htmlparser2 has not (the implied `tbody`). */
  virtual: boolean;
  /** An element of an `<svg>` (parse5's foreign content). */
  foreign: boolean;
}

type State = 'initial' | 'beforeHead' | 'inHead' | 'afterHead' | 'inBody' | 'afterBody';

class GiveUp extends Error {}

/** `<!DOCTYPE html>`, `<!DOCTYPE html PUBLIC "…" "…">`, `<!DOCTYPE html SYSTEM "…">` (quoted with "): anything else goes to parse5. */
const DOCTYPE = /^!doctype[ \n\t\f]+([a-z][a-z0-9]*)(?:[ \n\t\f]+public[ \n\t\f]+"([^"]*)"(?:[ \n\t\f]+"([^"]*)")?|[ \n\t\f]+system[ \n\t\f]+"([^"]*)")?[ \n\t\f]*$/i;

/** Depth (1-based, from the top) of the first entry satisfying `hit` before any `stop` entry; 0 when none. */
function depthTo(s: Entry[], hit: (e: Entry) => boolean, stop: Set<string>): number {
  for (let i = s.length - 1; i >= 0; i -= 1) {
    const e = s[i] as Entry;
    if (hit(e)) return s.length - i;
    if (stop.has(e.name)) return 0;
  }
  return 0;
}
const named = (name: string) => (e: Entry) => e.name === name && !e.virtual;
const IS_P = named('p');

class ShadowHandler extends DomHandler {
  state: State = 'initial';
  shadow: Entry[] = [];
  /** How many elements htmlparser2 closed during the current tag (void elements aside), and the last one. */
  popped = 0;
  lastPopped = '';
  /** Open raw-text, select and p entries of the shadow stack (counted, not searched, at every tag). */
  rawOpen = 0;
  selectOpen = 0;
  pOpen = 0;
  /** Open svg entries: while any is, tags follow parse5's foreign-content rules. */
  foreignOpen = 0;
  /** The element htmlparser2 is about to create is an svg element (set at its tag name, read when it is made). */
  foreignNext = false;
  reason: FallbackReason | null = null;
  formOpen = false;
  seenDoctype = false;
  headImplied = false;
  dropNodes: ChildNode[] = [];
  afterBodyText: Text[] = [];
  afterBodyTarget: ParentNode | null = null;
  newlineDropped: Element[] = [];
  impliedTbody = new Set<Element>();
  /** Head content met between `</head>` and `<body>`: parse5 puts it at the end of the head. */
  movedToHead: Element[] = [];
  moveNext = false;
  /** `</html>` seen: parse5 is past the html element, where a later `</body>` takes it back to it. */
  htmlClosed = false;

  count(name: string, by: number, foreign: boolean): void {
    if (foreign) this.foreignOpen += by;
    else if (RAW_IN_PARSE5.has(name)) this.rawOpen += by;
    else if (name === 'select') this.selectOpen += by;
    else if (name === 'p') this.pOpen += by;
  }
  push(name: string, virtual = false, foreign = false): void {
    this.shadow.push({ name, virtual, foreign });
    if (!virtual) this.count(name, 1, foreign);
  }
  pop(n: number): void {
    for (let k = 0; k < n; k += 1) {
      const e = this.shadow.pop();
      if (e && !e.virtual) this.count(e.name, -1, e.foreign);
    }
  }

  top(): Entry | undefined {
    return this.shadow[this.shadow.length - 1];
  }
  current(): ParentNode | undefined {
    return this.tagStack[this.tagStack.length - 1];
  }
  fail(reason: string): never {
    this.reason ??= reason;
    throw new GiveUp(reason);
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    // a `<br>` or `<p>` htmlparser2 makes for a stray `</br>`, `</p>` comes with a plain object
    super.onopentag(name, Object.getPrototypeOf(attribs) === null ? attribs : Object.assign(Object.create(null) as Record<string, string>, attribs));
    const el = this.current() as Element;
    if (this.foreignNext) {
      // only the element of the tag just read: htmlparser2 also makes elements of its own (`</p>`, `</br>`), HTML ones
      this.foreignNext = false;
      asSvgElement(el);
    } else {
      el.namespace = HTML_NS;
      el['x-attribsNamespace'] = NO_NAMESPACES;
      el['x-attribsPrefix'] = NO_NAMESPACES;
    }
    if (this.moveNext) {
      this.movedToHead.push(el);
      this.moveNext = false;
    }
  }

  override onclosetag(name?: string): void {
    if (name !== undefined && !VOID.has(name)) {
      this.popped += 1;
      this.lastPopped = name;
    }
    super.onclosetag();
  }

  override ontext(data: string): void {
    const ws = WS.test(data);
    const top = this.top()?.name;
    if (this.state === 'initial' || this.state === 'beforeHead') {
      if (!ws) this.fail('text before <head>');
      super.ontext(data);
      if (this.lastNode) this.dropNodes.push(this.lastNode as ChildNode);
      return;
    }
    if (!ws) {
      if (this.state === 'inHead' && top === 'head') this.fail('text in <head>');
      if (this.state === 'afterHead' && top === 'html') this.fail('text between </head> and <body>');
      if (this.state === 'afterBody') this.fail('text after </body>');
      if (top !== undefined && TABLE_MODE.has(top)) this.fail('text directly in a table');
    }
    if (top === 'script' && data.includes('<!--')) this.fail('<!-- in a script');
    // htmlparser2 reads an svg's <title> as escapable text and its <style> as raw text; parse5 reads markup in both.
    if (this.foreignOpen > 0 && (top === 'title' || top === 'style') && (data.includes('<') || (top === 'style' && data.includes('&')))) this.fail(`markup in svg <${top}>`);
    if (top === 'textarea' && data.includes('&')) this.fail('& in a textarea');
    const before = this.lastNode;
    super.ontext(data);
    if (this.state === 'afterBody' && this.lastNode instanceof Text && this.lastNode !== before) this.afterBodyText.push(this.lastNode);
  }

  override oncomment(data: string): void {
    const top = this.top()?.name;
    if (top !== undefined && RAW_IN_PARSE5.has(top)) this.fail(`comment in <${top}>`);
    if (data.startsWith('>') || data.startsWith('->') || data.includes('--!>') || data.startsWith('[CDATA[')) this.fail('unusual comment');
    super.oncomment(data);
  }

  override onprocessinginstruction(name: string, data: string): void {
    if (name !== '!doctype') this.fail(`<${name}`);
    if (this.state !== 'initial' || this.seenDoctype) this.fail('doctype not first');
    this.seenDoctype = true;
    const m = DOCTYPE.exec(data);
    if (!m) this.fail('unusual doctype');
    const [, docName = '', pub, sys1, sys2] = m;
    const publicId = pub ?? null;
    const systemId = sys1 ?? sys2 ?? null;
    // parse5's tree adapter: the doctype re-serialised, with its parts
    const content = `!DOCTYPE ${docName.toLowerCase()}${publicId !== null ? ` PUBLIC "${publicId}"` : systemId !== null ? ' SYSTEM' : ''}${systemId !== null ? ` "${systemId}"` : ''}`;
    super.onprocessinginstruction(name, content);
    const node = this.lastNode ?? this.root.children[this.root.children.length - 1];
    if (!node) this.fail('doctype lost');
    Object.assign(node, { 'x-name': docName.toLowerCase(), 'x-publicId': publicId, 'x-systemId': systemId });
  }
}

/** The parse5 pops before inserting start tag `name`, in body (or FALLBACK by throwing). */
function startPops(h: ShadowHandler, name: string): number {
  const s = h.shadow;
  const top = h.top()?.name ?? '';
  if (h.rawOpen > 0) h.fail('markup in a raw-text element');
  if (h.selectOpen > 0) {
    if (name === 'option') return top === 'option' ? 1 : 0;
    if (name === 'optgroup') return top === 'option' ? (s[s.length - 2]?.name === 'optgroup' ? 2 : 1) : top === 'optgroup' ? 1 : 0;
    if (name === 'script') return 0;
    return h.fail(`<${name}> in <select>`);
  }
  if (TABLE_MODE.has(top)) {
    if (name === 'script' || name === 'style') return 0;
    if (top === 'table') {
      if (name === 'tr' || name === 'caption' || name === 'colgroup' || SECTION.has(name)) return 0;
      return h.fail(`<${name}> directly in <table>`);
    }
    if (SECTION.has(top)) {
      if (name === 'tr') return 0;
      if (SECTION.has(name) || name === 'caption' || name === 'colgroup') return 1;
      return h.fail(`<${name}> directly in <${top}>`);
    }
    if (top === 'tr') {
      if (name === 'td' || name === 'th') return 0;
      if (name === 'tr') return 1;
      return h.fail(`<${name}> directly in <tr>`);
    }
    return h.fail(`<${name}> in <colgroup>`);
  }
  // In a cell (the nearest table element is a td/th) a table tag closes the cell.
  const cell = CELL_BREAKERS.has(name) ? depthTo(s, (e) => e.name === 'td' || e.name === 'th' || e.name === 'caption', TABLE_SCOPE) : 0;
  if (cell > 0) {
    if (s[s.length - cell]?.name === 'caption') return h.fail(`<${name}> in <caption>`);
    if (name === 'td' || name === 'th') return cell;
    if (name === 'tr') return cell + 1;
    return h.fail(`<${name}> in a cell`);
  }
  if (NOT_MODELLED.has(name)) return h.fail(`<${name}> in body`);
  if (name === 'a' && depthTo(s, named('a'), MARKER) > 0) return h.fail('<a> inside <a>');
  if (name === 'table') {
    if (depthTo(s, IS_P, BUTTON_SCOPE) > 0) h.fail('<table> in <p> (quirks-dependent)');
    return 0;
  }
  if (name === 'button') return depthTo(s, named('button'), SCOPE);
  if (name === 'option' || name === 'optgroup') return top === 'option' ? 1 : 0;
  let pops = 0;
  if (name === 'li' || name === 'dd' || name === 'dt') {
    const same = name === 'li' ? ['li'] : ['dd', 'dt'];
    for (let i = s.length - 1; i >= 0; i -= 1) {
      const e = s[i] as Entry;
      if (same.includes(e.name)) {
        pops = s.length - i;
        break;
      }
      if (SPECIAL.has(e.name) && e.name !== 'address' && e.name !== 'div' && e.name !== 'p') break;
    }
  }
  if (name === 'form' && h.formOpen) return h.fail('<form> inside <form>');
  if (CLOSES_P.has(name) || name === 'li' || name === 'dd' || name === 'dt') {
    if (h.pOpen > 0) pops += depthTo(pops > 0 ? s.slice(0, s.length - pops) : s, IS_P, BUTTON_SCOPE);
    if (HEADINGS.has(name) && HEADINGS.has(s[s.length - pops - 1]?.name ?? '')) pops += 1;
  }
  return pops;
}

/** The parse5 pops for end tag `name`, in body. */
function endPops(h: ShadowHandler, name: string): number {
  const s = h.shadow;
  const top = h.top()?.name ?? '';
  const raw = h.rawOpen > 0 ? s.find((e) => RAW_IN_PARSE5.has(e.name)) : undefined;
  if (raw) return name === raw.name && top === name ? 1 : h.fail(`</${name}> in <${raw.name}>`);
  if (h.selectOpen > 0) {
    if (name === 'option') return top === 'option' ? 1 : 0;
    if (name === 'optgroup') return top === 'option' && s[s.length - 2]?.name === 'optgroup' ? 2 : top === 'optgroup' ? 1 : 0;
    if (name === 'select') return depthTo(s, named('select'), new Set(['html', 'table', 'template']));
    return h.fail(`</${name}> in <select>`);
  }
  // In a column group any other end tag closes the group first.
  if (top === 'colgroup' && name !== 'colgroup') return h.fail(`</${name}> in <colgroup>`);
  if (['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup'].includes(name)) {
    const d = depthTo(s, (e) => e.name === name, TABLE_SCOPE);
    if (d > 0 && s[s.length - d]?.virtual) return h.fail(`</${name}> closes an implied element`);
    if ((name === 'td' || name === 'th') && d > 0 && s.slice(s.length - d + 1).some((e) => ['tr', 'tbody', 'thead', 'tfoot', 'table'].includes(e.name))) return 0;
    return d;
  }
  if (TABLE_MODE.has(top) && (name === 'p' || name === 'br')) return h.fail(`</${name}> in a table`);
  if (name === 'p') return depthTo(s, IS_P, BUTTON_SCOPE);
  if (name === 'br') return 0;
  if (name === 'li') return depthTo(s, named('li'), LIST_SCOPE);
  if (name === 'dd' || name === 'dt') return depthTo(s, named(name), SCOPE);
  if (HEADINGS.has(name)) return depthTo(s, (e) => HEADINGS.has(e.name), SCOPE);
  if (name === 'form') {
    h.formOpen = false;
    const d = depthTo(s, named('form'), SCOPE);
    if (d > 0 && s.slice(s.length - d + 1).some((e) => !IMPLIED_END.has(e.name))) return h.fail('</form> with elements open inside it');
    return d;
  }
  if (CLOSES_BLOCK.has(name)) return depthTo(s, named(name), SCOPE);
  if (FORMATTING.has(name)) {
    if (top === name) return 1;
    const d = depthTo(s, named(name), MARKER);
    if (d > 0) {
      if (depthTo(s, named(name), SCOPE) !== d) return h.fail(`</${name}> out of scope`);
      if (s.slice(s.length - d + 1).some((e) => SPECIAL.has(e.name) || FORMATTING.has(e.name))) return h.fail(`</${name}> misnested`);
      return d;
    }
  }
  // Any other end tag: the nearest element of that name, unless a special element comes first.
  for (let i = s.length - 1; i >= 0; i -= 1) {
    const e = s[i] as Entry;
    if (e.name === name && !e.virtual) return s.length - i;
    if (SPECIAL.has(e.name)) return 0;
  }
  return 0;
}

/** A start tag inside an svg (parse5's foreign content): an SVG element nested as written, closing nothing, when it is one the fast path models. */
function foreignStart(h: ShadowHandler, name: string): void {
  const top = h.top()?.name ?? '';
  if (!SVG_MODELLED.has(name)) h.fail(`<${name}> in <svg>`);
  if (SVG_HTML_CONTENT.has(top)) h.fail(`<${name}> in svg <${top}>`);
}

/** An end tag inside an svg: it closes the nearest svg element of its name (parse5's foreign content); any other goes to parse5. */
function foreignEndPops(h: ShadowHandler, name: string): number {
  const s = h.shadow;
  for (let i = s.length - 1; i >= 0 && (s[i] as Entry).foreign; i -= 1) if ((s[i] as Entry).name === name) return s.length - i;
  return h.fail(`</${name}> in <svg>`);
}

/**
 * An element htmlparser2 made inside an svg, as parse5's tree adapter makes it: the SVG namespace, the tag name and
 * attribute names adjusted (parse5's own tables: `linearGradient`, `viewBox`; `xlink:href` becomes `href` with prefix
 * `xlink` and the XLink namespace), and a namespace and prefix map holding every attribute.
 */
function asSvgElement(el: Element): void {
  const token: Token.TagToken = {
    type: Token.TokenType.START_TAG,
    tagName: el.name,
    tagID: parse5Html.getTagID(el.name),
    selfClosing: false,
    ackSelfClosing: false,
    attrs: Object.keys(el.attribs).map((name) => ({ name, value: el.attribs[name] ?? '' })),
    location: null,
  };
  if (el.name !== 'svg') foreignContent.adjustTokenSVGTagName(token);
  foreignContent.adjustTokenSVGAttrs(token);
  foreignContent.adjustTokenXMLAttrs(token);
  const attribs = Object.create(null) as Record<string, string>;
  const namespaces = Object.create(null) as Record<string, string>;
  const prefixes = Object.create(null) as Record<string, string>;
  for (const a of token.attrs) {
    attribs[a.name] = a.value;
    namespaces[a.name] = a.namespace as string;
    prefixes[a.name] = a.prefix as string;
  }
  el.name = token.tagName;
  el.attribs = attribs;
  el.namespace = SVG_NS;
  el['x-attribsNamespace'] = namespaces;
  el['x-attribsPrefix'] = prefixes;
}

/** Formatting elements popped by anything but their own end tag stay on parse5's list and are reopened later. */
function checkFormattingPops(h: ShadowHandler, pops: number, target: string | null): void {
  const s = h.shadow;
  for (let k = 0; k < pops; k += 1) {
    const e = s[s.length - 1 - k] as Entry;
    if (!FORMATTING.has(e.name) || (k === pops - 1 && e.name === target)) continue;
    let marked = false;
    for (let j = k + 1; j < pops; j += 1) if (MARKER.has((s[s.length - 1 - j] as Entry).name)) marked = true;
    if (!marked) h.fail(`<${e.name}> left open`);
  }
}

/** Whether both parsers close the same elements for tag `name` (`closing`: its end tag); the reason is written only when they do not. */
function compare(h: ShadowHandler, pops: number, name: string, closing: boolean): void {
  const s = h.shadow;
  let expected = 0;
  for (let k = s.length - pops; k < s.length; k += 1) if (!(s[k] as Entry).virtual) expected += 1;
  if (expected !== h.popped) h.fail(`${closing ? `</${name}>` : `<${name}>`}: parse5 closes ${expected}, htmlparser2 ${h.popped}`);
  h.pop(pops);
}

class ShadowParser extends Parser {
  constructor(
    private readonly h: ShadowHandler,
    private readonly html: string,
  ) {
    super(h);
  }

  /** The tag's name, htmlparser2's closes for it not yet seen. */
  private beginTag(start: number, endIndex: number): string {
    this.h.popped = 0;
    return this.html.slice(start, endIndex).toLowerCase();
  }

  override onopentagname(start: number, endIndex: number): void {
    const h = this.h;
    const name = this.beginTag(start, endIndex);
    let pops = 0;
    let virtualTbody = false;
    switch (h.state) {
      case 'initial':
        if (name !== 'html') h.fail(`<${name}> before <html>`);
        h.state = 'beforeHead';
        break;
      case 'beforeHead':
        if (name === 'head') h.state = 'inHead';
        else if (name === 'body') {
          h.headImplied = true;
          h.state = 'inBody';
        } else h.fail(`<${name}> before <head>`);
        break;
      case 'inHead':
        if (name === 'body' && h.top()?.name === 'head') {
          pops = 1;
          h.state = 'inBody';
        } else if (!HEAD_CONTENT.has(name) || h.top()?.name !== 'head') h.fail(`<${name}> in <head>`);
        break;
      case 'afterHead':
        if (name === 'body' && h.top()?.name === 'html') h.state = 'inBody';
        else if (HEAD_CONTENT.has(name) && name !== 'noscript' && h.top()?.name === 'html') h.moveNext = true;
        else h.fail(`<${name}> after </head>`);
        break;
      case 'afterBody':
        h.fail(`<${name}> after </body>`);
        break;
      case 'inBody':
        if (h.foreignOpen > 0) {
          foreignStart(h, name);
          break;
        }
        pops = startPops(h, name);
        checkFormattingPops(h, pops, null);
        virtualTbody = name === 'tr' && h.shadow[h.shadow.length - 1 - pops]?.name === 'table';
    }
    const foreign = h.state === 'inBody' && (h.foreignOpen > 0 || name === 'svg');
    h.foreignNext = foreign;
    const table = this.h.current();
    super.onopentagname(start, endIndex);
    // parse5's tree adapter makes attribute maps without a prototype (`attribs.constructor` is undefined)
    const self = this as unknown as { attribs: Record<string, string> | null };
    if (self.attribs) self.attribs = Object.create(null) as Record<string, string>;
    compare(h, pops, name, false);
    if (virtualTbody) {
      if (!(table instanceof Element) || table.name !== 'table') return h.fail('implied tbody without its table');
      h.impliedTbody.add(table);
      h.push('tbody', true);
    }
    if (name === 'form') h.formOpen = true;
    if (!VOID.has(name)) h.push(name, false, foreign);
  }

  override onclosetag(start: number, endIndex: number): void {
    const h = this.h;
    const name = this.beginTag(start, endIndex);
    let pops = 0;
    let free = false;
    if (h.state === 'inBody' && (name === 'body' || name === 'html')) {
      if (h.rawOpen > 0 || h.selectOpen > 0 || h.foreignOpen > 0 || h.shadow.some((e) => SCOPE.has(e.name) && e.name !== 'html')) h.fail(`</${name}> inside a table, an svg or a raw element`);
      h.afterBodyTarget = h.current() ?? null;
      h.state = 'afterBody';
      free = true;
    } else if (h.state === 'afterBody') {
      if (name !== 'body' && name !== 'html') h.fail(`</${name}> after </body>`);
      if (name === 'body' && h.htmlClosed) h.fail('</body> after </html>');
      free = true;
    } else if (h.state === 'inBody' && h.foreignOpen > 0) pops = foreignEndPops(h, name);
    else if (h.state === 'inBody') {
      pops = endPops(h, name);
      checkFormattingPops(h, pops, name);
    } else if (h.state === 'inHead') {
      const top = h.top()?.name;
      if (name === 'head' && top === 'head') h.state = 'afterHead';
      else if (name !== top) h.fail(`</${name}> in <head>`);
      pops = 1;
    } else if (h.state === 'afterHead' && name === h.top()?.name && name !== 'html') pops = 1;
    else h.fail(`</${name}> before <body>`);
    super.onclosetag(start, endIndex);
    // `</p>` with no `<p>` open: both parsers insert an empty one.
    if (name === 'p' && pops === 0 && h.popped === 1 && h.lastPopped === 'p' && h.pOpen === 0) h.popped = 0;
    if (name === 'html' && free) h.htmlClosed = true;
    if (free) {
      h.pop(Math.max(0, h.shadow.length - 1));
      return;
    }
    compare(h, pops, name, true);
  }

  /**
   * `<path/>`: parse5 closes a self-closing element at once in an svg, and ignores the slash elsewhere. htmlparser2 closes
   * it while it believes it is in an svg (until an `</svg>` end tag, even after `<svg/>`): both must agree.
   */
  override onselfclosingtag(endIndex: number): void {
    const h = this.h;
    const foreign = h.top()?.foreign === true && h.state === 'inBody';
    h.popped = 0;
    super.onselfclosingtag(endIndex);
    if (foreign) compare(h, 1, h.top()?.name ?? '', true);
    else if (h.popped !== 0) h.fail('self-closing tag closed by htmlparser2 only');
  }

  /** parse5 drops a newline that is the very next token after `<pre>`, `<listing>`, `<textarea>`. */
  override onopentagend(endIndex: number): void {
    super.onopentagend(endIndex);
    const el = this.h.current();
    if (!(el instanceof Element) || (el.name !== 'pre' && el.name !== 'listing' && el.name !== 'textarea')) return;
    const next = this.html[endIndex + 1];
    if (next === '\n') this.h.newlineDropped.push(el);
    else if (next === '&') this.h.fail(`character reference after <${el.name}>`);
  }

  override ontextentity(cp: number, endIndex: number): void {
    const top = this.h.top()?.name;
    if (top !== undefined && (RAW_IN_PARSE5.has(top) || top === 'textarea')) this.h.fail(`character reference in <${top}>`);
    super.ontextentity(cp, endIndex);
  }
}

/** Makes `nodes` the children of `parent`, with their parent and sibling links. */
export function setChildren(parent: ParentNode, nodes: ChildNode[]): void {
  parent.children = nodes;
  nodes.forEach((n, i) => {
    n.parent = parent;
    n.prev = nodes[i - 1] ?? null;
    n.next = nodes[i + 1] ?? null;
  });
}

function htmlElement(name: string, children: ChildNode[]): Element {
  const el = new Element(name, Object.create(null) as Record<string, string>, []);
  el.namespace = HTML_NS;
  el['x-attribsNamespace'] = NO_NAMESPACES;
  el['x-attribsPrefix'] = NO_NAMESPACES;
  setChildren(el, children);
  return el;
}

/** The repairs parse5 always makes the same way, done on htmlparser2's tree. */
function repair(h: ShadowHandler, doc: Document): void {
  for (const el of h.newlineDropped) {
    const first = el.children[0];
    if (!(first instanceof Text) || !first.data.startsWith('\n')) throw new GiveUp(`newline after <${el.name}> lost`);
    if (first.data.length === 1) setChildren(el, el.children.slice(1));
    else first.data = first.data.slice(1);
  }
  const drop = new Set<ChildNode>([...h.dropNodes, ...h.afterBodyText]);
  const emptied = new Set<ParentNode>();
  for (const n of drop) if (n.parent) emptied.add(n.parent);
  for (const p of emptied) setChildren(p, p.children.filter((c) => !drop.has(c)));
  if (h.afterBodyText.length > 0 && h.afterBodyTarget) {
    const target = h.afterBodyTarget;
    const data = h.afterBodyText.map((t) => t.data).join('');
    const last = target.children[target.children.length - 1];
    if (last instanceof Text) last.data += data;
    else setChildren(target, [...target.children, new Text(data)]);
  }
  if (h.movedToHead.length > 0) {
    const html = doc.children.find((c): c is Element => c instanceof Element && c.name === 'html');
    const head = html?.children.find((c): c is Element => c instanceof Element && c.name === 'head');
    if (!html || !head) throw new GiveUp('head content after </head> without a head');
    const moved = new Set<ChildNode>(h.movedToHead);
    // the text on either side of a moved element becomes one text node, as parse5 inserts it
    const kept: ChildNode[] = [];
    for (const c of html.children) {
      if (moved.has(c)) continue;
      const last = kept[kept.length - 1];
      if (c instanceof Text && last instanceof Text) last.data += c.data;
      else kept.push(c);
    }
    setChildren(html, kept);
    setChildren(head, [...head.children, ...h.movedToHead]);
  }
  if (h.headImplied) {
    const html = doc.children.find((c): c is Element => c instanceof Element && c.name === 'html');
    const body = html?.children.findIndex((c) => c instanceof Element && c.name === 'body') ?? -1;
    if (!html || body < 0) throw new GiveUp('implied head without body');
    setChildren(html, [...html.children.slice(0, body), htmlElement('head', []), ...html.children.slice(body)]);
  }
  for (const table of h.impliedTbody) {
    const out: ChildNode[] = [];
    let run: ChildNode[] | null = null;
    for (const c of table.children) {
      const name = c instanceof Element ? c.name : null;
      if (run && name !== null && ENDS_IMPLIED_TBODY.has(name)) {
        out.push(htmlElement('tbody', run));
        run = null;
      }
      if (!run && name === 'tr') run = [];
      if (run) run.push(c);
      else out.push(c);
    }
    if (run) out.push(htmlElement('tbody', run));
    setChildren(table, out);
  }
}

/**
 * The page parsed with htmlparser2 when its tree is the one parse5 builds (see the module comment), else null with the
 * reason. `html` is the source as the spec parser would see it.
 */
export function fastParse(html: string): { doc: Document } | { reason: FallbackReason } {
  if (html.includes('\0')) return { reason: 'NUL character' };
  const source = html.includes('\r') ? html.replace(/\r\n?/g, '\n') : html;
  const h = new ShadowHandler(null, { withStartIndices: false, withEndIndices: false });
  const parser = new ShadowParser(h, source);
  try {
    parser.end(source);
    if (h.state !== 'inBody' && h.state !== 'afterBody') h.fail('no <body>');
    const doc = h.root;
    repair(h, doc);
    return { doc };
  } catch (e) {
    if (e instanceof GiveUp) return { reason: h.reason ?? e.message };
    throw e;
  }
}

/** How many pages took each path, and why the others fell back (for the bench and the README). */
export const parseStats = { fast: 0, spec: 0, reasons: new Map<string, number>() };

/** Parses a page into cheerio: htmlparser2 when its tree is parse5's, parse5 otherwise. */
export function parseHtml(html: string): CheerioAPI {
  const fast = fastParse(html);
  if ('doc' in fast) {
    parseStats.fast += 1;
    return load(fast.doc);
  }
  parseStats.spec += 1;
  const key = fast.reason.replace(/\d+/g, 'N');
  parseStats.reasons.set(key, (parseStats.reasons.get(key) ?? 0) + 1);
  return load(html);
}

import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { normalizeThai } from '../thai/index.ts';
import { isEmptyHref } from './link-kind.ts';
import { type ElementIndex, indexElements, scriptSource, textOf } from './element-index.ts';
import type { ScriptBuilt } from './page-snapshot.ts';

const LISTING_HINT = /(grid|list|news|items?|result|data|content|feed|posts?|cards?)/i;
const NOT_LISTING = /(suggest|autocomplete|dropdown|menu|nav|modal|toast|alert)/i;
const LOADER = /(loading|spinner|loader|กำลังโหลด|load-more|loadmore)/i;
const AJAX = /(\$\.(ajax|get|post|getJSON)\s*\(|\bfetch\s*\(|XMLHttpRequest|axios\.|\.load\s*\(\s*['"])/;

const has = (el: Element, attr: string): boolean => el.attribs[attr] !== undefined;
const MOUNT_IDS = new Set(['app', 'root', '__next', '__nuxt', '___gatsby', 'q-app', 'svelte']);
/** Elements an application mounts itself into (React, Vue, Next, Nuxt, Gatsby, Quasar, Angular, Svelte):
 * `#app, #root, #__next, #__nuxt, #___gatsby, #q-app, #svelte, app-root, [data-reactroot], [data-v-app]`. */
const isMountPoint = (el: Element): boolean => MOUNT_IDS.has(el.attribs['id'] ?? '') || el.name === 'app-root' || has(el, 'data-reactroot') || has(el, 'data-v-app');
const ROUTER_TAGS = new Set(['ng-view', 'ui-view', 'router-view', 'router-outlet']);
/** Router outlets: the part of the page a client-side router fills (AngularJS, UI-Router, Vue Router):
 * `[ng-view], [data-ng-view], ng-view, [ui-view], [data-ui-view], ui-view, router-view, router-outlet`. */
const isRouterView = (el: Element): boolean => ROUTER_TAGS.has(el.name) || has(el, 'ng-view') || has(el, 'data-ng-view') || has(el, 'ui-view') || has(el, 'data-ui-view');
/** Markup repeated by a script from data (AngularJS, Vue, Alpine, Knockout): the static copy is only a template:
 * `[ng-repeat], [data-ng-repeat], [v-for], [x-for], [data-bind*="foreach"]`. */
const isTemplateRepeat = (el: Element): boolean =>
  has(el, 'ng-repeat') || has(el, 'data-ng-repeat') || has(el, 'v-for') || has(el, 'x-for') || (el.attribs['data-bind'] ?? '').includes('foreach');
const NEEDS_JS = /enable\s+javascript|javascript\s+(?:is\s+)?(?:required|disabled|enabled)|without\s+javascript|turn\s+on\s+javascript|javascript\s+to\s+run|เปิด(?:ใช้(?:งาน)?)?\s*(?:javascript|จาวาสคริปต์)|ต้องใช้\s*(?:javascript|จาวาสคริปต์)/i;

/** A page with more than this much text, or this many links, has content of its own: not a bare shell. */
const SHELL_MAX_TEXT = 300;
const SHELL_MAX_LINKS = 6;
/** Almost nothing at all: a body of scripts (also a bare redirect page, see page-redirect). */
export const BARE_MAX_TEXT = 120;
export const BARE_MAX_LINKS = 3;

const isLoader = (el: Element): boolean => LOADER.test(el.attribs['id'] ?? '') || LOADER.test(el.attribs['class'] ?? '');

/** Whether `inner` lies below `outer` (or is it). */
function within(inner: AnyNode, outer: AnyNode): boolean {
  for (let p: AnyNode | null = inner; p !== null; p = p.parent) if (p === outer) return true;
  return false;
}

/** The listing's own block: its parent (a loader beside the list, as `#grid` + `#loading-spinner`), unless that is the whole page. */
function besideOf(el: Element): AnyNode {
  const parent = el.parent;
  if (parent === null || parent.type !== 'tag' || parent.name === 'body' || parent.name === 'html') return el;
  return parent;
}

/**
 * An empty listing filled in by script: an empty container named like a listing, next to a script
 * that loads data, or holding or beside a loader (a spinner element or 'กำลังโหลด…'), or a template repeated from
 * data (`ng-repeat`, `v-for` …). Without a data-loading script, a loader elsewhere on the page (the
 * whole-page preloader many templates show until the page's images load) says nothing about a list.
 */
function emptyListing(index: ElementIndex, $: CheerioAPI): boolean {
  if (index.all.some(isTemplateRepeat)) return true;
  const scripts = index
    .byTag('script')
    .map((el) => scriptSource($, el))
    .join('\n');
  const named = index.all.filter((el) => el.attribs['id'] !== undefined || el.attribs['class'] !== undefined);
  const loaders = named.filter(isLoader);
  const loadsData = AJAX.test(scripts);
  if (!loadsData && loaders.length === 0) return false;
  return named.some((el) => {
    const id = el.attribs['id'] ?? '';
    const cls = el.attribs['class'] ?? '';
    if (!LISTING_HINT.test(id) && !LISTING_HINT.test(cls)) return false;
    if (NOT_LISTING.test(id) || NOT_LISTING.test(cls)) return false;
    if (el.name === 'script' || el.name === 'style' || el.name === 'body' || el.name === 'html') return false;
    // Its shape first (at most one child element, no link, no picture): a listing's wrapper that holds the page's
    // content fails here, before its text (a copy of that content) is read.
    if (el.children.filter(isTag).length > 1 || someBelow(el, (e) => e.name === 'img' || (e.name === 'a' && e.attribs['href'] !== undefined))) return false;
    const text = textOf(el).trim();
    const onlyLoader = text === '' || LOADER.test(text);
    const loaderHere = LOADER.test(text) || loaders.some((loader) => within(loader, besideOf(el)));
    return (loadsData || loaderHere) && onlyLoader;
  });
}

/** An element as cheerio's `.children()` counts them (scripts and styles included). */
function isTag(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Whether an element below `node` (not `node` itself) matches: cheerio's `find(selector).length > 0`, which searches template contents too. */
function someBelow(node: AnyNode, match: (e: Element) => boolean): boolean {
  if (!('children' in node)) return false;
  return node.children.some((c) => (isTag(c) && match(c)) || someBelow(c, match));
}

const NOT_VISIBLE = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Text of a node without the scripts, styles, templates and noscript fallbacks below it: what cheerio's
 * `.text()` gives for a copy with those removed, read in place (no copy of the page's body per page).
 */
export function visibleTextOf(node: AnyNode): string {
  const parts: string[] = [];
  const walk = (n: AnyNode): void => {
    if (n.type === 'text') parts.push(n.data);
    else if (n.type === 'comment') return;
    else if ('children' in n) {
      for (const child of n.children) {
        if ((child.type === 'tag' || child.type === 'script' || child.type === 'style') && NOT_VISIBLE.has(child.name)) continue;
        walk(child);
      }
    }
  };
  walk(node);
  return parts.join('');
}

function visibleText($: CheerioAPI, selector: string): string {
  const node = $(selector).get(0);
  return node ? normalizeThai(visibleTextOf(node)) : '';
}

/**
 * Links below `scope` that go somewhere and are not inside a `<noscript>` (anywhere above them): what
 * `scope.find('a[href]')` less `closest('noscript')` gives, read from the element index (no selector
 * compiled per link).
 */
export function realLinks(index: ElementIndex, scope: AnyNode): number {
  let count = 0;
  for (const a of index.byTag('a')) {
    const href = a.attribs['href'];
    if (a === scope || href === undefined || isEmptyHref(href)) continue;
    let inside = false;
    let hidden = false;
    for (let p = a.parent; p !== null; p = p.parent) {
      if (p === scope) inside = true;
      if (p.type === 'tag' && p.name === 'noscript') hidden = true;
    }
    if (inside && !hidden) count += 1;
  }
  return count;
}

function isEmpty(index: ElementIndex, el: AnyNode): boolean {
  return normalizeThai(visibleTextOf(el)).length < 20 && realLinks(index, el) === 0;
}

/** Controls a server must have rendered for a body to be a page, not a script's frame. */
const RENDERED_CONTROLS = 4;
const CONTROL_TAGS = new Set(['button', 'img', 'svg', 'input', 'select', 'textarea', 'iframe', 'video', 'picture']);
/** Elements whose controls are not the page's own: an icon's parts, markup shown only without scripts, templates. */
const CONTROL_HIDERS = new Set(['svg', 'noscript', 'template']);

/**
 * Rule rendered-bare-page: a body with almost no text or links is a script's frame only when its markup is bare too.
 * A server-rendered page of icon buttons and pictures (a Next.js splash page: a header of four icon buttons, a
 * banner, no words) is what a browser shows after its scripts run as well: a bare page, judged as it stands, not
 * sent to be rendered. Counted: buttons, pictures, inline icons (an `<svg>` once, not its parts), form fields and
 * frames below the body. An empty mount point, router outlet or `<noscript>` asking for JavaScript still makes it a
 * shell.
 */
function serverRenderedControls(index: ElementIndex, body: AnyNode | undefined): boolean {
  if (!body) return false;
  let count = 0;
  for (const el of index.all) {
    if (!CONTROL_TAGS.has(el.name)) continue;
    // One climb: below the body, and not inside an icon, a <noscript> or a <template>.
    let p = el.parent;
    while (p !== null && p !== body && !(p.type === 'tag' && CONTROL_HIDERS.has((p as Element).name))) p = p.parent;
    if (p === body && ++count >= RENDERED_CONTROLS) return true;
  }
  return false;
}

/**
 * An application shell: the served HTML is a frame a script builds the page into. Signs: an empty
 * mount point (`#app`, `#root`, `#__next`, `app-root` …) or router outlet (`ng-view`, `ui-view` …),
 * a `<noscript>` asking for JavaScript, or a body of scripts with almost no text or links.
 */
function applicationShell($: CheerioAPI, index: ElementIndex): boolean {
  const hasScript = index.byTag('script').some((el) => {
    const type = (el.attribs['type'] ?? '').toLowerCase();
    if (type.includes('json') || type === 'text/template' || type === 'text/x-template') return false;
    return el.attribs['src'] !== undefined || scriptSource($, el).trim().length > 0;
  });
  if (!hasScript) return false;
  if (index.all.some((el) => isRouterView(el) && isEmpty(index, el))) return true;
  const body = index.byTag('body')[0] ?? $.root().get(0);
  // Links first: a page with links of its own is no shell, and its text (a copy of the whole body) is not needed.
  const links = body ? realLinks(index, body) : 0;
  if (links >= SHELL_MAX_LINKS) return false;
  const text = visibleText($, $('body').length > 0 ? 'body' : ':root').length;
  if (text < BARE_MAX_TEXT && links < BARE_MAX_LINKS && !serverRenderedControls(index, body)) return true;
  if (text >= SHELL_MAX_TEXT) return false;
  if (index.all.some((el) => isMountPoint(el) && isEmpty(index, el))) return true;
  const angularApp = index.all.some((el) => has(el, 'ng-app') || has(el, 'data-ng-app'));
  if (angularApp) return true;
  return index.byTag('noscript').some((el) => NEEDS_JS.test(textOf(el)));
}

/**
 * How much of the page a script builds after load: `shell` (the whole page: an application shell),
 * `list` (a listing on an otherwise ordinary page), or `none`. The static HTML cannot show what a
 * script builds, so such pages are rendered in a browser when the host can, else judged `review`.
 */
export function detectScriptBuilt($: CheerioAPI, index: ElementIndex = indexElements($)): ScriptBuilt {
  if (applicationShell($, index)) return 'shell';
  if (emptyListing(index, $)) return 'list';
  return 'none';
}

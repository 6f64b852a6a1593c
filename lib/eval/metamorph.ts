/**
 * Metamorphic transforms for the evaluation corpora: each rewrites a page's HTML the way another real Thai
 * public-sector site writes the same content, without changing what a human auditor sees or concludes.
 * Auditing a corpus before and after a transform must give the same verdicts; a verdict that moves is a
 * brittleness of the checker (bench/metamorph.ts runs them). Pure string functions, no HTML parser: the
 * page is cut into markup, raw blocks (script, style, textarea, pre, comments) and text, and a transform
 * rewrites only text (outside character references) unless it is about elements.
 */
import { asciiToThaiDigits, thaiToAsciiDigits } from '../thai/normalize-thai.ts';
import { THAI_MONTHS } from '../thai/thai-months.ts';

export type HtmlPiece = { kind: 'text' | 'tag' | 'raw'; value: string };

/** Comments, raw-text elements (kept whole), tags with quoted attributes, doctypes and processing instructions. */
const PIECE_RE = /<!--[\s\S]*?(?:-->|$)|<(script|style|textarea|pre|xmp)\b(?:"[^"]*"|'[^']*'|[^'">])*>[\s\S]*?(?:<\/\1\s*>|$)|<\/?[a-zA-Z](?:"[^"]*"|'[^']*'|[^'">])*>|<![^>]*>|<\?[\s\S]*?\?>/gi;

/** Cuts HTML into text, tags and raw blocks; joining the values gives the input back. */
export function splitHtml(html: string): HtmlPiece[] {
  const pieces: HtmlPiece[] = [];
  let last = 0;
  for (const m of html.matchAll(PIECE_RE)) {
    const at = m.index;
    if (at > last) pieces.push({ kind: 'text', value: html.slice(last, at) });
    const raw = m[0].startsWith('<!--') || m[1] !== undefined || m[0].startsWith('<!') || m[0].startsWith('<?');
    pieces.push({ kind: raw ? 'raw' : 'tag', value: m[0] });
    last = at + m[0].length;
  }
  if (last < html.length) pieces.push({ kind: 'text', value: html.slice(last) });
  return pieces;
}

const join = (pieces: readonly HtmlPiece[]): string => pieces.map((p) => p.value).join('');

const ENTITY_RE = /(&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);)/i;

/** Applies `fn` to every text piece, between character references (`&#3588;`, `&nbsp;` stay as written). */
export function mapText(html: string, fn: (text: string) => string): string {
  return join(
    splitHtml(html).map((p) =>
      p.kind !== 'text' ? p : { ...p, value: p.value.split(ENTITY_RE).map((part, i) => (i % 2 === 1 ? part : fn(part))).join('') },
    ),
  );
}

/** A visible web address, e-mail address or file name: its characters are not prose and are left alone. */
const URL_LIKE_RE = /:\/\/|^www\.|@|\.(?:pdf|docx?|xlsx?|pptx?|html?|php|aspx?|jpe?g|png|gif|zip|rar)\b/i;

/** Applies `fn` to each whitespace-separated word that is not URL-like. */
function mapWords(text: string, fn: (word: string) => string): string {
  return text.split(/(\s+)/).map((w, i) => (i % 2 === 1 || URL_LIKE_RE.test(w) ? w : fn(w))).join('');
}

const tagName = (tag: string): string => /^<\/?([a-zA-Z][\w:-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';
const isOpen = (p: HtmlPiece, name?: string): boolean =>
  p.kind === 'tag' && !p.value.startsWith('</') && (name === undefined || tagName(p.value) === name);
const isClose = (p: HtmlPiece, name: string): boolean => p.kind === 'tag' && p.value.startsWith('</') && tagName(p.value) === name;
const escapeAttr = (text: string): string => text.replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Rewrites every `<a …>text</a>` whose content is one non-blank text piece: `fn(openTag, text)` returns the
 * replacement of the open tag and the text (the close tag stays).
 */
function mapTextLinks(html: string, fn: (open: string, text: string) => string | null): string {
  const pieces = splitHtml(html);
  for (let i = 0; i + 2 < pieces.length; i++) {
    const [open, text, close] = [pieces[i]!, pieces[i + 1]!, pieces[i + 2]!];
    if (!isOpen(open, 'a') || text.kind !== 'text' || !isClose(close, 'a') || !text.value.trim()) continue;
    const out = fn(open.value, text.value);
    if (out === null) continue;
    pieces.splice(i, 2, { kind: 'raw', value: out });
  }
  return join(pieces);
}

// ---------------------------------------------------------------------------------------------------------
// The transforms

/** Arabic digits in prose → Thai digits (many อบต. templates and officers type ๑๕ มกราคม ๒๕๖๗). */
export function thaiDigits(html: string): string {
  return mapText(html, (t) => mapWords(t, asciiToThaiDigits));
}

/** Thai digits in prose → Arabic digits (the same site retyped by a newer CMS). */
export function arabicDigits(html: string): string {
  return mapText(html, (t) => mapWords(t, thaiToAsciiDigits));
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DIGIT = '[0-9\\u0E50-\\u0E59]';
/** A month word is a date's month when a day number comes right before it (and no Thai letter right after: ก.พ.ร.) or a year right after it. */
function dateMonthRe(words: readonly string[]): RegExp {
  const alt = words.map(escapeRe).join('|');
  return new RegExp(`(?<=${DIGIT}\\s*)(?:${alt})(?![\\u0E01-\\u0E2E])|(?:${alt})(?=\\s*(?:พ\\.\\s?ศ\\.\\s*)?${DIGIT})`, 'g');
}
const FULL_RE = dateMonthRe(THAI_MONTHS.map((m) => m.full));
const ABBR_RE = dateMonthRe(THAI_MONTHS.map((m) => m.abbr));
const FULL_TO_ABBR = new Map(THAI_MONTHS.map((m) => [m.full, m.abbr]));
const ABBR_TO_FULL = new Map(THAI_MONTHS.map((m) => [m.abbr, m.full]));

/** Full month names in dates → abbreviations with dots (15 มกราคม 2567 → 15 ม.ค. 2567): news lists and e-GP. */
export function monthAbbrev(html: string): string {
  return mapText(html, (t) => t.replace(FULL_RE, (m) => FULL_TO_ABBR.get(m) ?? m));
}

/** Abbreviated months in dates → full names (15 ม.ค. 2567 → 15 มกราคม 2567): official letters, สขร.1 titles. */
export function monthFull(html: string): string {
  return mapText(html, (t) => t.replace(ABBR_RE, (m) => ABBR_TO_FULL.get(m) ?? m));
}

/**
 * A Buddhist-Era year standing alone: not part of a numeric date, a range or a longer number, nor the number of an
 * English name ("No Gift Policy 2569": nobody writes "No Gift Policy พ.ศ. 2569").
 */
const BARE_YEAR_RE = /(?<![\d./:\-–]\s*)(?<!พ\.\s?ศ\.\s*)(?<![A-Za-z]\s*)\b(25[0-9]{2})\b(?!\s*[\d./:\-–])/g;
/** Years written 2567 → พ.ศ. 2567 (official letters and announcements name the era). */
export function bePrefix(html: string): string {
  return mapText(html, (t) => t.replace(BARE_YEAR_RE, 'พ.ศ. $1'));
}

const BE_RE = /(^|.)พ\.\s?ศ\.\s*(?=[0-9\u0E50-\u0E59]{2,4})/gs;
/** พ.ศ. 2567 → 2567 (news lists and menus drop the era). */
export function beStrip(html: string): string {
  return mapText(html, (t) => t.replace(BE_RE, (_m, before: string) => (before === '' || /[\s(]/.test(before) ? before : `${before} `)));
}

const THAI_CHAR_RE = /[\u0E01-\u0E5B]/;
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });
/** Zero-width spaces between Thai words (text pasted from Word or typed in CKEditor with a Thai word breaker). */
export function zwsp(html: string): string {
  return mapText(html, (t) => {
    if (!THAI_CHAR_RE.test(t)) return t;
    let out = '';
    let prevThai = false;
    for (const s of segmenter.segment(t)) {
      const thai = s.isWordLike === true && THAI_CHAR_RE.test(s.segment);
      if (thai && prevThai) out += '\u200B';
      out += s.segment;
      prevThai = thai;
    }
    return out;
  });
}

/** Spaces in prose → &nbsp; (Word and CKEditor pastes). Whitespace-only text between tags is left alone. */
export function nbsp(html: string): string {
  return mapText(html, (t) => (t.trim() ? t.replace(/ /g, '&nbsp;') : t));
}

/** Link text wrapped with an icon: <a><i class="fa fa-file"></i> <span>text</span></a> (Bootstrap/AdminLTE themes). */
export function iconWrap(html: string): string {
  return mapTextLinks(html, (open, text) => `${open}<i class="fa fa-file-text-o" aria-hidden="true"></i> <span>${text}</span>`);
}

/**
 * Short link text moved into the link's title and an image's alt (image buttons on ITA pages and menus of
 * old templates: the words are painted in the image). Links that already have a title, whose text is longer
 * than a button's, or whose text is an address (e-mail, web address: written out, not painted on a button) are left alone.
 */
export function titleAttr(html: string): string {
  return mapTextLinks(html, (open, text) => {
    const label = text.replace(/\s+/g, ' ').trim();
    if (label.length > 60 || /\stitle\s*=/i.test(open) || URL_LIKE_RE.test(label)) return null;
    const withTitle = open.replace(/\s*\/?>$/, ` title="${escapeAttr(label)}">`);
    return `${withTitle}<img src="/images/button.png" alt="${escapeAttr(label)}">`;
  });
}

/** Latin words in prose upper-cased (NEWS, E-SERVICE, ITA: theme menus with text-transform baked in). */
export function upperCase(html: string): string {
  return mapText(html, (t) => mapWords(t, (w) => w.toUpperCase()));
}

const BLOCK_TAGS = new Set(['div', 'p', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'section', 'article', 'header', 'footer', 'nav', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dl', 'dt', 'dd', 'br']);
/**
 * Template indentation: whitespace in prose → a newline and tabs, link text on its own indented line, and a
 * newline between adjacent block tags (PHP/Blade templates printing `<a href="…">\n\t\t<?= $title ?>\n\t</a>`).
 */
export function whitespace(html: string): string {
  const pieces = splitHtml(html).map((p, i, all): HtmlPiece => {
    if (p.kind !== 'text') return p;
    const spaced = p.value.replace(/[ \t\r\n]+/g, '\n\t\t\t');
    const inLink = isOpen(all[i - 1] ?? { kind: 'raw', value: '' }, 'a') && isClose(all[i + 1] ?? { kind: 'raw', value: '' }, 'a');
    return { kind: 'text', value: inLink && spaced.trim() ? `\n\t\t${spaced.trim()}\n\t` : spaced };
  });
  const out: HtmlPiece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (prev?.kind === 'tag' && p.kind === 'tag' && BLOCK_TAGS.has(tagName(prev.value)) && BLOCK_TAGS.has(tagName(p.value))) {
      out.push({ kind: 'text', value: '\n\t' });
    }
    out.push(p);
  }
  return join(out);
}

const CELL_TAGS = new Set(['li', 'td']);
const STRUCTURE_TAGS = new Set(['li', 'td', 'th', 'tr', 'ul', 'ol', 'table', 'tbody', 'thead']);
/** Each <li>/<td> content wrapped in two more levels (page builders: Elementor, Bootstrap grids, Joomla modules). */
export function wrapperDivs(html: string): string {
  const pieces = splitHtml(html);
  const out: HtmlPiece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    out.push(p);
    if (!isOpen(p) || !CELL_TAGS.has(tagName(p.value))) continue;
    const name = tagName(p.value);
    let j = i + 1;
    while (j < pieces.length && !isClose(pieces[j]!, name) && !(pieces[j]!.kind === 'tag' && STRUCTURE_TAGS.has(tagName(pieces[j]!.value)))) j++;
    if (j >= pieces.length || !isClose(pieces[j]!, name) || j === i + 1) continue;
    out.push({ kind: 'raw', value: '<div class="item-wrap"><div class="item-inner">' }, ...pieces.slice(i + 1, j), { kind: 'raw', value: '</div></div>' });
    i = j - 1;
  }
  return join(out);
}

const MONTH_ALT = THAI_MONTHS.flatMap((m) => [m.full, m.abbr]).map(escapeRe).join('|');
const MONTH_NUMBER = new Map(THAI_MONTHS.flatMap((m) => [[m.full, m.month], [m.abbr, m.month]] as const));
/** A day, a Thai month name and a four-digit Buddhist-Era year: "15 มกราคม 2567", "5 ม.ค. 2567". */
const DAY_MONTH_YEAR_RE = new RegExp(`(?<![\\d.])(\\d{1,2})\\s*(${MONTH_ALT})\\s*(?:พ\\.\\s?ศ\\.\\s*)?(25\\d{2})(?!\\d)`, 'g');

/** Years of dates written short: 15 มกราคม 2567 → 15 มกราคม 67 (e-GP, news lists: "10 ม.ค. 67"). */
export function shortYear(html: string): string {
  return mapText(html, (t) => t.replace(DAY_MONTH_YEAR_RE, (_m, d: string, month: string, y: string) => `${d} ${month} ${y.slice(2)}`));
}

/** Dates written as numbers: 15 มกราคม 2567 → 15/01/2567 (CMS date fields, tables of สขร.1). */
export function numericDate(html: string): string {
  return mapText(html, (t) =>
    t.replace(DAY_MONTH_YEAR_RE, (m, d: string, month: string, y: string) => {
      const n = MONTH_NUMBER.get(month);
      return n === undefined ? m : `${d.padStart(2, '0')}/${String(n).padStart(2, '0')}/${y}`;
    }),
  );
}

/**
 * A simple list written as lines: `<ul><li>a</li><li>b</li></ul>` → `<div class="list">a<br>b<br></div>` (old
 * Dreamweaver / FrontPage templates and CMS editors type lists as lines). Only lists whose items hold no list, table
 * or block of their own.
 */
export function listToBr(html: string): string {
  const pieces = splitHtml(html);
  const out: HtmlPiece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i]!;
    const name = tagName(p.value);
    if (!isOpen(p) || (name !== 'ul' && name !== 'ol')) {
      out.push(p);
      continue;
    }
    // Collect the items up to the close of this list; give up on anything but li and inline content.
    const lines: HtmlPiece[][] = [];
    let j = i + 1;
    let ok = true;
    let current: HtmlPiece[] | null = null;
    for (; j < pieces.length; j++) {
      const q = pieces[j]!;
      const qn = q.kind === 'tag' ? tagName(q.value) : '';
      if (isClose(q, name)) break;
      if (q.kind === 'tag' && qn === 'li') {
        if (isOpen(q)) lines.push((current = []));
        else current = null;
        continue;
      }
      if (q.kind === 'tag' && (STRUCTURE_TAGS.has(qn) || BLOCK_TAGS.has(qn))) {
        ok = false;
        break;
      }
      if (current) current.push(q);
      else if (q.value.trim() !== '') {
        ok = false;
        break;
      }
    }
    if (!ok || j >= pieces.length || lines.length === 0) {
      out.push(p);
      continue;
    }
    out.push({ kind: 'raw', value: '<div class="list">' });
    for (const line of lines) out.push(...line, { kind: 'raw', value: '<br>\n' });
    out.push({ kind: 'raw', value: '</div>' });
    i = j;
  }
  return join(out);
}

/** SARA AM written as NIKHAHIT + SARA AA (ำ → ํา): text copied out of a PDF into the CMS. */
export function saraAm(html: string): string {
  return mapText(html, (t) => t.replace(/([\u0E48-\u0E4B]?)\u0E33/g, '\u0E4D$1\u0E32'));
}

/** Thai letters written as numeric character references (&#3588;): pages saved from Microsoft Word. */
export function thaiEntities(html: string): string {
  return mapText(html, (t) => t.replace(/[\u0E01-\u0E5B]/g, (c) => `&#${c.charCodeAt(0)};`));
}

export interface Transform {
  name: string;
  /** Which real sites write pages this way. */
  seenOn: string;
  apply(html: string): string;
}

export const TRANSFORMS: readonly Transform[] = [
  { name: 'thai-digits', seenOn: 'อบต. templates and officers typing Thai digits', apply: thaiDigits },
  { name: 'arabic-digits', seenOn: 'the same content on a newer CMS', apply: arabicDigits },
  { name: 'month-abbrev', seenOn: 'news lists, e-GP', apply: monthAbbrev },
  { name: 'month-full', seenOn: 'official letters, สขร.1 titles', apply: monthFull },
  { name: 'be-prefix', seenOn: 'announcements naming the era (พ.ศ. 2567)', apply: bePrefix },
  { name: 'be-strip', seenOn: 'menus and news lists dropping พ.ศ.', apply: beStrip },
  { name: 'zwsp', seenOn: 'Word / CKEditor pastes with Thai word breaks', apply: zwsp },
  { name: 'nbsp', seenOn: 'Word / CKEditor pastes', apply: nbsp },
  { name: 'icon-wrap', seenOn: 'Bootstrap / AdminLTE themes', apply: iconWrap },
  { name: 'title-attr', seenOn: 'image buttons on ITA pages and old menus', apply: titleAttr },
  { name: 'case', seenOn: 'theme menus in capitals (NEWS, E-SERVICE)', apply: upperCase },
  { name: 'whitespace', seenOn: 'PHP / Blade templates with indentation', apply: whitespace },
  { name: 'wrapper-divs', seenOn: 'page builders (Elementor, Bootstrap grids, Joomla modules)', apply: wrapperDivs },
  { name: 'short-year', seenOn: 'e-GP and news lists (10 ม.ค. 67)', apply: shortYear },
  { name: 'numeric-date', seenOn: 'CMS date fields and สขร.1 tables (15/01/2567)', apply: numericDate },
  { name: 'list-to-br', seenOn: 'old Dreamweaver / FrontPage templates, lists typed as lines in CMS editors', apply: listToBr },
  { name: 'sara-am', seenOn: 'text pasted from PDFs', apply: saraAm },
  { name: 'entities', seenOn: 'pages saved from Microsoft Word', apply: thaiEntities },
];

export function transformByName(name: string): Transform | undefined {
  return TRANSFORMS.find((t) => t.name === name);
}

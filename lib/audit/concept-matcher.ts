import type { Concept, ProperName } from '../checklist/checklist-schema.ts';
import { findDates, normalizeThai } from '../thai/index.ts';
import { defineCheck } from './checks/check.ts';
import { allowedTypos, bigrams, findFuzzy } from './fuzzy.ts';

export interface ConceptMatch {
  conceptId: string;
  term: string;
  how: 'synonym' | 'fuzzy';
  start: number;
  end: number;
  /** Matched by one of the concept's weakTerms (a reworded menu label) or partTerms (one part of the item): needs its target to confirm it. */
  weak?: true;
  /** Matched as the last topic a short menu entry lists (list-entry-tail): a working target that does not confirm it names nothing. */
  listTail?: true;
}

interface PreparedTerm {
  conceptId: string;
  term: string;
  key: string;
  bigrams: Set<string>;
  /** For terms written with `*` ("สรุปผล*จัดซื้อจัดจ้าง*รายเดือน"): the parts in order, any short text between. */
  gapped: RegExp | null;
  /** Keys of proper names this term may match inside (its concept's own names, or names the term contains). */
  ownNames: Set<string>;
  /** One of the concept's weakTerms (matches only as a whole label, see WEAK_TAIL) or partTerms: needs its target to confirm it. */
  weak: boolean;
  /** One of the concept's openingTerms: matched only where it opens the label (OPENS_LABEL), strong. */
  opening: boolean;
  /** One of the concept's partTerms: matched anywhere in a label, exactly (no typos), and weak. */
  part: boolean;
  /** One of the concept's kindTerms: the length of its key (its first part, when gapped) after which a topic makes it weak. */
  kindLength: number | null;
  /**
   * The key's first two characters, when every match of the term needs them in the text (an exact match contains
   * them; a fuzzy one starts with them, see findFuzzy); null for gapped and one-character terms, always tried.
   */
  head: string | null;
  /** For a term written in Latin letters only ("News", "Contact Us"): the whole-word pattern of LATIN_WHOLE_WORD. */
  latinWord: RegExp | null;
}

interface PreparedName {
  key: string;
  conceptIds: Set<string>;
}

/** Where proper names stand in a key: [start, end, name key]. */
export type NameSpan = [number, number, string];

/** Every occurrence of every proper name in a (compact) key. */
export function properNameSpans(key: string, names: readonly { key: string }[]): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const n of names) {
    if (n.key === '') continue;
    for (let at = key.indexOf(n.key); at >= 0; at = key.indexOf(n.key, at + 1)) spans.push([at, at + n.key.length, n.key]);
  }
  return spans;
}

/** A weak term matches only at the start of a label with at most this many characters after it ("…ของเทศบาล"). */
export const WEAK_TAIL = 15;

export const OPENS_LABEL = defineCheck(
  'opens-label',
  'evidence',
  "An opening term (a law's title word: 'พระราชบัญญัติ', 'พ.ร.บ.', 'กฎกระทรวง') names the laws item only when it opens the label, after at most a list number or bullet ('1. พระราชบัญญัติจดหมายเหตุแห่งชาติ'): in the middle of a label it is a sentence about a law (a news headline), not the law.",
  (before: string): boolean => /^[\d.)(\-–•·*|:]*$/.test(before),
);

/** Up to this many characters may stand where a term has `*`. */
const MAX_GAP = 40;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function gappedPattern(key: string): RegExp | null {
  if (!key.includes('*')) return null;
  const parts = key.split('*').filter((p) => p !== '');
  return new RegExp(parts.map(escapeRegExp).join(`.{0,${MAX_GAP}}?`));
}

/** Lower-case, normalised form used for matching; punctuation between words folded to a space. */
export function matchKey(text: string): string {
  return normalizeThai(text)
    .toLowerCase()
    .replace(/[“”"'‘’()[\]{}|:;,!?·•»«]+/g, ' ')
    .replace(/\s*[-–—]\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A term's match [start, end) lies wholly inside the name of a law, office or programme that is not the
 * term's own, so it names that law or office, not the concept.
 */
export const INSIDE_PROPER_NAME = defineCheck(
  'inside-proper-name',
  'match',
  'A term found wholly inside the name of a law, office or programme (concepts.json properNames) does not match, unless the name is the concept\'s own.',
  (start: number, end: number, spans: readonly NameSpan[], ownNames: ReadonlySet<string>): boolean =>
    spans.some(([a, b, name]) => a <= start && end <= b && !ownNames.has(name)),
);
const insideProperName = INSIDE_PROPER_NAME.run;

/** Period words a label may list with "/" ("รายเดือน/ไตรมาส/ปี"), longest first; each as the term writes it. */
const PERIOD_WORDS: readonly [string, string][] = [
  ['รอบ 6 เดือน', 'รอบ 6 เดือน'], ['รายเดือน', 'รายเดือน'], ['ประจำเดือน', 'ประจำเดือน'], ['รายไตรมาส', 'รายไตรมาส'], ['ไตรมาส', 'รายไตรมาส'],
  ['ประจำปี', 'ประจำปี'], ['รายปี', 'ประจำปี'], ['เดือน', 'รายเดือน'], ['ปี', 'ประจำปี'],
];
const PERIOD = `(?:${PERIOD_WORDS.map(([w]) => w.replace(/ /g, ' ?')).join('|')})`;
const PERIOD_LIST = new RegExp(`${PERIOD}(?:\\s*/\\s*${PERIOD})+`);

/**
 * A label listing periods joined by "/" ("สรุปผลการจัดซื้อจัดจ้างรายเดือน/ไตรมาส/ปี") names the report of each
 * period: the label read once per period ("…รายเดือน", "…รายไตรมาส", "…ประจำปี"); none when it lists no periods.
 */
export const PERIOD_LIST_LABEL = defineCheck(
  'period-list-label',
  'match',
  'A label listing periods joined by "/" ("…รายเดือน/ไตรมาส/ปี") matches every concept it names, read once per period.',
  (text: string): string[] => {
    const m = PERIOD_LIST.exec(text);
    if (!m) return [];
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    return m[0].split('/').map((part) => {
      const word = part.trim().replace(/\s+/g, ' ');
      const canonical = PERIOD_WORDS.find(([w]) => w === word || w.replace(/ /g, '') === word.replace(/ /g, ''))?.[1] ?? word;
      return `${before}${canonical}${after}`;
    });
  },
);

/** A term written in Latin letters only: its whole-word pattern over a spaced match key (plural -s/-es allowed). */
export function latinWordPattern(termKey: string): RegExp | null {
  if (!/^[a-z0-9&'.\s-]+$/.test(termKey) || !/[a-z]/.test(termKey)) return null;
  const body = termKey.trim().split(/\s+/).map(escapeRegExp).join('\\s*');
  return new RegExp(`(?<![a-z])${body}(?:e?s)?(?![a-z])`);
}

/**
 * A term written in Latin letters names a concept only as whole words: "News" is not inside "Our Newsletter",
 * "Contact" not inside "Contactless" (Thai has no spaces between words, English does). A plural counts ("E-Services").
 */
export const LATIN_WHOLE_WORD = defineCheck(
  'latin-whole-word',
  'match',
  'A term written in Latin letters ("News", "Contact Us") matches only as whole words of the text (or their plural): "News" is not in "Newsletter".',
  (spacedKey: string, pattern: RegExp): boolean => pattern.test(spacedKey),
);

/**
 * What may follow a kind of document ('แผนปฏิบัติการ') in the organisation's own document of that kind: a period or
 * year, a conjunction or possessive, the organisation's kind of body, its budget. Compact keys, read as prefixes.
 */
const KIND_QUALIFIERS = [
  'ประจำ', 'ปีงบประมาณ', 'ปี', 'รอบ', 'ระยะ', 'งวด', 'ไตรมาส', 'รายไตรมาส', 'ครึ่งปี', 'พ.ศ', 'พศ', 'fy',
  'และ', 'ของ', 'หรือ', 'ตาม', 'ใน', 'ทั้งหมด', 'ทุกแผน', 'แผน', 'งบประมาณ', 'การใช้จ่าย', 'การใช้งบประมาณ',
  'องค์การ', 'องค์กร', 'อบต', 'อบจ', 'ทต', 'ทม', 'ทน', 'เทศบาล', 'สำนักงาน', 'กรม', 'กระทรวง', 'จังหวัด',
  'อำเภอ', 'โรงพยาบาล', 'รพ', 'สถาบัน', 'มหาวิทยาลัย', 'คณะ', 'วิทยาลัย', 'โรงเรียน', 'หน่วยงาน', 'ส่วนราชการ',
  'สพป', 'สพม', 'สสจ', 'สสอ', 'ราชการ', 'ฯ',
].map((w) => compact(matchKey(w)));

/** Topics that begin like a qualifier: a fund, a committee, an insurance policy (กรมธรรม์) are not the organisation. */
const KIND_TOPICS = ['กองทุน', 'คณะกรรมการ', 'คณะทำงาน', 'กรมธรรม์'].map((w) => compact(matchKey(w)));

/**
 * A kind of document named with a topic right after it ('แผนปฏิบัติการป้องกันและบรรเทาสาธารณภัย', 'แผนดำเนินงาน
 * ขับเคลื่อนชมรมจริยธรรม', 'รายงานผลการดำเนินงานกองทุนหลักประกันสุขภาพ') or a division's ('…กองช่าง', '…ศูนย์พัฒนาเด็กเล็ก')
 * is one programme's or unit's document, not the organisation's own: `rest` is the compact key after
 * the kind's words; true when it starts with letters that are none of KIND_QUALIFIERS.
 */
export const TOPIC_AFTER_KIND_TERM = defineCheck(
  'topic-after-kind-term',
  'match',
  'A term naming a kind of document (a concept\'s kindTerms, "แผนปฏิบัติการ") followed directly by a topic rather than a period, year, organisation or conjunction names a programme\'s document: it matches only as a weak term.',
  (rest: string): boolean =>
    /^[\p{L}\p{M}]/u.test(rest) && (KIND_TOPICS.some((w) => rest.startsWith(w)) || !KIND_QUALIFIERS.some((q) => rest.startsWith(q))),
);

/**
 * The words after a weak term are other words only when they are not the label's closing date: "จริยธรรมปีงบประมาณ
 * พ.ศ. 2569" is "จริยธรรม" for a year, as "จริยธรรมปีงบประมาณ 2569" is. Returns the length of the tail without it.
 */
export const WEAK_TAIL_WITHOUT_DATE = defineCheck(
  'weak-tail-without-date',
  'match',
  'A weak term (a reworded menu label) matches at the start of a label with at most 15 characters after it, not counting a date or period that ends the label ("จริยธรรมปีงบประมาณ พ.ศ. 2569").',
  (tail: string): number => {
    const text = tail.trimEnd();
    const last = findDates(text).at(-1);
    return (last && last.end >= text.length ? text.slice(0, last.start) : text).trim().length;
  },
);

/** A menu entry listing topics is short: a weak term may close it (LIST_ENTRY_TAIL) only within this many characters. */
const LIST_ENTRY_MAX = 40;

/**
 * A weak term also names its concept as the last topic a short menu entry lists ('ปณิธาน วิสัยทัศน์ และยุทธศาสตร์',
 * 'วิสัยทัศน์/พันธกิจ/ยุทธศาสตร์'): the entry is each of its topics, and like any weak match its working target must show
 * the concept to count (a dead one is the item listed). `before`: the spaced label before the term.
 */
export const LIST_ENTRY_TAIL = defineCheck(
  'list-entry-tail',
  'match',
  "A weak term (a reworded menu label) closing a short menu entry that lists topics — after a space, '/', ',', '|' or 'และ' ('ปณิธาน วิสัยทัศน์ และยุทธศาสตร์', real124; 'วิสัยทัศน์/พันธกิจ/ยุทธศาสตร์', real98) — names its concept as that entry's last topic, weakly — and only over a dead link (the item listed): a working page that does not show the concept leaves the entry naming nothing.",
  (before: string, labelLength: number): boolean => labelLength <= LIST_ENTRY_MAX && before.trim() !== '' && /(?:[\s/,|]|และ)$/u.test(before),
);

/**
 * The Thai half of a bilingual menu entry ('ผู้บริหารภาควิชา / administrator', 'ติดต่อเรา/contact us'), compacted:
 * a whole label is still whole when an English translation follows it after '/'. Null for any other label.
 */
function thaiHalfOfBilingual(spacedKey: string): string | null {
  const m = /^([^a-z/]+?)\s*\/\s*[a-z][a-z .&-]*$/.exec(spacedKey);
  return m ? compact(m[1]!) : null;
}

/** Thai text without spaces: labels break words with spaces at random ("สรุปผล การจัดซื้อ"). */
function compact(key: string): string {
  return key.replace(/\s+/g, '');
}

/** The key a text is matched on (matchKey without spaces): `ConceptMatch.start` and `end` are offsets into it. */
export function compactKey(text: string): string {
  return compact(matchKey(text));
}

/**
 * Matches text against every concept's synonyms. Longest matches win; a shorter match that overlaps a
 * longer one is dropped, so "รายงานผลการจัดซื้อจัดจ้างประจำปี" is the annual report and not also the
 * monthly summary. A concept's `exclude` terms veto it. Results are memoised per text.
 */
export function createConceptMatcher(concepts: Concept[], properNames: readonly ProperName[] = []): (text: string) => ConceptMatch[] {
  const names: PreparedName[] = properNames.flatMap((p) => p.names.map((n) => ({ key: compact(matchKey(n)), conceptIds: new Set(p.concepts) })));
  const terms: PreparedTerm[] = [];
  const excludes = new Map<string, string[]>();
  for (const c of concepts) {
    const weakTerms = new Set(c.weakTerms);
    const partTerms = new Set(c.partTerms);
    const kindTerms = new Set(c.kindTerms);
    const openingTerms = new Set(c.openingTerms);
    for (const t of [...c.terms, ...c.weakTerms, ...c.partTerms, ...c.openingTerms]) {
      const key = compact(matchKey(t));
      const gapped = gappedPattern(key);
      const plain = gapped ? key.replace(/\*/g, '') : key;
      const ownNames = new Set(names.filter((n) => n.conceptIds.has(c.id) || plain.includes(n.key)).map((n) => n.key));
      const head = !gapped && plain.length >= 2 ? plain.slice(0, 2) : null;
      const latinWord = gapped ? null : latinWordPattern(matchKey(t));
      const kindLength = kindTerms.has(t) ? (key.split('*')[0] ?? '').length : null;
      terms.push({ conceptId: c.id, term: t, key: plain, bigrams: bigrams(key), gapped: gapped ? new RegExp(gapped.source, 'g') : null, ownNames, weak: weakTerms.has(t) || partTerms.has(t), part: partTerms.has(t), opening: openingTerms.has(t), kindLength, head, latinWord });
    }
    excludes.set(c.id, c.exclude.map((e) => compact(matchKey(e))));
  }
  terms.sort((a, b) => b.key.length - a.key.length);
  /** Whole labels that name a concept (Concept.exactLabels), by their compact key. */
  const exact = new Map<string, { conceptId: string; term: string }>();
  for (const c of concepts) for (const t of c.exactLabels) exact.set(compact(matchKey(t)), { conceptId: c.id, term: t });
  const memo = new Map<string, ConceptMatch[]>();

  const matchOne = (text: string): ConceptMatch[] => {
    const spacedKey = matchKey(text);
    const key = compact(spacedKey);
    const keyBigrams = bigrams(key);
    const found: ConceptMatch[] = [];
    // The whole label, else the Thai half of a bilingual one: its match ends where that half does.
    const half = exact.has(key) ? key : thaiHalfOfBilingual(spacedKey);
    const whole = half === null ? undefined : exact.get(half);
    if (whole && half !== null) return [{ conceptId: whole.conceptId, term: whole.term, how: 'synonym', start: 0, end: half.length }];
    // Spans already taken, with the term that took them: the same words written into two concepts'
    // lists (a report title shared by two items) match both; a shorter, different term inside them does not.
    const taken: [number, number, string][] = [];
    const overlaps = (s: number, e: number, k: string) => taken.some(([a, b, key]) => s < b && e > a && key !== k);
    const vetoed = (conceptId: string) => (excludes.get(conceptId) ?? []).some((x) => x !== '' && key.includes(x));
    const spans = names.length > 0 ? properNameSpans(key, names) : [];
    /** The term stands inside a name that is not its own (ข่าวสาร inside พระราชบัญญัติข้อมูลข่าวสารของราชการ). */
    const hidden = (t: PreparedTerm, s: number, e: number) => spans.length > 0 && insideProperName(s, e, spans, t.ownNames);
    if (key.length > 0 && key.length <= 600) {
      for (const t of terms) {
        // Most terms share no first two characters with a label: skipped before any search (≈ 540 terms per label).
        if (t.key === '' || (t.head !== null && !keyBigrams.has(t.head))) continue;
        let idx = -1;
        let end = -1;
        let how: ConceptMatch['how'] = 'synonym';
        // The first occurrence outside a name not the term's own; for a kind of document, the first not followed
        // by a topic when there is one ('ยุทธศาสตร์ แผนปฏิบัติราชการ' after a menu's repeated label).
        let topical = false;
        const take = (s: number, e: number): boolean => {
          if (hidden(t, s, e)) return false;
          const onTopic = t.kindLength !== null && TOPIC_AFTER_KIND_TERM.run(key.slice(s + t.kindLength));
          if (idx < 0 || (topical && !onTopic)) {
            idx = s;
            end = e;
            topical = onTopic;
          }
          return !onTopic;
        };
        if (t.gapped) {
          t.gapped.lastIndex = 0;
          for (let m = t.gapped.exec(key); m; m = t.gapped.exec(key)) {
            if (take(m.index, m.index + m[0].length)) break;
            t.gapped.lastIndex = m.index + 1;
          }
        } else {
          for (let at = key.indexOf(t.key); at >= 0; at = key.indexOf(t.key, at + 1)) {
            if (take(at, at + t.key.length)) break;
          }
        }
        let listTail = false;
        if (t.part) {
          if (idx < 0) continue;
        } else if (t.opening) {
          if (idx < 0 || !OPENS_LABEL.run(key.slice(0, idx))) continue;
        } else if (t.weak || topical) {
          listTail = t.weak && idx > 0 && end === key.length && spacedKey.endsWith(t.key) && LIST_ENTRY_TAIL.run(spacedKey.slice(0, spacedKey.length - t.key.length), key.length);
          if (!listTail && (idx !== 0 || (key.length - end > WEAK_TAIL && WEAK_TAIL_WITHOUT_DATE.run(key.slice(end)) > WEAK_TAIL))) continue;
        } else if (idx < 0 && !t.gapped && key.length <= 200 && allowedTypos(t.key.length) > 0 && !key.includes(t.key)) {
          const fuzzy = findFuzzy(key, t.key, keyBigrams, t.bigrams);
          if (fuzzy && !hidden(t, fuzzy.start, fuzzy.end)) {
            idx = fuzzy.start;
            end = fuzzy.end;
            how = 'fuzzy';
          }
          if (how === 'fuzzy' && t.kindLength !== null && TOPIC_AFTER_KIND_TERM.run(key.slice(end))) continue;
        }
        if (idx < 0 || overlaps(idx, end, t.key) || vetoed(t.conceptId)) continue;
        if (how === 'synonym' && t.latinWord && !LATIN_WHOLE_WORD.run(spacedKey, t.latinWord)) continue;
        if (found.some((f) => f.conceptId === t.conceptId)) continue;
        taken.push([idx, end, t.key]);
        found.push({ conceptId: t.conceptId, term: t.term, how, start: idx, end, ...(t.weak || topical ? { weak: true as const } : {}), ...(listTail ? { listTail: true as const } : {}) });
      }
    }
    return found;
  };

  return (text: string) => {
    const cached = memo.get(text);
    if (cached) return cached;
    const found = matchOne(text);
    for (const variant of PERIOD_LIST_LABEL.run(text)) {
      for (const m of matchOne(variant)) if (!found.some((f) => f.conceptId === m.conceptId)) found.push(m);
    }
    if (memo.size > 50_000) memo.clear();
    memo.set(text, found);
    return found;
  };
}

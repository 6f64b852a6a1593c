import type { Concept } from '../checklist/checklist-schema.ts';
import { normalizeThai } from '../thai/index.ts';
import { allowedTypos, bigrams, findFuzzy } from './fuzzy.ts';

export interface ConceptMatch {
  conceptId: string;
  term: string;
  how: 'synonym' | 'fuzzy';
  start: number;
  end: number;
}

interface PreparedTerm {
  conceptId: string;
  term: string;
  key: string;
  bigrams: Set<string>;
  /** For terms written with `*` ("สรุปผล*จัดซื้อจัดจ้าง*รายเดือน"): the parts in order, any short text between. */
  gapped: RegExp | null;
}

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

/** Thai text without spaces: labels break words with spaces at random ("สรุปผล การจัดซื้อ"). */
function compact(key: string): string {
  return key.replace(/\s+/g, '');
}

/**
 * Matches text against every concept's synonyms. Longest matches win; a shorter match that overlaps a
 * longer one is dropped, so "รายงานผลการจัดซื้อจัดจ้างประจำปี" is the annual report and not also the
 * monthly summary. A concept's `exclude` terms veto it. Results are memoised per text.
 */
export function createConceptMatcher(concepts: Concept[]): (text: string) => ConceptMatch[] {
  const terms: PreparedTerm[] = [];
  const excludes = new Map<string, string[]>();
  for (const c of concepts) {
    for (const t of c.terms) {
      const key = compact(matchKey(t));
      const gapped = gappedPattern(key);
      terms.push({ conceptId: c.id, term: t, key: gapped ? key.replace(/\*/g, '') : key, bigrams: bigrams(key), gapped });
    }
    excludes.set(c.id, c.exclude.map((e) => compact(matchKey(e))));
  }
  terms.sort((a, b) => b.key.length - a.key.length);
  const memo = new Map<string, ConceptMatch[]>();

  return (text: string) => {
    const cached = memo.get(text);
    if (cached) return cached;
    const key = compact(matchKey(text));
    const keyBigrams = bigrams(key);
    const found: ConceptMatch[] = [];
    // Spans already taken, with the term that took them: the same words written into two concepts'
    // lists (a report title shared by two items) match both; a shorter, different term inside them does not.
    const taken: [number, number, string][] = [];
    const overlaps = (s: number, e: number, k: string) => taken.some(([a, b, key]) => s < b && e > a && key !== k);
    const vetoed = (conceptId: string) => (excludes.get(conceptId) ?? []).some((x) => x !== '' && key.includes(x));
    if (key.length > 0 && key.length <= 600) {
      for (const t of terms) {
        if (t.key === '') continue;
        let idx: number;
        let end: number;
        let how: ConceptMatch['how'] = 'synonym';
        if (t.gapped) {
          const m = t.gapped.exec(key);
          idx = m ? m.index : -1;
          end = m ? m.index + m[0].length : -1;
        } else {
          idx = key.indexOf(t.key);
          end = idx + t.key.length;
        }
        if (idx < 0 && !t.gapped && key.length <= 200 && allowedTypos(t.key.length) > 0) {
          const fuzzy = findFuzzy(key, t.key, keyBigrams, t.bigrams);
          if (fuzzy) {
            idx = fuzzy.start;
            end = fuzzy.end;
            how = 'fuzzy';
          }
        }
        if (idx < 0 || overlaps(idx, end, t.key) || vetoed(t.conceptId)) continue;
        if (found.some((f) => f.conceptId === t.conceptId)) continue;
        taken.push([idx, end, t.key]);
        found.push({ conceptId: t.conceptId, term: t.term, how, start: idx, end });
      }
    }
    if (memo.size > 50_000) memo.clear();
    memo.set(text, found);
    return found;
  };
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? max + 1;
}

/** How many typos a term of this length may carry and still match (short terms must match exactly). */
export function allowedTypos(termLength: number): number {
  if (termLength < 8) return 0;
  if (termLength < 16) return 1;
  return 2;
}

export function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
}

/**
 * Finds `term` inside `text` with up to `allowedTypos(term.length)` edits. Returns the span of the
 * best window, or null. A cheap bigram filter rejects most texts before any edit distance is computed.
 */
export function findFuzzy(
  text: string,
  term: string,
  textBigrams: Set<string> = bigrams(text),
  termBigrams: Set<string> = bigrams(term),
): { start: number; end: number; distance: number } | null {
  const max = allowedTypos(term.length);
  if (max === 0 || text.length < term.length - max) return null;
  // Real typos sit inside a word ("สรปุผล", "ยุทธศาตร์"); a window must start and end as the term does,
  // so that neighbouring words ("…อายุองค์การบริหาร…" vs "นายกองค์การบริหาร…") do not pass as typos.
  const head = term.slice(0, 2);
  const tail = term.slice(-2);
  if (!text.includes(head) || !text.includes(tail)) return null;
  let shared = 0;
  for (const g of termBigrams) if (textBigrams.has(g)) shared++;
  if (shared < termBigrams.size - 2 * max) return null;
  let best: { start: number; end: number; distance: number } | null = null;
  for (let start = text.indexOf(head); start >= 0; start = text.indexOf(head, start + 1)) {
    for (let len = term.length - max; len <= term.length + max && start + len <= text.length; len++) {
      if (!text.startsWith(tail, start + len - 2)) continue;
      const d = boundedEditDistance(text.slice(start, start + len), term, max);
      if (d <= max && (!best || d < best.distance)) best = { start, end: start + len, distance: d };
    }
  }
  return best;
}

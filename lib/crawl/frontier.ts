import { z } from 'zod';

export const FrontierEntry = z.object({
  /** The URL to request, as found (resolved) in the page. */
  url: z.string(),
  key: z.string(),
  kind: z.enum(['page', 'document']),
  depth: z.number().int().min(0),
  /** Best label seen for this URL (the longest non-empty one). */
  label: z.string(),
  tier: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  /** Buddhist-era year of the per-year folder the URL sits in, 0 if none (newer first). */
  year: z.number().int(),
  seq: z.number().int(),
  /** The page the URL was found on. */
  parent: z.string().nullable(),
  /** Found as a page of a paginated list (its label and siblings say so: numbers, ถัดไป, next, »). */
  paginated: z.boolean().optional(),
});
export type FrontierEntry = z.infer<typeof FrontierEntry>;

export const FrontierState = z.object({
  entries: z.array(FrontierEntry),
  done: z.array(z.string()),
  seq: z.number().int(),
});
export type FrontierState = z.infer<typeof FrontierState>;

/**
 * A frontier entry made field by field, `seq` last (the order JSON.stringify writes). V8 gives every object made as
 * `{ ...entry, seq }` a hidden class of its own (≈ 300 bytes each: on a 10,000-page site ≈ 7,500 URLs wait at once),
 * while entries made by this literal share two (with and without `paginated`).
 */
export function frontierEntry(e: Omit<FrontierEntry, 'seq'>, seq: number): FrontierEntry {
  return { url: e.url, key: e.key, kind: e.kind, depth: e.depth, label: e.label, tier: e.tier, year: e.year, parent: e.parent, ...(e.paginated !== undefined ? { paginated: e.paginated } : {}), seq };
}

function before(a: FrontierEntry, b: FrontierEntry): boolean {
  if (a.tier !== b.tier) return a.tier < b.tier;
  if (a.depth !== b.depth) return a.depth < b.depth;
  if (a.year !== b.year) return a.year > b.year;
  return a.seq < b.seq;
}

/** A binary min-heap of entries; stale nodes (upgraded or finished entries) are skipped on pop. */
class Heap {
  private readonly nodes: FrontierEntry[] = [];
  get length(): number {
    return this.nodes.length;
  }
  push(node: FrontierEntry): void {
    const n = this.nodes;
    n.push(node);
    let i = n.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = n[p] as FrontierEntry;
      if (!before(node, parent)) break;
      n[i] = parent;
      i = p;
    }
    n[i] = node;
  }
  peek(): FrontierEntry | undefined {
    return this.nodes[0];
  }
  pop(): FrontierEntry | undefined {
    const n = this.nodes;
    const top = n[0];
    const last = n.pop();
    if (top === undefined || last === undefined || n.length === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      let best = last;
      const left = n[l];
      if (left !== undefined && before(left, best)) {
        m = l;
        best = left;
      }
      const right = n[r];
      if (right !== undefined && before(right, best)) m = r;
      if (m === i) break;
      n[i] = n[m] as FrontierEntry;
      i = m;
    }
    n[i] = last;
    return top;
  }
}

export type AddResult = 'added' | 'upgraded' | 'known';

/** URLs waiting to be fetched (pages and documents), best first, plus every key already handled. */
export class Frontier {
  /** Queued or in-flight entries by key; the object identity is the "current" heap node. */
  private readonly live = new Map<string, FrontierEntry>();
  private readonly active = new Set<string>();
  private readonly done = new Set<string>();
  private readonly heaps = { page: new Heap(), document: new Heap() };
  private seq = 0;
  /** Keys queued, upgraded or relabelled, and keys finished, since the last takeChanges(). */
  private changed = new Set<string>();
  private finished: string[] = [];

  constructor(state?: FrontierState) {
    if (state) {
      this.seq = state.seq;
      for (const key of state.done) this.done.add(key);
      for (const entry of state.entries) this.insert(frontierEntry(entry, entry.seq));
    }
  }

  private insert(entry: FrontierEntry): void {
    this.live.set(entry.key, entry);
    this.heaps[entry.kind].push(entry);
  }

  /** Whether the key was ever queued or finished. */
  knows(key: string): boolean {
    return this.live.has(key) || this.done.has(key);
  }

  isDone(key: string): boolean {
    return this.done.has(key);
  }

  add(candidate: Omit<FrontierEntry, 'seq'>): AddResult {
    if (this.done.has(candidate.key)) return 'known';
    const current = this.live.get(candidate.key);
    this.changed.add(candidate.key);
    if (current === undefined) {
      this.insert(frontierEntry(candidate, this.seq++));
      return 'added';
    }
    const betterLabel = candidate.label.length > current.label.length ? candidate.label : current.label;
    if (this.active.has(candidate.key)) {
      current.label = betterLabel;
      return 'known';
    }
    const upgrade = candidate.tier < current.tier || (candidate.tier === current.tier && candidate.depth < current.depth);
    if (!upgrade) {
      current.label = betterLabel;
      return 'known';
    }
    const next = frontierEntry(
      { ...current, label: betterLabel, tier: Math.min(candidate.tier, current.tier) as FrontierEntry['tier'], depth: Math.min(candidate.depth, current.depth) },
      current.seq,
    );
    this.insert(next);
    return 'upgraded';
  }

  private clean(kind: FrontierEntry['kind']): FrontierEntry | undefined {
    const heap = this.heaps[kind];
    for (;;) {
      const top = heap.peek();
      if (top === undefined) return undefined;
      if (this.live.get(top.key) === top && !this.active.has(top.key)) return top;
      heap.pop();
    }
  }

  /** The best waiting entry of the allowed kinds, now marked in flight; or null. */
  take(allow: { page: boolean; document: boolean }): FrontierEntry | null {
    const page = allow.page ? this.clean('page') : undefined;
    const doc = allow.document ? this.clean('document') : undefined;
    let chosen: FrontierEntry | undefined;
    if (page && doc) chosen = before(doc, page) ? doc : page;
    else chosen = page ?? doc;
    if (chosen === undefined) return null;
    this.heaps[chosen.kind].pop();
    this.active.add(chosen.key);
    return chosen;
  }

  /** An in-flight entry goes back to the queue (its fetch was aborted). */
  putBack(entry: FrontierEntry): void {
    this.active.delete(entry.key);
    const current = this.live.get(entry.key);
    if (current !== undefined) this.heaps[current.kind].push(current);
  }

  /** The entry is finished (fetched, failed or skipped); `alsoKeys` are keys it turned out to equal (redirect targets). */
  finish(key: string, alsoKeys: readonly string[] = []): void {
    this.active.delete(key);
    this.live.delete(key);
    this.done.add(key);
    this.finished.push(key);
    for (const k of alsoKeys) {
      this.done.add(k);
      this.finished.push(k);
      if (!this.active.has(k)) this.live.delete(k);
    }
  }

  /**
   * What changed since the previous call: entries queued or updated (still waiting or in flight)
   * and keys finished. A checkpoint stores these instead of the whole frontier.
   */
  takeChanges(): { queued: FrontierEntry[]; done: string[]; seq: number } {
    const queued: FrontierEntry[] = [];
    for (const key of this.changed) {
      const entry = this.live.get(key);
      if (entry !== undefined) queued.push(frontierEntry(entry, entry.seq));
    }
    const done = this.finished;
    this.changed = new Set();
    this.finished = [];
    return { queued, done, seq: this.seq };
  }

  /** Drops a waiting entry without fetching it (a trap that closed after it was queued). */
  drop(key: string): void {
    this.finish(key);
  }

  has(kind: FrontierEntry['kind']): boolean {
    return this.clean(kind) !== undefined;
  }

  get queued(): number {
    return this.live.size - this.active.size;
  }

  /** Waiting and in-flight entries, best first. */
  pending(): FrontierEntry[] {
    return [...this.live.values()].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  }

  state(): FrontierState {
    return { entries: this.pending().map((e) => frontierEntry(e, e.seq)), done: [...this.done], seq: this.seq };
  }
}

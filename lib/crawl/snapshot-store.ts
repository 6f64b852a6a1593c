import type { LinkRecord, PageSnapshot } from '../snapshot/page-snapshot.ts';
import { createSnapshotPool } from '../snapshot/snapshot-pool.ts';

/**
 * Where a crawl keeps its page snapshots, and how the audit reads them back: in crawl order, or by
 * position. In memory (the extension, tests: an array of compact snapshots), spilled to a file (a few
 * bytes per page stay in memory, so a 10,000-page crawl holds what a 2,000-page one does), or in memory
 * until a threshold and spilled from then on (the CLI: a small crawl is judged without reading a file).
 */

/** The crawl's pages, read in order or by position. An array is one; so is a spilled store's list. */
export interface PageList extends Iterable<PageSnapshot> {
  readonly length: number;
  at(index: number): PageSnapshot | undefined;
}

export interface SnapshotStore<P extends PageList = PageList> {
  /**
   * Keeps one fetched page (after the pages already kept). A store that serialises the page to keep it returns
   * what it wrote, the UTF-8 bytes of `JSON.stringify(page)`, so the crawl's checkpoint journal can write the same
   * bytes without making them again (journalBytes); one that keeps the object returns undefined.
   */
  add(page: PageSnapshot): Uint8Array | undefined;
  /** Every page kept so far, in the order they were added. */
  readonly pages: P;
}

/** Snapshots kept in memory, links and strings shared through a pool (snapshot-pool.ts). */
export function createMemorySnapshotStore(): SnapshotStore<PageSnapshot[]> {
  const pool = createSnapshotPool();
  const pages: PageSnapshot[] = [];
  return {
    pages,
    add(page) {
      pages.push(pool.keep(page));
      return undefined;
    },
  };
}

/** The byte file a spilled store writes: appended to, read back at offsets, by the same process. */
export interface SpillFile {
  append(bytes: Uint8Array): void;
  read(offset: number, length: number): Uint8Array;
}

/** The fields that make two link records identical (as the snapshot pool compares them). */
function linkIdentity(l: LinkRecord): string {
  const row = l.row ? `${l.row.code}\u0001${l.row.title}\u0001${l.row.group}` : '';
  const dates = l.dates.length === 0 ? '' : JSON.stringify(l.dates);
  return `${l.href}\u0001${l.url ?? '\u0002'}\u0001${l.kind}\u0001${l.origin}\u0001${l.label}\u0001${l.labelSource}\u0001${l.context}\u0001${l.heading}\u0001${row}\u0001${String(l.inMenu)}\u0001${dates}`;
}

/** A page read back from JSON, its identical links made one record again (as the memory store's pool shares them). */
function shareIdenticalLinks(page: PageSnapshot): PageSnapshot {
  const seen = new Map<string, LinkRecord>();
  const links = page.links.map((l) => {
    const k = linkIdentity(l);
    const known = seen.get(k);
    if (known) return known;
    seen.set(k, l);
    return l;
  });
  return { ...page, links };
}

/** Pages looked up recently stay parsed: menu targets are asked for again and again while judging. */
const DEFAULT_CACHE = 128;

/**
 * Snapshots spilled to a file, one JSON line each; memory holds each page's offset and length and
 * the last `cacheSize` pages looked up by position. Reading in order goes past the cache (each page
 * once, evicting none of the pages looked up). The file is this run's own scratch space, written and read by this
 * process only (not an input: the checkpoint journal, parsed with zod, is what survives the run).
 * A page reads back exactly as the memory store keeps it: its identical links are one shared record.
 */
export function createSpilledSnapshotStore(file: SpillFile, cacheSize = DEFAULT_CACHE): SnapshotStore<PageList> {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const offsets: number[] = [];
  const lengths: number[] = [];
  let end = 0;
  const cache = new Map<number, PageSnapshot>();

  const read = (i: number): PageSnapshot | undefined => {
    const offset = offsets[i];
    const length = lengths[i];
    if (offset === undefined || length === undefined) return undefined;
    return cache.get(i) ?? shareIdenticalLinks(JSON.parse(decoder.decode(file.read(offset, length))) as PageSnapshot);
  };
  const at = (index: number): PageSnapshot | undefined => {
    const i = index < 0 ? offsets.length + index : index;
    const cached = cache.get(i);
    if (cached) {
      // Most recently used last: the oldest entry is the one evicted.
      cache.delete(i);
      cache.set(i, cached);
      return cached;
    }
    const page = read(i);
    if (!page) return undefined;
    cache.set(i, page);
    if (cache.size > cacheSize) {
      const oldest = cache.keys().next().value;
      if (oldest !== undefined) cache.delete(oldest);
    }
    return page;
  };

  const pages: PageList = {
    get length() {
      return offsets.length;
    },
    at,
    *[Symbol.iterator]() {
      for (let i = 0; i < offsets.length; i += 1) {
        const page = read(i);
        if (page) yield page;
      }
    },
  };

  return {
    pages,
    add(page) {
      const bytes = encoder.encode(`${JSON.stringify(page)}\n`);
      file.append(bytes);
      offsets.push(end);
      lengths.push(bytes.length - 1);
      end += bytes.length;
      return bytes.subarray(0, bytes.length - 1);
    },
  };
}

/**
 * Pages kept in memory up to `threshold` (reading them back costs nothing: judging 200 spilled pages spent
 * ≈ 0.25 s reading and parsing them). The default, 400, is twice the default audit's 200 pages, so a default audit
 * never spills, while a large crawl spills early: with 1,000 the peak RSS of a 2,000-page crawl rose to 196–203 MB
 * (target < 200), since 1,000 pages' snapshots were held until the spill. Past the threshold they are all
 * written to the file `open()` creates and spilled from there on (memory stays flat on a large crawl). The file is created only when the threshold is passed. Either way
 * a page reads back as the memory store keeps it.
 */
export function createHybridSnapshotStore(open: () => SpillFile, threshold = 400, cacheSize = DEFAULT_CACHE): SnapshotStore<PageList> {
  let memory: SnapshotStore<PageSnapshot[]> | null = createMemorySnapshotStore();
  let spilled: SnapshotStore<PageList> | null = null;
  const current = (): PageList => (spilled ?? (memory as SnapshotStore<PageSnapshot[]>)).pages;
  const pages: PageList = {
    get length() {
      return current().length;
    },
    at: (index) => current().at(index),
    [Symbol.iterator]: () => current()[Symbol.iterator](),
  };
  return {
    pages,
    add(page) {
      if (spilled) return spilled.add(page);
      const inMemory = memory as SnapshotStore<PageSnapshot[]>;
      if (inMemory.pages.length < threshold) return inMemory.add(page);
      const file = createSpilledSnapshotStore(open(), cacheSize);
      for (const p of inMemory.pages) file.add(p);
      spilled = file;
      memory = null;
      return file.add(page);
    },
  };
}

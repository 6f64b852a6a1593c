import { z } from 'zod';
import { DocumentCheck, PageSnapshot } from '../snapshot/page-snapshot.ts';
import { FrontierEntry, FrontierState } from './frontier.ts';
import { TrapState } from './traps.ts';
import { urlKey } from './url-key.ts';

export const CrawlFailure = z.object({ url: z.string(), reason: z.string(), status: z.number().int().optional() });
export type CrawlFailure = z.infer<typeof CrawlFailure>;

/** A URL that was found but deliberately not requested (state-changing, trap cap, off-site redirect …). */
export const CrawlSkip = z.object({ url: z.string(), reason: z.string() });
export type CrawlSkip = z.infer<typeof CrawlSkip>;

/** 2: a journal of deltas (version 1 rewrote the whole frontier on every save). */
export const CHECKPOINT_VERSION = 2;

/** The checkpoint key of an audit of this start URL. */
export function checkpointKey(startUrl: string): string {
  return `crawl:${urlKey(new URL(startUrl))}`;
}

/** A whole checkpoint, as loaded: everything a resumed run starts from. */
export const CrawlCheckpoint = z.object({
  version: z.literal(CHECKPOINT_VERSION),
  startUrl: z.string(),
  homeUrl: z.string(),
  frontier: FrontierState,
  pages: z.array(PageSnapshot),
  documents: z.array(DocumentCheck),
  failures: z.array(CrawlFailure),
  skipped: z.array(CrawlSkip),
  notes: z.array(z.string()),
  traps: TrapState,
  counters: z.object({ pagesRequested: z.number().int(), documentsRequested: z.number().int() }),
  /** Wall time spent in earlier runs. */
  elapsedMs: z.number(),
  savedAt: z.string(),
});
export type CrawlCheckpoint = z.infer<typeof CrawlCheckpoint>;

/**
 * What one save adds to the stored checkpoint: the pages, documents, failures, skips and notes
 * found since the previous save, the frontier entries queued or upgraded and the keys finished
 * since then, the trap counters that changed, and the latest counters. Its size depends on what
 * happened since the last save, never on how large the crawl has grown; a checkpoint is the
 * replay of its deltas in order.
 */
export const CheckpointDelta = z.object({
  version: z.literal(CHECKPOINT_VERSION),
  startUrl: z.string(),
  homeUrl: z.string(),
  pages: z.array(PageSnapshot),
  documents: z.array(DocumentCheck),
  failures: z.array(CrawlFailure),
  skipped: z.array(CrawlSkip),
  notes: z.array(z.string()),
  queued: z.array(FrontierEntry),
  done: z.array(z.string()),
  seq: z.number().int(),
  traps: TrapState.partial(),
  counters: z.object({ pagesRequested: z.number().int(), documentsRequested: z.number().int() }),
  elapsedMs: z.number(),
  savedAt: z.string(),
});
export type CheckpointDelta = z.infer<typeof CheckpointDelta>;

/**
 * Where a run's checkpoint lives (memory, files, IndexedDB). A store only keeps deltas in order;
 * `load` replays them (see replayCheckpoint).
 */
export interface CheckpointStore {
  load(key: string): Promise<CrawlCheckpoint | null>;
  /**
   * Adds one delta after the ones stored; a store never rewrites what it already holds. A page of the delta may come
   * as the UTF-8 JSON already made of it (see JournalDelta): a store that writes JSON copies those bytes in rather than
   * serialising and encoding the page again (journalBytes); one that keeps objects reads them back (checkpointDelta).
   */
  append(key: string, delta: JournalDelta): Promise<void>;
  clear(key: string): Promise<void>;
}

/** A stored checkpoint that cannot be read back; the message names the key and the problem. */
export class CheckpointError extends Error {
  override readonly name = 'CheckpointError';
  constructor(
    readonly key: string,
    detail: string,
  ) {
    super(`Checkpoint "${key}" is unreadable (${detail}); clear it to start the audit again.`);
  }
}

/** One line per zod issue, at most three. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

export function parseDelta(key: string, index: number, value: unknown): CheckpointDelta {
  const parsed = CheckpointDelta.safeParse(value);
  if (!parsed.success) throw new CheckpointError(key, `${index === 0 ? '' : `save ${index + 1}: `}${describeIssues(parsed.error)}`);
  return parsed.data;
}

export function parseJson(key: string, text: string, what = 'checkpoint'): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new CheckpointError(key, `${what} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The checkpoint that a sequence of deltas adds up to, or null for none. */
export function replayCheckpoint(deltas: readonly CheckpointDelta[]): CrawlCheckpoint | null {
  const last = deltas[deltas.length - 1];
  if (last === undefined) return null;
  const live = new Map<string, FrontierEntry>();
  const done = new Set<string>();
  const traps: TrapState = { pattern: {}, calendar: {}, pagination: {}, years: {}, exhaustedLists: [], newestYear: null };
  const cp: CrawlCheckpoint = {
    version: CHECKPOINT_VERSION,
    startUrl: last.startUrl,
    homeUrl: last.homeUrl,
    frontier: { entries: [], done: [], seq: last.seq },
    pages: [],
    documents: [],
    failures: [],
    skipped: [],
    notes: [],
    traps,
    counters: last.counters,
    elapsedMs: last.elapsedMs,
    savedAt: last.savedAt,
  };
  for (const d of deltas) {
    for (const e of d.queued) if (!done.has(e.key)) live.set(e.key, e);
    for (const key of d.done) {
      live.delete(key);
      done.add(key);
    }
    cp.pages.push(...d.pages);
    cp.documents.push(...d.documents);
    cp.failures.push(...d.failures);
    cp.skipped.push(...d.skipped);
    cp.notes.push(...d.notes);
    Object.assign(traps.pattern, d.traps.pattern);
    Object.assign(traps.calendar, d.traps.calendar);
    Object.assign(traps.pagination, d.traps.pagination);
    Object.assign(traps.years, d.traps.years);
    traps.exhaustedLists.push(...(d.traps.exhaustedLists ?? []));
    if (d.traps.newestYear !== undefined) traps.newestYear = d.traps.newestYear;
  }
  cp.frontier = { entries: [...live.values()].sort((a, b) => a.seq - b.seq), done: [...done], seq: last.seq };
  return cp;
}

/** Splits a journal (one JSON delta per line) into deltas; an unfinished last line (a crash mid-write) is dropped. */
export function parseJournal(key: string, text: string): CheckpointDelta[] {
  const lines = text.split('\n');
  // A complete journal ends with a newline, so the last piece is empty; anything else was cut off.
  lines.pop();
  return lines.filter((l) => l.trim() !== '').map((line, i) => parseDelta(key, i, parseJson(key, line, i === 0 ? 'checkpoint' : `save ${i + 1}`)));
}

/** One delta as a journal line. */
export function journalLine(delta: CheckpointDelta): string {
  return `${JSON.stringify(delta)}\n`;
}

/**
 * A page of a delta as the crawl hands it to the store: the snapshot, or the UTF-8 bytes of `JSON.stringify(page)`
 * when the snapshot store already made them (its spill). The crawl then holds only those bytes until the save, not
 * the page's objects (which keep slices of the page's HTML alive), and the page is serialised and encoded once for
 * both writes.
 */
export type JournalPage = PageSnapshot | Uint8Array;

/** A delta as the crawl hands it to a store: some pages may be their JSON bytes (JournalPage). */
export type JournalDelta = Omit<CheckpointDelta, 'pages'> & { pages: readonly JournalPage[] };

const utf8 = new TextEncoder();

/** Whether every page of the delta is an object (none given as its JSON bytes). */
export function hasPageObjectsOnly(delta: JournalDelta): delta is CheckpointDelta {
  return !delta.pages.some((p) => p instanceof Uint8Array);
}

/** The delta with every page an object again (for a store that keeps objects, not JSON). */
export function checkpointDelta(delta: JournalDelta): CheckpointDelta {
  if (hasPageObjectsOnly(delta)) return delta;
  const text = new TextDecoder();
  return { ...delta, pages: delta.pages.map((p) => (p instanceof Uint8Array ? (JSON.parse(text.decode(p)) as PageSnapshot) : p)) };
}

/**
 * One delta as a journal line in UTF-8: byte for byte the encoding of journalLine(delta) (pages given as bytes
 * stand for their JSON), those bytes copied in rather than serialised and encoded again. The delta's own fields are
 * written in its key order as JSON.stringify writes them (fields holding undefined left out). The line is written
 * into `reuse` when it fits (a view of it is returned), else into a new array.
 */
export function journalBytes(delta: JournalDelta, reuse?: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let text = '';
  const flush = (): void => {
    if (text !== '') chunks.push(utf8.encode(text));
    text = '';
  };
  let first = true;
  for (const [name, value] of Object.entries(delta)) {
    if (name === 'pages') {
      text += `${first ? '{' : ','}"pages":[`;
      delta.pages.forEach((page, i) => {
        if (i > 0) text += ',';
        if (!(page instanceof Uint8Array)) text += JSON.stringify(page);
        else {
          flush();
          chunks.push(page);
        }
      });
      text += ']';
    } else {
      const json = JSON.stringify(value) as string | undefined;
      if (json === undefined) continue;
      text += `${first ? '{' : ','}${JSON.stringify(name)}:${json}`;
    }
    first = false;
  }
  text += `${first ? '{' : ''}}\n`;
  flush();
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const line = reuse && reuse.length >= size ? reuse.subarray(0, size) : new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    line.set(c, at);
    at += c.length;
  }
  return line;
}

/** Keeps checkpoints in memory as journal text (so a load returns a fresh, validated copy). */
export function createMemoryCheckpointStore(): CheckpointStore & { readonly raw: Map<string, string> } {
  const raw = new Map<string, string>();
  return {
    raw,
    async load(key) {
      const text = raw.get(key);
      if (text === undefined) return null;
      return replayCheckpoint(parseJournal(key, text.endsWith('\n') ? text : `${text}\n`));
    },
    async append(key, delta) {
      const line = hasPageObjectsOnly(delta) ? journalLine(delta) : new TextDecoder().decode(journalBytes(delta));
      raw.set(key, (raw.get(key) ?? '') + line);
    },
    async clear(key) {
      raw.delete(key);
    },
  };
}

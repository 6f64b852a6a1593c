import type { DocumentCheck, PageSnapshot } from '../snapshot/page-snapshot.ts';
import { CHECKPOINT_VERSION, type CrawlCheckpoint, type CrawlFailure, type CrawlSkip } from './checkpoint.ts';
import type { CrawlResult, StoppedBy } from './crawl-result.ts';
import { Frontier } from './frontier.ts';
import { type TrapLimits, TrapGuard } from './traps.ts';

/**
 * What a run has found so far (pages, documents, failures, skips, notes, the frontier, trap
 * state, request counters): restored from a checkpoint, written back to one, and turned into
 * the result.
 */
export interface CrawlRecord {
  readonly startUrl: string;
  /** The home page after splash pass-through and redirects. */
  homeUrl: string;
  readonly frontier: Frontier;
  readonly traps: TrapGuard;
  readonly pages: PageSnapshot[];
  readonly documents: DocumentCheck[];
  readonly failures: CrawlFailure[];
  readonly skipped: CrawlSkip[];
  readonly notes: string[];
  /** Requests made against maxPages / maxDocuments, over this run and the runs it resumed. */
  readonly counters: { pagesRequested: number; documentsRequested: number };
  /** Wall time of the runs this one resumed. */
  readonly priorElapsedMs: number;
}

const MAX_SKIPPED = 1000;

export function createCrawlRecord(startUrl: string, trapLimits: Partial<TrapLimits>, checkpoint: CrawlCheckpoint | null): CrawlRecord {
  return {
    startUrl,
    frontier: new Frontier(checkpoint?.frontier),
    traps: new TrapGuard(trapLimits, checkpoint?.traps),
    pages: checkpoint ? [...checkpoint.pages] : [],
    documents: checkpoint ? [...checkpoint.documents] : [],
    failures: checkpoint ? [...checkpoint.failures] : [],
    skipped: checkpoint ? [...checkpoint.skipped] : [],
    notes: checkpoint ? [...checkpoint.notes] : [],
    counters: checkpoint ? { ...checkpoint.counters } : { pagesRequested: 0, documentsRequested: 0 },
    priorElapsedMs: checkpoint?.elapsedMs ?? 0,
    homeUrl: checkpoint?.homeUrl ?? startUrl,
  };
}

/** A URL found but deliberately not requested (only the first MAX_SKIPPED are kept). */
export function recordSkip(record: CrawlRecord, url: string, reason: string): void {
  if (record.skipped.length < MAX_SKIPPED) record.skipped.push({ url, reason });
}

/** A copy of the record as a checkpoint. `elapsedMs` is this run's share. */
export function checkpointOf(record: CrawlRecord, elapsedMs: number, savedAt: string): CrawlCheckpoint {
  return {
    version: CHECKPOINT_VERSION,
    startUrl: record.startUrl,
    homeUrl: record.homeUrl,
    frontier: record.frontier.state(),
    pages: [...record.pages],
    documents: [...record.documents],
    failures: [...record.failures],
    skipped: [...record.skipped],
    notes: [...record.notes],
    traps: record.traps.snapshot(),
    counters: { ...record.counters },
    elapsedMs: record.priorElapsedMs + elapsedMs,
    savedAt,
  };
}

/** The record as the run's result. `elapsedMs` is this run's share. */
export function resultOf(record: CrawlRecord, stoppedBy: StoppedBy, elapsedMs: number): CrawlResult {
  return {
    startUrl: record.startUrl,
    homeUrl: record.homeUrl,
    pages: record.pages,
    documents: record.documents,
    failures: record.failures,
    stoppedBy,
    elapsedMs: record.priorElapsedMs + elapsedMs,
    pending: record.frontier.pending().map((e) => ({ url: e.url, label: e.label, kind: e.kind })),
    skipped: record.skipped,
    notes: record.notes,
  };
}

import type { DocumentCheck, PageSnapshot } from '../snapshot/page-snapshot.ts';
import type { CrawlFailure, CrawlSkip } from './checkpoint.ts';

/** What a crawl run reports while it runs (CrawlProgress) and hands back when it stops (CrawlResult). */
export interface CrawlProgress {
  fetched: number;
  queued: number;
  failed: number;
  documents: number;
  /** Pages rendered in a browser so far (tried, whether or not it worked). */
  rendered?: number;
  currentUrl?: string;
  elapsedMs: number;
}

export type StoppedBy = 'done' | 'max-pages' | 'max-time' | 'cancelled';

export interface CrawlResult {
  startUrl: string;
  /** The home page after splash pass-through and redirects. */
  homeUrl: string;
  pages: PageSnapshot[];
  documents: DocumentCheck[];
  failures: CrawlFailure[];
  stoppedBy: StoppedBy;
  /** Total over this run and the runs it resumed. */
  elapsedMs: number;
  /** URLs still queued when the crawl stopped, best first, so the report can say which verdicts could still change. */
  pending: { url: string; label: string; kind: 'page' | 'document' }[];
  /** Found but deliberately not requested: state-changing URLs, trap caps, off-site redirects (first 1000). */
  skipped: CrawlSkip[];
  /** Things worth telling the user that are not page failures (robots.txt unreadable, checkpoint not saved). */
  notes: string[];
}

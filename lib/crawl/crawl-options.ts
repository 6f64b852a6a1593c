import type { TrapLimits } from './traps.ts';
import { CRAWLER_USER_AGENT } from './user-agent.ts';

/** The bounds and manners of one crawl run, and their defaults. */
export interface CrawlOptions {
  startUrl: string;
  maxPages: number;
  maxDepth: number;
  /** Wall time of one run (a resumed run gets a fresh budget). */
  maxTimeMs: number;
  maxBytesPerPage: number;
  perHostConcurrency: number;
  /** Politeness delay between request starts to one host (raised to robots.txt Crawl-delay). */
  delayMs: number;
  requestTimeoutMs: number;
  retries: number;
  respectRobots: boolean;
  userAgent: string;
  /** HEAD same-site documents (PDF, DOC, XLS …); external documents are recorded, never requested. */
  checkDocuments: boolean;
  maxDocuments: number;
  /** Normalised checklist terms: links whose label contains one are crawled first. */
  priorityTerms: string[];
  /** Trap caps (pagination, calendars, URL-pattern chains, older year folders). */
  traps: Partial<TrapLimits>;
  /** First retry backoff (doubled per attempt). */
  retryBaseMs: number;
  /** Longest Retry-After honoured as given. */
  maxRetryAfterMs: number;
  /** Pause when ≥5 of the last 8 responses failed. */
  failurePauseMs: number;
  /** Pages rendered in a browser per audit (when the host can render); further script-built pages are judged unrendered. */
  maxRenderedPages: number;
  /** Longest wait for one page to render and settle. */
  renderTimeoutMs: number;
}

export const DEFAULT_CRAWL_OPTIONS: Omit<CrawlOptions, 'startUrl'> = {
  maxPages: 200,
  maxDepth: 8,
  maxTimeMs: 10 * 60 * 1000,
  maxBytesPerPage: 2 * 1024 * 1024,
  perHostConcurrency: 2,
  delayMs: 250,
  requestTimeoutMs: 20_000,
  retries: 2,
  respectRobots: true,
  userAgent: CRAWLER_USER_AGENT,
  checkDocuments: true,
  maxDocuments: 200,
  priorityTerms: [],
  traps: {},
  retryBaseMs: 1000,
  maxRetryAfterMs: 60_000,
  failurePauseMs: 10_000,
  maxRenderedPages: 30,
  renderTimeoutMs: 30_000,
};

/** The caller's options over the defaults; an option given as `undefined` keeps its default. */
export function resolveCrawlOptions(input: Partial<CrawlOptions> & { startUrl: string }): CrawlOptions {
  return { ...DEFAULT_CRAWL_OPTIONS, ...stripUndefined(input), startUrl: input.startUrl };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

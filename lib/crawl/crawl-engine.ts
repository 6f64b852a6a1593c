import { createDocumentChecker } from './check-document.ts';
import { checkpointKey } from './checkpoint.ts';
import { createCheckpointWriter } from './checkpoint-writer.ts';
import type { BuildSnapshot, CrawlDeps } from './crawl-deps.ts';
import { runCrawlLoop } from './crawl-loop.ts';
import { type CrawlOptions, resolveCrawlOptions } from './crawl-options.ts';
import { checkpointOf, createCrawlRecord, recordSkip, resultOf } from './crawl-record.ts';
import type { CrawlResult, StoppedBy } from './crawl-result.ts';
import { createLinkEnqueuer } from './enqueue-links.ts';
import { createPageFetcher } from './fetch-page.ts';
import { createHostGates } from './host-gates.ts';
import type { HttpSettings } from './http-request.ts';
import { createProgressReporter, startKeepAlive } from './progress-and-keep-alive.ts';
import { createOutcomeRecorder } from './record-outcome.ts';
import { createRobotsCheck } from './robots-cache.ts';
import { createRunControl } from './run-control.ts';
import { createSiteScope, type SiteRef } from './site-scope.ts';
import { abortableSleep } from './sleep.ts';
import { crawlStartPage, parseStartUrl } from './start-page.ts';
import { StartUrlError } from './start-url-error.ts';

export { checkpointKey } from './checkpoint.ts';
export type { BuildSnapshot, CrawlDeps, SnapshotInput } from './crawl-deps.ts';
export { type CrawlOptions, DEFAULT_CRAWL_OPTIONS } from './crawl-options.ts';
export type { CrawlProgress, CrawlResult, StoppedBy } from './crawl-result.ts';
export { StartUrlError } from './start-url-error.ts';

/**
 * The crawler with its snapshot builder injected (crawler.ts wires in the real one).
 * One run: fetch the start page (StartUrlError if unusable), pass through a splash page,
 * then crawl best-first within the bounds, checkpointing after every page.
 * This module only wires the run's parts together; each lives in its own module.
 */
export function createCrawlEngine(deps: CrawlDeps, buildSnapshot: BuildSnapshot): { run(options: Partial<CrawlOptions> & { startUrl: string }, resume?: boolean): Promise<CrawlResult> } {
  const sleep = deps.sleep ?? abortableSleep;

  async function run(input: Partial<CrawlOptions> & { startUrl: string }, resume = false): Promise<CrawlResult> {
    const o = resolveCrawlOptions(input);
    const start = parseStartUrl(o.startUrl);
    const key = checkpointKey(start.href);
    const store = deps.store;
    const runStartedAt = deps.clock();

    const checkpoint = resume && store ? await store.load(key) : null;
    if (!resume && store) await store.clear(key);

    const site: SiteRef = { current: createSiteScope(checkpoint?.homeUrl ?? start.href) };
    const record = createCrawlRecord(start.href, o.traps, checkpoint);
    const control = createRunControl(deps.signal);
    const keepAlive = startKeepAlive(deps.keepAlive);

    const gateFor = createHostGates({ ...o, clock: deps.clock, sleep }, site);
    const http: HttpSettings = {
      fetch: deps.fetch,
      clock: deps.clock,
      sleep,
      userAgent: o.userAgent,
      timeoutMs: o.requestTimeoutMs,
      retries: o.retries,
      retryBaseMs: o.retryBaseMs,
      maxRetryAfterMs: o.maxRetryAfterMs,
      signal: control.signal,
    };

    const elapsed = (): number => deps.clock() - runStartedAt;
    const progress = createProgressReporter(deps.onProgress, record, () => record.priorElapsedMs + elapsed());
    const blockedByRobots = createRobotsCheck({ http, gateFor, respectRobots: o.respectRobots, notes: record.notes });
    const renderedSoFar = record.pages.filter((p) => p.rendered !== 'no').length;
    const fetchPage = createPageFetcher({ options: o, http, gateFor, blockedByRobots, site, clock: deps.clock, buildSnapshot, ...(deps.renderPage ? { renderPage: deps.renderPage, renderedSoFar } : {}) });
    const checkDocument = createDocumentChecker({ http, gateFor, blockedByRobots });
    // Hash routes are pages of their own only when a browser can render them.
    const renderRoutes = deps.renderPage !== undefined && o.maxRenderedPages > 0;
    const enqueueLinks = createLinkEnqueuer({ options: o, renderRoutes, site, frontier: record.frontier, traps: record.traps, skip: (url, reason) => recordSkip(record, url, reason) });
    const recordOutcome = createOutcomeRecorder(record, enqueueLinks);
    const saveCheckpoint = createCheckpointWriter(store, key, record.notes, () => checkpointOf(record, elapsed(), new Date(deps.clock()).toISOString()));
    const afterItem = async (): Promise<void> => {
      progress.report();
      await saveCheckpoint();
      await keepAlive.ping();
    };
    const release = (): void => {
      control.release();
      keepAlive.stop();
    };
    const finish = async (stoppedBy: StoppedBy): Promise<CrawlResult> => {
      release();
      await saveCheckpoint();
      progress.currentUrl = undefined;
      progress.report();
      return resultOf(record, stoppedBy, elapsed());
    };

    if (!checkpoint) {
      const started = await crawlStartPage({ start, maxPages: o.maxPages, record, progress, fetchPage, recordOutcome, enqueueLinks });
      if (started === 'cancelled') return finish('cancelled');
      if (started instanceof StartUrlError) {
        release();
        if (store) await store.clear(key);
        throw started;
      }
      await afterItem();
    }

    return finish(await runCrawlLoop({ options: o, record, control, elapsed, progress, fetchPage, checkDocument, recordOutcome, afterItem }));
  }

  return { run };
}

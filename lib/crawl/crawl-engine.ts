import { createDocumentChecker } from './check-document.ts';
import { checkpointKey } from './checkpoint.ts';
import { createCheckpointWriter } from './checkpoint-writer.ts';
import type { BuildSnapshot, CrawlDeps } from './crawl-deps.ts';
import { type CrawlOptions, resolveCrawlOptions } from './crawl-options.ts';
import { checkpointOf, createCrawlRecord, recordSkip, resultOf } from './crawl-record.ts';
import type { CrawlResult, StoppedBy } from './crawl-result.ts';
import { createLinkEnqueuer } from './enqueue-links.ts';
import { createPageFetcher } from './fetch-page.ts';
import type { FrontierEntry } from './frontier.ts';
import { createHostGates } from './host-gates.ts';
import type { HttpSettings } from './http-request.ts';
import { createOutcomeRecorder } from './record-outcome.ts';
import { createRobotsCheck } from './robots-cache.ts';
import { createSiteScope, type SiteRef } from './site-scope.ts';
import { abortableSleep } from './sleep.ts';
import { splashTarget } from './splash.ts';
import { isStateChanging } from './state-changing.ts';
import { StartUrlError } from './start-url-error.ts';
import { urlKey } from './url-key.ts';

export { checkpointKey } from './checkpoint.ts';
export type { BuildSnapshot, CrawlDeps, SnapshotInput } from './crawl-deps.ts';
export { type CrawlOptions, DEFAULT_CRAWL_OPTIONS } from './crawl-options.ts';
export type { CrawlProgress, CrawlResult, StoppedBy } from './crawl-result.ts';
export { StartUrlError } from './start-url-error.ts';

const HEARTBEAT_MS = 20_000;

/**
 * The crawler with its snapshot builder injected (crawler.ts wires in the real one).
 * One run: fetch the start page (StartUrlError if unusable), pass through a splash page,
 * then crawl best-first within the bounds, checkpointing after every page.
 */
export function createCrawlEngine(deps: CrawlDeps, buildSnapshot: BuildSnapshot): { run(options: Partial<CrawlOptions> & { startUrl: string }, resume?: boolean): Promise<CrawlResult> } {
  const sleep = deps.sleep ?? abortableSleep;

  async function run(input: Partial<CrawlOptions> & { startUrl: string }, resume = false): Promise<CrawlResult> {
    const o = resolveCrawlOptions(input);
    let start: URL;
    try {
      start = new URL(o.startUrl);
    } catch {
      throw new StartUrlError(o.startUrl, 'not a valid URL');
    }
    if (start.protocol !== 'http:' && start.protocol !== 'https:') throw new StartUrlError(o.startUrl, `unsupported scheme ${start.protocol}`);
    const key = checkpointKey(start.href);
    const store = deps.store;
    const runStartedAt = deps.clock();

    const checkpoint = resume && store ? await store.load(key) : null;
    if (!resume && store) await store.clear(key);

    const site: SiteRef = { current: createSiteScope(checkpoint?.homeUrl ?? start.href) };
    const record = createCrawlRecord(start.href, o.traps, checkpoint);
    const { frontier, traps, pages, documents, failures, notes, counters } = record;

    // Cancellation and the time budget both abort in-flight requests through one controller.
    const runAbort = new AbortController();
    const onCancel = (): void => runAbort.abort(new DOMException('cancelled', 'AbortError'));
    if (deps.signal?.aborted) onCancel();
    deps.signal?.addEventListener('abort', onCancel, { once: true });
    let stoppedBy: StoppedBy | null = null;

    let wakeUp: (() => void) | null = null;
    const notify = (): void => {
      const w = wakeUp;
      wakeUp = null;
      w?.();
    };
    runAbort.signal.addEventListener('abort', notify);
    const heartbeat = deps.keepAlive ? setInterval(() => void deps.keepAlive?.().catch(() => undefined), HEARTBEAT_MS) : null;

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
      signal: runAbort.signal,
    };

    const elapsed = (): number => deps.clock() - runStartedAt;
    const skip = (url: string, reason: string): void => recordSkip(record, url, reason);
    let currentUrl: string | undefined;
    const progress = (): void => {
      deps.onProgress?.({
        fetched: pages.length,
        queued: frontier.queued,
        failed: failures.length,
        documents: documents.length,
        ...(currentUrl !== undefined ? { currentUrl } : {}),
        elapsedMs: record.priorElapsedMs + elapsed(),
      });
    };

    const blockedByRobots = createRobotsCheck({ http, gateFor, respectRobots: o.respectRobots, notes });
    const fetchPage = createPageFetcher({ options: o, http, gateFor, blockedByRobots, site, clock: deps.clock, buildSnapshot });
    const checkDocument = createDocumentChecker({ http, gateFor, blockedByRobots });

    const enqueueLinks = createLinkEnqueuer({ options: o, site, frontier, traps, skip });
    const recordOutcome = createOutcomeRecorder(record, enqueueLinks);
    const saveCheckpoint = createCheckpointWriter(store, key, notes, () => checkpointOf(record, elapsed(), new Date(deps.clock()).toISOString()));
    const afterItem = async (): Promise<void> => {
      progress();
      await saveCheckpoint();
      await deps.keepAlive?.().catch(() => undefined);
    };

    const finish = async (): Promise<CrawlResult> => {
      deps.signal?.removeEventListener('abort', onCancel);
      if (heartbeat !== null) clearInterval(heartbeat);
      await saveCheckpoint();
      currentUrl = undefined;
      progress();
      return resultOf(record, stoppedBy ?? 'done', elapsed());
    };

    // ---- the start page (and a splash page's target) ----
    if (!checkpoint) {
      const startEntry: FrontierEntry = { url: start.href, key: urlKey(start), kind: 'page', depth: 0, label: '', tier: 0, year: 0, seq: -1, parent: null };
      frontier.add(startEntry);
      frontier.take({ page: true, document: false });
      currentUrl = start.href;
      progress();
      counters.pagesRequested += 1;
      const outcome = await fetchPage(startEntry, true);
      if (outcome.kind === 'aborted') {
        counters.pagesRequested -= 1;
        frontier.putBack(startEntry);
        stoppedBy = 'cancelled';
        return finish();
      }
      if (outcome.kind !== 'page') {
        deps.signal?.removeEventListener('abort', onCancel);
        if (heartbeat !== null) clearInterval(heartbeat);
        if (store) await store.clear(key);
        if (outcome.kind === 'blocked') throw new StartUrlError(start.href, 'blocked by robots.txt');
        if (outcome.kind === 'document') throw new StartUrlError(start.href, `not HTML (${outcome.document.contentType})`, outcome.document.status);
        if (outcome.kind === 'offsite') throw new StartUrlError(start.href, `redirects to ${outcome.finalUrl}`);
        throw new StartUrlError(start.href, outcome.reason, outcome.status);
      }
      record.homeUrl = outcome.snapshot.finalUrl;
      pages.push(outcome.snapshot);
      frontier.finish(startEntry.key, [outcome.finalKey]);
      const splash = splashTarget(outcome.snapshot);
      if (splash?.url) {
        const target = new URL(splash.url);
        const targetKey = urlKey(target);
        if (!isStateChanging(target) && !frontier.knows(targetKey) && counters.pagesRequested < o.maxPages) {
          const entry: FrontierEntry = { url: target.href, key: targetKey, kind: 'page', depth: 0, label: splash.label, tier: 0, year: 0, seq: -1, parent: start.href };
          frontier.add(entry);
          frontier.take({ page: true, document: false });
          currentUrl = target.href;
          counters.pagesRequested += 1;
          const targetOutcome = await fetchPage(entry, false);
          if (recordOutcome.page(entry, targetOutcome) === 'ok' && targetOutcome.kind === 'page') {
            record.homeUrl = targetOutcome.snapshot.finalUrl;
            notes.push(`${start.href} is an intro page; ${record.homeUrl} was audited as the home page`);
          }
        }
      }
      enqueueLinks(outcome.snapshot, 0);
      await afterItem();
    }

    // ---- best-first crawl ----
    const inflight = new Set<Promise<void>>();
    let inflightPages = 0;
    let inflightDocs = 0;
    const launch = (entry: FrontierEntry): void => {
      currentUrl = entry.url;
      const isPage = entry.kind === 'page';
      if (isPage) {
        inflightPages += 1;
        counters.pagesRequested += 1;
      } else {
        inflightDocs += 1;
        counters.documentsRequested += 1;
      }
      const task = (async () => {
        if (isPage) {
          recordOutcome.page(entry, await fetchPage(entry, false));
        } else {
          recordOutcome.document(entry, await checkDocument(entry));
        }
        if (!runAbort.signal.aborted) await afterItem();
      })()
        .catch((error: unknown) => {
          // A bug in snapshot building must not stop the crawl: record it against the URL.
          recordOutcome.internalError(entry, error);
        })
        .finally(() => {
          if (isPage) inflightPages -= 1;
          else inflightDocs -= 1;
          inflight.delete(task);
          notify();
        });
      inflight.add(task);
    };

    const concurrency = Math.max(1, o.perHostConcurrency);
    for (;;) {
      if (runAbort.signal.aborted) {
        stoppedBy ??= 'cancelled';
        break;
      }
      if (elapsed() >= o.maxTimeMs) {
        stoppedBy = 'max-time';
        runAbort.abort(new DOMException('max-time', 'AbortError'));
        break;
      }
      const pageBudget = counters.pagesRequested < o.maxPages;
      const docBudget = o.checkDocuments && counters.documentsRequested < o.maxDocuments;
      if (inflight.size < concurrency) {
        const entry = frontier.take({ page: pageBudget, document: docBudget });
        if (entry) {
          if (entry.kind === 'page' && traps.isExhausted(new URL(entry.url))) {
            skip(entry.url, 'pagination: a previous page added nothing new');
            frontier.drop(entry.key);
            continue;
          }
          launch(entry);
          continue;
        }
      }
      if (inflight.size === 0) {
        if (!pageBudget && frontier.has('page')) stoppedBy = 'max-pages';
        break;
      }
      const waitMs = Math.max(1, Math.min(1000, o.maxTimeMs - elapsed()));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          wakeUp = null;
          resolve();
        }, waitMs);
        wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    await Promise.all([...inflight]);
    return finish();
  }

  return { run };
}

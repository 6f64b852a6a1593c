import type { DocumentOutcome } from './check-document.ts';
import type { CrawlOptions } from './crawl-options.ts';
import { type CrawlRecord, recordSkip } from './crawl-record.ts';
import type { StoppedBy } from './crawl-result.ts';
import type { PageOutcome } from './fetch-page.ts';
import type { FrontierEntry } from './frontier.ts';
import type { ProgressReporter } from './progress-and-keep-alive.ts';
import type { OutcomeRecorder } from './record-outcome.ts';
import type { RunControl } from './run-control.ts';

/**
 * The best-first crawl and its bounds: take the best queued URL while the page and document
 * budgets allow and fewer than `perHostConcurrency` requests are in flight; stop on cancel, at
 * the time limit (aborting what is in flight), or when nothing more may be fetched.
 */
export interface CrawlLoopDeps {
  options: Pick<CrawlOptions, 'perHostConcurrency' | 'maxPages' | 'maxDocuments' | 'checkDocuments' | 'maxTimeMs'>;
  record: CrawlRecord;
  control: RunControl;
  /** This run's wall time so far. */
  elapsed: () => number;
  progress: ProgressReporter;
  fetchPage: (entry: FrontierEntry, isStart: boolean) => Promise<PageOutcome>;
  checkDocument: (entry: FrontierEntry) => Promise<DocumentOutcome>;
  recordOutcome: OutcomeRecorder;
  /** Report, checkpoint and keep alive after each item. */
  afterItem: () => Promise<void>;
}

/** Runs until a bound or the end of the frontier; resolves once nothing is in flight. */
export async function runCrawlLoop(d: CrawlLoopDeps): Promise<StoppedBy> {
  const { options: o, record, control, elapsed } = d;
  const { frontier, traps, counters } = record;
  const inflight = new Set<Promise<void>>();

  const launch = (entry: FrontierEntry): void => {
    d.progress.currentUrl = entry.url;
    const isPage = entry.kind === 'page';
    if (isPage) counters.pagesRequested += 1;
    else counters.documentsRequested += 1;
    const task = (async () => {
      if (isPage) {
        d.recordOutcome.page(entry, await d.fetchPage(entry, false));
      } else {
        d.recordOutcome.document(entry, await d.checkDocument(entry));
      }
      if (!control.signal.aborted) await d.afterItem();
    })()
      .catch((error: unknown) => {
        // A bug in snapshot building must not stop the crawl: record it against the URL.
        d.recordOutcome.internalError(entry, error);
      })
      .finally(() => {
        inflight.delete(task);
        control.wake();
      });
    inflight.add(task);
  };

  let stoppedBy: StoppedBy = 'done';
  const concurrency = Math.max(1, o.perHostConcurrency);
  for (;;) {
    if (control.signal.aborted) {
      stoppedBy = 'cancelled';
      break;
    }
    if (elapsed() >= o.maxTimeMs) {
      stoppedBy = 'max-time';
      control.abortForTime();
      break;
    }
    const pageBudget = counters.pagesRequested < o.maxPages;
    const docBudget = o.checkDocuments && counters.documentsRequested < o.maxDocuments;
    if (inflight.size < concurrency) {
      const entry = frontier.take({ page: pageBudget, document: docBudget });
      if (entry) {
        if (entry.kind === 'page' && traps.isExhausted(new URL(entry.url))) {
          recordSkip(record, entry.url, 'pagination: a previous page added nothing new');
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
    await control.waitForWake(Math.max(1, Math.min(1000, o.maxTimeMs - elapsed())));
  }
  await Promise.all([...inflight]);
  return stoppedBy;
}

import type { CrawlProgress } from './crawl-result.ts';
import type { CrawlRecord } from './crawl-record.ts';

/**
 * Signs of life while a run goes on: progress reports to the caller, and keep-alive calls (once
 * per item, and every 20 s in between) that keep an MV3 service worker from being stopped.
 */
export interface ProgressReporter {
  /** The URL being fetched, shown in the next report. */
  currentUrl: string | undefined;
  report(): void;
}

export function createProgressReporter(onProgress: ((p: CrawlProgress) => void) | undefined, record: CrawlRecord, totalElapsedMs: () => number): ProgressReporter {
  const reporter: ProgressReporter = {
    currentUrl: undefined,
    report(): void {
      const { currentUrl } = reporter;
      onProgress?.({
        fetched: record.pages.length,
        queued: record.frontier.queued,
        failed: record.failures.length,
        documents: record.documents.length,
        rendered: record.pages.filter((p) => p.rendered !== 'no').length,
        ...(currentUrl !== undefined ? { currentUrl } : {}),
        elapsedMs: totalElapsedMs(),
      });
    },
  };
  return reporter;
}

const HEARTBEAT_MS = 20_000;

export interface KeepAlive {
  /** One keep-alive call now; its failure is ignored. */
  ping(): Promise<void> | undefined;
  /** End the heartbeat. */
  stop(): void;
}

export function startKeepAlive(keepAlive: (() => Promise<void>) | undefined): KeepAlive {
  const ping = (): Promise<void> | undefined => keepAlive?.().catch(() => undefined);
  const heartbeat = keepAlive ? setInterval(() => void ping(), HEARTBEAT_MS) : null;
  return {
    ping,
    stop: () => {
      if (heartbeat !== null) clearInterval(heartbeat);
    },
  };
}

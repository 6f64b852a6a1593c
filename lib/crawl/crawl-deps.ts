import type { PageSnapshot } from '../snapshot/page-snapshot.ts';
import type { SnapshotInput } from '../snapshot/build-snapshot.ts';
import type { CheckpointStore } from './checkpoint.ts';
import type { CrawlProgress } from './crawler.ts';

/** What the host hands the crawl engine: network, time, storage, cancellation, and the snapshot builder. */
export interface CrawlDeps {
  fetch: typeof fetch;
  clock: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  store?: CheckpointStore;
  onProgress?: (p: CrawlProgress) => void;
  signal?: AbortSignal;
  /** Called at least once per page and every ~20 s while waiting (keeps an MV3 service worker alive). */
  keepAlive?: () => Promise<void>;
  /**
   * Renders a page in a browser (the extension's tab, the CLI's Chromium): used for pages a script builds
   * (an application shell, a listing filled after load, a `#/` route). Without it such pages are judged on
   * their served HTML, and hash routes are not crawled.
   */
  renderPage?: RenderPage;
}

/** The DOM after the page's scripts ran (`finalUrl` with its hash route), or why it could not be had. */
export type RenderResult = { html: string; finalUrl: string } | { error: string };
/** Must settle soon after `signal` aborts (the crawl's per-page render timeout, or the run ending). */
export type RenderPage = (url: string, signal: AbortSignal) => Promise<RenderResult>;

export type { SnapshotInput };
export type BuildSnapshot = (input: SnapshotInput) => PageSnapshot;

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
}

export type { SnapshotInput };
export type BuildSnapshot = (input: SnapshotInput) => PageSnapshot;

import { type DBSchema, type IDBPDatabase, wrap } from 'idb';
import { z } from 'zod';
import type { CrawlData } from '../audit/site-index.ts';
import { CrawlFailure } from '../crawl/checkpoint.ts';
import { DocumentCheck, PageSnapshot } from '../snapshot/page-snapshot.ts';
import { Report } from '../report/report-schema.ts';

/**
 * Every audit of a site, kept on this machine in IndexedDB (newest first, at most `limit` per site),
 * and the page snapshots of the latest audit of each site, so the report can be judged again with
 * another year or as-of date, or re-checked at month end, without crawling the whole site again.
 * The background writes; the side panel and options page read (same extension origin).
 */
export interface ReportStore {
  /** Reports of one site, newest first; records that no longer parse are skipped. */
  list(site: string): Promise<Report[]>;
  /** Sites with at least one stored report, sorted. */
  sites(): Promise<string[]>;
  /** Adds a report (and the crawl it was judged from), then keeps only the newest `limit` of the site. */
  add(report: Report, limit: number, crawl?: CrawlData): Promise<void>;
  /** The snapshots of the latest stored crawl of a site, or null. */
  latestCrawl(site: string): Promise<CrawlData | null>;
  /** Keeps the newest `limit` reports of every site (after the user lowers the limit). */
  trimAll(limit: number): Promise<void>;
  close(): Promise<void>;
}

export const REPORT_DB_NAME = 'oit-audit-history';

/** A stored crawl: the CrawlData the audit reads, validated when read back. */
export const StoredCrawl = z.object({
  startUrl: z.string(),
  homeUrl: z.string().optional(),
  pages: z.array(PageSnapshot),
  documents: z.array(DocumentCheck),
  failures: z.array(CrawlFailure),
  stoppedBy: z.enum(['done', 'max-pages', 'max-time', 'cancelled']),
  elapsedMs: z.number(),
  pending: z.array(z.object({ url: z.string(), label: z.string() })),
});

interface HistoryDb extends DBSchema {
  /** Key [site, generatedAt]: sorted by site, then by time. */
  reports: { key: [string, string]; value: unknown };
  /** Key: site. */
  crawls: { key: string; value: unknown };
}

/** Only what CrawlData holds (a CrawlResult carries more: skipped URLs, notes). */
function crawlDataOf(crawl: CrawlData): CrawlData {
  return {
    startUrl: crawl.startUrl,
    ...(crawl.homeUrl !== undefined ? { homeUrl: crawl.homeUrl } : {}),
    pages: crawl.pages,
    documents: crawl.documents,
    failures: crawl.failures,
    stoppedBy: crawl.stoppedBy,
    elapsedMs: crawl.elapsedMs,
    pending: crawl.pending.map((p) => ({ url: p.url, label: p.label })),
  };
}

export function createIdbReportStore(factory: IDBFactory, options: { dbName?: string; keyRange?: typeof IDBKeyRange } = {}): ReportStore {
  const dbName = options.dbName ?? REPORT_DB_NAME;
  const keyRange = options.keyRange ?? globalThis.IDBKeyRange;
  let dbPromise: Promise<IDBPDatabase<HistoryDb>> | null = null;

  function db(): Promise<IDBPDatabase<HistoryDb>> {
    if (dbPromise === null) {
      const request = factory.open(dbName, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('reports');
        request.result.createObjectStore('crawls');
      };
      dbPromise = wrap(request) as Promise<IDBPDatabase<HistoryDb>>;
    }
    return dbPromise;
  }

  const siteRange = (site: string): IDBKeyRange => keyRange.bound([site, ''], [site, '\uffff']);

  async function siteKeys(database: IDBPDatabase<HistoryDb>, site: string): Promise<[string, string][]> {
    return (await database.getAllKeys('reports', siteRange(site))) as [string, string][];
  }

  async function trimSite(database: IDBPDatabase<HistoryDb>, site: string, limit: number): Promise<void> {
    const keys = await siteKeys(database, site);
    const excess = keys.slice(0, Math.max(0, keys.length - limit));
    if (excess.length === 0) return;
    const tx = database.transaction('reports', 'readwrite');
    await Promise.all([...excess.map((k) => tx.store.delete(k)), tx.done]);
  }

  return {
    async list(site) {
      const database = await db();
      const values = await database.getAll('reports', siteRange(site));
      const out: Report[] = [];
      for (const v of values.reverse()) {
        const parsed = Report.safeParse(v);
        if (parsed.success) out.push(parsed.data);
      }
      return out;
    },
    async sites() {
      const database = await db();
      const keys = (await database.getAllKeys('reports')) as [string, string][];
      return [...new Set(keys.map((k) => k[0]))].sort();
    },
    async add(report, limit, crawl) {
      const database = await db();
      const tx = database.transaction(['reports', 'crawls'], 'readwrite');
      const writes: Promise<unknown>[] = [tx.objectStore('reports').put(report, [report.site, report.generatedAt])];
      if (crawl) writes.push(tx.objectStore('crawls').put(crawlDataOf(crawl), report.site));
      await Promise.all([...writes, tx.done]);
      await trimSite(database, report.site, Math.max(1, limit));
    },
    async latestCrawl(site) {
      const database = await db();
      const parsed = StoredCrawl.safeParse(await database.get('crawls', site));
      return parsed.success ? (parsed.data as CrawlData) : null;
    },
    async trimAll(limit) {
      const database = await db();
      const keys = (await database.getAllKeys('reports')) as [string, string][];
      for (const site of new Set(keys.map((k) => k[0]))) await trimSite(database, site, Math.max(1, limit));
    },
    async close() {
      if (dbPromise) (await dbPromise).close();
      dbPromise = null;
    },
  };
}

/** A store in memory with the same behaviour (tests, and a fallback where IndexedDB is unavailable). */
export function createMemoryReportStore(): ReportStore {
  const reports = new Map<string, Report[]>();
  const crawls = new Map<string, CrawlData>();
  return {
    async list(site) {
      return structuredClone(reports.get(site) ?? []);
    },
    async sites() {
      return [...reports.keys()].sort();
    },
    async add(report, limit, crawl) {
      const next = [structuredClone(report), ...(reports.get(report.site) ?? []).filter((r) => r.generatedAt !== report.generatedAt)];
      next.sort((a, b) => (a.generatedAt < b.generatedAt ? 1 : a.generatedAt > b.generatedAt ? -1 : 0));
      reports.set(report.site, next.slice(0, Math.max(1, limit)));
      if (crawl) crawls.set(report.site, structuredClone(crawlDataOf(crawl)));
    },
    async latestCrawl(site) {
      const c = crawls.get(site);
      return c ? structuredClone(c) : null;
    },
    async trimAll(limit) {
      for (const [site, list] of reports) reports.set(site, list.slice(0, Math.max(1, limit)));
    },
    async close() {},
  };
}

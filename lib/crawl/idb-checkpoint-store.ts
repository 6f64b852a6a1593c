import { type DBSchema, type IDBPDatabase, wrap } from 'idb';
import type { PageSnapshot } from '../snapshot/page-snapshot.ts';
import { type CheckpointMeta, type CheckpointStore, CheckpointError, parseMeta, parsePage } from './checkpoint.ts';

interface CheckpointDb extends DBSchema {
  meta: { key: string; value: CheckpointMeta };
  pages: { key: [string, number]; value: PageSnapshot };
}

export const CHECKPOINT_DB_NAME = 'oit-audit-crawl';

/**
 * Stores checkpoints in IndexedDB: one `meta` record per key (frontier, counters, failures …) and
 * one `pages` record per snapshot, so a save after each page adds one snapshot record instead of
 * rewriting all of them. The factory is injected (the extension passes `indexedDB`, tests fake-indexeddb).
 * `idb` checks `instanceof IDBRequest` etc. against globals: they exist in browsers and service
 * workers; Node tests install them with `import 'fake-indexeddb/auto'`.
 */
export function createIdbCheckpointStore(
  factory: IDBFactory,
  options: { dbName?: string; keyRange?: typeof IDBKeyRange } = {},
): CheckpointStore & { close(): Promise<void> } {
  const dbName = options.dbName ?? CHECKPOINT_DB_NAME;
  const keyRange = options.keyRange ?? globalThis.IDBKeyRange;
  let dbPromise: Promise<IDBPDatabase<CheckpointDb>> | null = null;
  const written = new Map<string, number>();

  function db(): Promise<IDBPDatabase<CheckpointDb>> {
    if (dbPromise === null) {
      // idb's openDB() uses the global indexedDB; open on the injected factory and wrap instead.
      const request = factory.open(dbName, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('meta');
        request.result.createObjectStore('pages');
      };
      dbPromise = wrap(request) as Promise<IDBPDatabase<CheckpointDb>>;
    }
    return dbPromise;
  }

  const pageRange = (key: string, from = 0): IDBKeyRange => keyRange.bound([key, from], [key, Number.MAX_SAFE_INTEGER]);

  return {
    async load(key) {
      const database = await db();
      const tx = database.transaction(['meta', 'pages'], 'readonly');
      const rawMeta: unknown = await tx.objectStore('meta').get(key);
      if (rawMeta === undefined) {
        await tx.done;
        return null;
      }
      const meta = parseMeta(key, rawMeta);
      const rawPages: unknown[] = await tx.objectStore('pages').getAll(pageRange(key));
      await tx.done;
      if (rawPages.length < meta.pageCount) {
        throw new CheckpointError(key, `${meta.pageCount} snapshots expected, ${rawPages.length} stored`);
      }
      const pages = rawPages.slice(0, meta.pageCount).map((p, i) => parsePage(key, i, p));
      written.set(key, meta.pageCount);
      const { pageCount: _pageCount, ...rest } = meta;
      return { ...rest, pages };
    },
    async save(key, checkpoint) {
      const database = await db();
      const tx = database.transaction(['meta', 'pages'], 'readwrite');
      const pagesStore = tx.objectStore('pages');
      const already = Math.min(written.get(key) ?? 0, checkpoint.pages.length);
      const puts: Promise<unknown>[] = [];
      if (written.get(key) === undefined) puts.push(pagesStore.delete(pageRange(key, checkpoint.pages.length)));
      for (let i = already; i < checkpoint.pages.length; i += 1) {
        puts.push(pagesStore.put(checkpoint.pages[i] as PageSnapshot, [key, i]));
      }
      const { pages, ...rest } = checkpoint;
      puts.push(tx.objectStore('meta').put({ ...rest, pageCount: pages.length }, key));
      await Promise.all([...puts, tx.done]);
      written.set(key, checkpoint.pages.length);
    },
    async clear(key) {
      const database = await db();
      const tx = database.transaction(['meta', 'pages'], 'readwrite');
      await Promise.all([tx.objectStore('meta').delete(key), tx.objectStore('pages').delete(pageRange(key)), tx.done]);
      written.delete(key);
    },
    async close() {
      if (dbPromise) (await dbPromise).close();
      dbPromise = null;
    },
  };
}

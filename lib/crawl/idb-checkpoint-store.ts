import { type DBSchema, type IDBPDatabase, wrap } from 'idb';
import { type CheckpointDelta, type CheckpointStore, checkpointDelta, parseDelta, replayCheckpoint } from './checkpoint.ts';

interface CheckpointDb extends DBSchema {
  journal: { key: [string, number]; value: CheckpointDelta };
}

export const CHECKPOINT_DB_NAME = 'oit-audit-crawl';
/** 2: one `journal` record per save (version 1 kept a whole `meta` record per key plus `pages`). */
const DB_VERSION = 2;

/**
 * Stores checkpoints in IndexedDB as a journal: one record per save, keyed `[checkpoint key, n]`,
 * holding only what that save added (see CheckpointDelta), so a save costs the same at page 10 and
 * at page 10,000. The factory is injected (the extension passes `indexedDB`, tests fake-indexeddb).
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
  /** Records already stored per key (valid while this store object lives). */
  const next = new Map<string, number>();

  function db(): Promise<IDBPDatabase<CheckpointDb>> {
    if (dbPromise === null) {
      // idb's openDB() uses the global indexedDB; open on the injected factory and wrap instead.
      const request = factory.open(dbName, DB_VERSION);
      request.onupgradeneeded = () => {
        const database = request.result;
        // Version-1 checkpoints cannot be resumed by this version: drop them.
        for (const old of ['meta', 'pages']) if (database.objectStoreNames.contains(old)) database.deleteObjectStore(old);
        if (!database.objectStoreNames.contains('journal')) database.createObjectStore('journal');
      };
      dbPromise = wrap(request) as Promise<IDBPDatabase<CheckpointDb>>;
    }
    return dbPromise;
  }

  const range = (key: string): IDBKeyRange => keyRange.bound([key, 0], [key, Number.MAX_SAFE_INTEGER]);

  return {
    async load(key) {
      const database = await db();
      const raw: unknown[] = await database.getAll('journal', range(key));
      next.set(key, raw.length);
      return replayCheckpoint(raw.map((r, i) => parseDelta(key, i, r)));
    },
    async append(key, delta) {
      const database = await db();
      let n = next.get(key);
      if (n === undefined) n = await database.count('journal', range(key));
      await database.put('journal', checkpointDelta(delta), [key, n]);
      next.set(key, n + 1);
    },
    async clear(key) {
      const database = await db();
      await database.delete('journal', range(key));
      next.set(key, 0);
    },
    async close() {
      if (dbPromise) (await dbPromise).close();
      dbPromise = null;
    },
  };
}

// idb checks `instanceof IDBRequest` etc. against globals, which Node lacks: install fake-indexeddb's classes as globals.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CHECKPOINT_VERSION, type CheckpointStore, type CrawlCheckpoint, createMemoryCheckpointStore } from '../../lib/crawl/checkpoint.ts';
import { type CheckpointFs, createFileCheckpointStore } from '../../lib/crawl/file-checkpoint-store.ts';
import { createIdbCheckpointStore } from '../../lib/crawl/idb-checkpoint-store.ts';
import { emptyTrapState } from '../../lib/crawl/traps.ts';
import type { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

function snapshot(i: number, title = `page ${i}`): PageSnapshot {
  return {
    url: `http://x.go.th/p${i}`,
    finalUrl: `http://x.go.th/p${i}`,
    status: 200,
    contentType: 'text/html',
    charset: 'utf-8',
    title,
    headings: [],
    breadcrumb: '',
    links: [
      { href: '/ita', url: 'http://x.go.th/ita', kind: 'page', origin: 'a', label: 'ITA', labelSource: 'text', context: '', heading: '', dates: [] },
    ],
    dates: [],
    contacts: [],
    forms: [],
    unlinkedRows: [],
    scriptBuilt: 'none',
    rendered: 'no',
    scriptFilled: false,
    truncated: false,
    depth: 1,
    fetchedAt: '2025-01-01T00:00:00.000Z',
  };
}

function checkpoint(pages: PageSnapshot[]): CrawlCheckpoint {
  return {
    version: CHECKPOINT_VERSION,
    startUrl: 'http://x.go.th/',
    homeUrl: 'http://x.go.th/',
    frontier: {
      entries: [{ url: 'http://x.go.th/next', key: 'x.go.th/next', kind: 'page', depth: 1, label: 'ถัดไป', tier: 2, year: 0, seq: 3, parent: 'http://x.go.th/' }],
      done: pages.map((p) => p.url.replace('http://', '')),
      seq: 4,
    },
    pages,
    documents: [{ url: 'http://x.go.th/a.pdf', status: 200, contentType: 'application/pdf', size: 10 }],
    failures: [{ url: 'http://x.go.th/bad', reason: 'HTTP 404', status: 404 }],
    skipped: [],
    notes: [],
    traps: emptyTrapState(),
    counters: { pagesRequested: pages.length + 1, documentsRequested: 1 },
    elapsedMs: 1234,
    savedAt: '2025-01-01T00:00:00.000Z',
  };
}

function fakeFs(): CheckpointFs & { files: Map<string, string>; writes: { path: string; size: number }[] } {
  const files = new Map<string, string>();
  const writes: { path: string; size: number }[] = [];
  return {
    files,
    writes,
    async readFile(path) {
      return files.get(path) ?? null;
    },
    async writeFile(path, text) {
      writes.push({ path, size: text.length });
      files.set(path, text);
    },
    async removeFile(path) {
      files.delete(path);
    },
  };
}

async function roundTrip(store: CheckpointStore): Promise<void> {
  const key = 'crawl:x.go.th/';
  expect(await store.load(key)).toBeNull();
  const cp = checkpoint([snapshot(0), snapshot(1)]);
  await store.save(key, cp);
  expect(await store.load(key)).toEqual(cp);
  await store.clear(key);
  expect(await store.load(key)).toBeNull();
}

/** Pages are append-only: a later save must not rewrite earlier snapshots. */
async function appendOnly(store: CheckpointStore): Promise<void> {
  const key = 'crawl:append';
  await store.save(key, checkpoint([snapshot(0), snapshot(1)]));
  const changed = checkpoint([snapshot(0, 'CHANGED'), snapshot(1), snapshot(2)]);
  await store.save(key, changed);
  const loaded = await store.load(key);
  expect(loaded?.pages.map((p) => p.title)).toEqual(['page 0', 'page 1', 'page 2']);
  expect(loaded?.counters.pagesRequested).toBe(4);
}

describe('memory checkpoint store', () => {
  it('round-trips and clears', () => roundTrip(createMemoryCheckpointStore()));
  it('names the key when the stored checkpoint is corrupt', async () => {
    const store = createMemoryCheckpointStore();
    store.raw.set('k1', '{not json');
    await expect(store.load('k1')).rejects.toThrow('Checkpoint "k1" is unreadable (checkpoint is not valid JSON');
    store.raw.set('k2', JSON.stringify({ ...checkpoint([]), counters: { pagesRequested: 'many' } }));
    await expect(store.load('k2')).rejects.toThrow(/Checkpoint "k2" is unreadable \(counters\.pagesRequested: /);
  });
});

describe('file checkpoint store', () => {
  it('round-trips and clears', () => roundTrip(createFileCheckpointStore(fakeFs(), '/tmp/cp')));
  it('writes each snapshot once: a save after a new page writes one small page file plus the meta file', async () => {
    const fs = fakeFs();
    const store = createFileCheckpointStore(fs, '/tmp/cp/');
    const pages = Array.from({ length: 20 }, (_, i) => snapshot(i));
    await store.save('k', checkpoint(pages.slice(0, 19)));
    fs.writes.length = 0;
    await store.save('k', checkpoint(pages));
    expect(fs.writes.map((w) => w.path.replace(/^.*\//, '').replace(/^k-[0-9a-f]+/, 'K'))).toEqual(['K.page-19.json', 'K.json']);
    await appendOnly(store);
  });
  it('accepts a path function, and treats a thrown ENOENT as "no checkpoint"', async () => {
    const files = new Map<string, string>();
    const nodeLike: CheckpointFs = {
      async readFile(path) {
        const t = files.get(path);
        if (t === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
        return t;
      },
      async writeFile(path, text) {
        files.set(path, text);
      },
    };
    const store = createFileCheckpointStore(nodeLike, () => '/reports/site.checkpoint.json');
    expect(await store.load('k')).toBeNull();
    await store.save('k', checkpoint([snapshot(0)]));
    expect([...files.keys()].sort()).toEqual(['/reports/site.checkpoint.json', '/reports/site.checkpoint.page-0.json']);
    expect((await store.load('k'))?.pages).toHaveLength(1);
    await store.clear('k');
    expect(await store.load('k')).toBeNull();
  });
  it('names the key when a file is corrupt or missing', async () => {
    const fs = fakeFs();
    const store = createFileCheckpointStore(fs, '/cp');
    await store.save('crawl:x', checkpoint([snapshot(0), snapshot(1)]));
    const pageFile = [...fs.files.keys()].find((p) => p.endsWith('.page-1.json')) as string;
    fs.files.set(pageFile, JSON.stringify({ url: 1 }));
    await expect(createFileCheckpointStore(fs, '/cp').load('crawl:x')).rejects.toThrow(/Checkpoint "crawl:x" is unreadable \(page 1: /);
    fs.files.delete(pageFile);
    await expect(createFileCheckpointStore(fs, '/cp').load('crawl:x')).rejects.toThrow(/Checkpoint "crawl:x" is unreadable \(page file .* is missing\)/);
  });
});

describe('IndexedDB checkpoint store', () => {
  const make = () => createIdbCheckpointStore(new IDBFactory(), { keyRange: IDBKeyRange });
  it('round-trips and clears', async () => {
    const store = make();
    await roundTrip(store);
    await store.close();
  });
  it('stores snapshots one record each and never rewrites earlier ones', async () => {
    const store = make();
    await appendOnly(store);
    await store.close();
  });
  it('survives a new store object on the same database (a restarted service worker)', async () => {
    const factory = new IDBFactory();
    const a = createIdbCheckpointStore(factory, { keyRange: IDBKeyRange });
    await a.save('k', checkpoint([snapshot(0), snapshot(1)]));
    await a.close();
    const b = createIdbCheckpointStore(factory, { keyRange: IDBKeyRange });
    expect((await b.load('k'))?.pages.map((p) => p.title)).toEqual(['page 0', 'page 1']);
    await b.save('k', checkpoint([snapshot(0), snapshot(1), snapshot(2)]));
    expect((await b.load('k'))?.pages).toHaveLength(3);
    await b.clear('k');
    expect(await b.load('k')).toBeNull();
    await b.close();
  });
  it('names the key when a record is corrupt', async () => {
    const factory = new IDBFactory();
    const store = createIdbCheckpointStore(factory, { keyRange: IDBKeyRange });
    await store.save('bad', checkpoint([snapshot(0)]));
    await store.close();
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open('oit-audit-crawl', 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve) => {
      const tx = raw.transaction('meta', 'readwrite');
      tx.objectStore('meta').put({ version: 99 }, 'bad');
      tx.oncomplete = () => resolve();
    });
    raw.close();
    await expect(createIdbCheckpointStore(factory, { keyRange: IDBKeyRange }).load('bad')).rejects.toThrow(/Checkpoint "bad" is unreadable/);
  });
});

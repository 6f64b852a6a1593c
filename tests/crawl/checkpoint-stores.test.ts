// idb checks `instanceof IDBRequest` etc. against globals, which Node lacks: install fake-indexeddb's classes as globals.
import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CHECKPOINT_VERSION, type CheckpointDelta, type CheckpointStore, checkpointDelta, createMemoryCheckpointStore, journalBytes, journalLine } from '../../lib/crawl/checkpoint.ts';
import { type CheckpointFs, createFileCheckpointStore } from '../../lib/crawl/file-checkpoint-store.ts';
import { createIdbCheckpointStore } from '../../lib/crawl/idb-checkpoint-store.ts';
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
    prose: [],
    scriptBuilt: 'none',
    rendered: 'no',
    scriptFilled: false,
    truncated: false,
    depth: 1,
    fetchedAt: '2025-01-01T00:00:00.000Z',
  };
}

function delta(pages: PageSnapshot[], extra: Partial<CheckpointDelta> = {}): CheckpointDelta {
  return {
    version: CHECKPOINT_VERSION,
    startUrl: 'http://x.go.th/',
    homeUrl: 'http://x.go.th/',
    pages,
    documents: [{ url: 'http://x.go.th/a.pdf', status: 200, contentType: 'application/pdf', size: 10 }],
    failures: [{ url: 'http://x.go.th/bad', reason: 'HTTP 404', status: 404 }],
    skipped: [],
    notes: [],
    queued: [{ url: 'http://x.go.th/next', key: 'x.go.th/next', kind: 'page', depth: 1, label: 'ถัดไป', tier: 2, year: 0, seq: 3, parent: 'http://x.go.th/' }],
    done: pages.map((p) => String(p.url).replace('http://', '')),
    seq: 4,
    traps: {},
    counters: { pagesRequested: pages.length + 1, documentsRequested: 1 },
    elapsedMs: 1234,
    savedAt: '2025-01-01T00:00:00.000Z',
    ...extra,
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
    async appendFile(path, text) {
      writes.push({ path, size: text.length });
      files.set(path, (files.get(path) ?? '') + text);
    },
    async removeFile(path) {
      files.delete(path);
    },
  };
}

async function roundTrip(store: CheckpointStore): Promise<void> {
  const key = 'crawl:x.go.th/';
  expect(await store.load(key)).toBeNull();
  await store.append(key, delta([snapshot(0), snapshot(1)]));
  const loaded = await store.load(key);
  expect(loaded?.pages).toEqual([snapshot(0), snapshot(1)]);
  expect(loaded?.frontier).toEqual({ entries: [delta([]).queued[0]], done: ['x.go.th/p0', 'x.go.th/p1'], seq: 4 });
  expect(loaded?.documents).toHaveLength(1);
  expect(loaded?.counters).toEqual({ pagesRequested: 3, documentsRequested: 1 });
  await store.clear(key);
  expect(await store.load(key)).toBeNull();
}

/** A checkpoint is its deltas replayed: later saves add pages, finish queued keys, update trap counters. */
async function appendOnly(store: CheckpointStore): Promise<void> {
  const key = 'crawl:append';
  await store.append(key, delta([snapshot(0), snapshot(1)], { traps: { pagination: { 'x.go.th/list': 1 } } }));
  await store.append(key, delta([snapshot(2)], { documents: [], failures: [], queued: [], done: ['x.go.th/next'], traps: { pagination: { 'x.go.th/list': 2 }, exhaustedLists: ['x.go.th/list'] }, counters: { pagesRequested: 4, documentsRequested: 1 } }));
  const loaded = await store.load(key);
  expect(loaded?.pages.map((p) => p.title)).toEqual(['page 0', 'page 1', 'page 2']);
  expect(loaded?.frontier.entries).toEqual([]);
  expect(loaded?.frontier.done).toContain('x.go.th/next');
  expect(loaded?.documents).toHaveLength(1);
  expect(loaded?.traps.pagination).toEqual({ 'x.go.th/list': 2 });
  expect(loaded?.traps.exhaustedLists).toEqual(['x.go.th/list']);
  expect(loaded?.counters.pagesRequested).toBe(4);
}

describe('memory checkpoint store', () => {
  it('round-trips and clears', () => roundTrip(createMemoryCheckpointStore()));
  it('replays deltas in order', () => appendOnly(createMemoryCheckpointStore()));
  it('names the key when the stored checkpoint is corrupt', async () => {
    const store = createMemoryCheckpointStore();
    store.raw.set('k1', '{not json');
    await expect(store.load('k1')).rejects.toThrow('Checkpoint "k1" is unreadable (checkpoint is not valid JSON');
    store.raw.set('k2', JSON.stringify({ ...delta([]), counters: { pagesRequested: 'many' } }));
    await expect(store.load('k2')).rejects.toThrow(/Checkpoint "k2" is unreadable \(counters\.pagesRequested: /);
  });
});

describe('journal bytes', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
  const mixed = (): CheckpointDelta =>
    delta([snapshot(0, 'หน้า "แรก" \\ \u0000 \u2028 \ud83d\ude00'), { ...snapshot(1), charset: undefined } as unknown as PageSnapshot, snapshot(2)], { traps: { newestYear: undefined, pagination: { 'x.go.th/list': 1 } } });

  it('with some pages already made are the UTF-8 of JSON.stringify(delta), byte for byte', () => {
    const d = mixed();
    const json = d.pages.map((p, i) => (i === 1 ? p : utf8(JSON.stringify(p))));
    expect(journalBytes({ ...d, pages: json })).toEqual(utf8(journalLine(d)));
    expect(journalLine(d)).toBe(`${JSON.stringify(d)}\n`);
    expect(journalBytes(d)).toEqual(utf8(journalLine(d)));
    expect(journalBytes(delta([]))).toEqual(utf8(journalLine(delta([]))));
    expect(checkpointDelta({ ...d, pages: json })).toEqual(JSON.parse(JSON.stringify(d)));
    expect(checkpointDelta(d)).toBe(d);
  });

  it('are written into the buffer they are given when the line fits, else into a new one', () => {
    const d = delta([snapshot(0)]);
    const line = utf8(journalLine(d));
    const roomy = new Uint8Array(line.length + 10).fill(7);
    const written = journalBytes(d, roomy);
    expect(written.buffer).toBe(roomy.buffer);
    expect(written).toEqual(line);
    expect(roomy[line.length]).toBe(7);
    const small = new Uint8Array(line.length - 1);
    const fresh = journalBytes(d, small);
    expect(fresh.buffer).not.toBe(small.buffer);
    expect(fresh).toEqual(line);
  });

  it('copies in the bytes it is given rather than serialising those pages again', () => {
    const d = delta([snapshot(0), snapshot(1)]);
    const line = new TextDecoder().decode(journalBytes({ ...d, pages: [snapshot(0), utf8('{"made":"by the spill"}')] }));
    const parsed = JSON.parse(line) as { pages: unknown[] };
    expect(parsed.pages).toEqual([JSON.parse(JSON.stringify(snapshot(0))), { made: 'by the spill' }]);
  });

  it('are written by the file store and read back as the delta they came from', async () => {
    const files = new Map<string, Uint8Array[]>();
    const fs: CheckpointFs = {
      async readFile(path) {
        const parts = files.get(path);
        return parts ? Buffer.concat(parts).toString('utf8') : null;
      },
      async writeFile(path, text) {
        files.set(path, [utf8(text)]);
      },
      async appendFile(path, data) {
        // A copy: the store writes its next line into the same buffer once this append is done.
        files.set(path, [...(files.get(path) ?? []), typeof data === 'string' ? utf8(data) : data.slice()]);
      },
    };
    const store = createFileCheckpointStore(fs, '/cp');
    const d = delta([snapshot(0, 'หน้า "แรก" \\ \u0000 \u2028'), snapshot(1), snapshot(2)]);
    await store.append('k', { ...d, pages: d.pages.map((p) => utf8(JSON.stringify(p))) });
    await store.append('k', { ...delta([snapshot(3)]), pages: [utf8(JSON.stringify(snapshot(3)))] });
    await store.append('k', delta([snapshot(4)]));
    const [path] = [...files.keys()];
    expect(Buffer.concat(files.get(path as string) ?? []).toString('utf8')).toBe(`${JSON.stringify(d)}\n${JSON.stringify(delta([snapshot(3)]))}\n${JSON.stringify(delta([snapshot(4)]))}\n`);
    expect((await store.load('k'))?.pages.map((p) => p.title)).toEqual(['หน้า "แรก" \\ \u0000 \u2028', 'page 1', 'page 2', 'page 3', 'page 4']);
  });
});

describe('file checkpoint store', () => {
  it('round-trips and clears', () => roundTrip(createFileCheckpointStore(fakeFs(), '/tmp/cp')));
  it('replays deltas in order', () => appendOnly(createFileCheckpointStore(fakeFs(), '/tmp/cp')));
  it('appends one line per save whose size does not grow with the crawl', async () => {
    const fs = fakeFs();
    const store = createFileCheckpointStore(fs, '/tmp/cp/');
    for (let i = 0; i < 200; i += 1) await store.append('k', delta([snapshot(i)], { done: [`x.go.th/p${i}`], counters: { pagesRequested: i + 1, documentsRequested: 0 } }));
    expect(fs.writes).toHaveLength(200);
    expect(new Set(fs.writes.map((w) => w.path)).size).toBe(1);
    const first = fs.writes[0]?.size ?? 0;
    const last = fs.writes[199]?.size ?? 0;
    expect(last).toBeLessThan(first * 1.1);
    expect((await store.load('k'))?.pages).toHaveLength(200);
  });
  it('drops a save cut off by a crash and keeps the ones before it', async () => {
    const fs = fakeFs();
    const store = createFileCheckpointStore(fs, '/cp');
    await store.append('k', delta([snapshot(0)]));
    await store.append('k', delta([snapshot(1)]));
    const path = [...fs.files.keys()][0] as string;
    const text = fs.files.get(path) as string;
    fs.files.set(path, text.slice(0, text.length - 40));
    expect((await store.load('k'))?.pages.map((p) => p.title)).toEqual(['page 0']);
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
      async appendFile(path, text) {
        files.set(path, (files.get(path) ?? '') + text);
      },
    };
    const store = createFileCheckpointStore(nodeLike, () => '/reports/site.checkpoint.jsonl');
    expect(await store.load('k')).toBeNull();
    await store.append('k', delta([snapshot(0)]));
    expect([...files.keys()]).toEqual(['/reports/site.checkpoint.jsonl']);
    expect((await store.load('k'))?.pages).toHaveLength(1);
    await store.clear('k');
    expect(await store.load('k')).toBeNull();
  });
  it('names the key when a save is corrupt', async () => {
    const fs = fakeFs();
    const store = createFileCheckpointStore(fs, '/cp');
    await store.append('crawl:x', delta([snapshot(0)]));
    await store.append('crawl:x', delta([{ ...snapshot(1), url: 1 } as unknown as PageSnapshot], { done: [] }));
    await expect(createFileCheckpointStore(fs, '/cp').load('crawl:x')).rejects.toThrow(/Checkpoint "crawl:x" is unreadable \(save 2: pages\.0\.url: /);
  });
});

describe('IndexedDB checkpoint store', () => {
  const make = () => createIdbCheckpointStore(new IDBFactory(), { keyRange: IDBKeyRange });
  it('round-trips and clears', async () => {
    const store = make();
    await roundTrip(store);
    await store.close();
  });
  it('stores one record per save and replays them in order', async () => {
    const store = make();
    await appendOnly(store);
    await store.close();
  });
  it('survives a new store object on the same database (a restarted service worker)', async () => {
    const factory = new IDBFactory();
    const a = createIdbCheckpointStore(factory, { keyRange: IDBKeyRange });
    await a.append('k', delta([snapshot(0), snapshot(1)]));
    await a.close();
    const b = createIdbCheckpointStore(factory, { keyRange: IDBKeyRange });
    expect((await b.load('k'))?.pages.map((p) => p.title)).toEqual(['page 0', 'page 1']);
    await b.append('k', delta([snapshot(2)]));
    expect((await b.load('k'))?.pages).toHaveLength(3);
    await b.clear('k');
    expect(await b.load('k')).toBeNull();
    await b.close();
  });
  it('names the key when a record is corrupt', async () => {
    const factory = new IDBFactory();
    const store = createIdbCheckpointStore(factory, { keyRange: IDBKeyRange });
    await store.append('bad', delta([snapshot(0)]));
    await store.close();
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open('oit-audit-crawl', 2);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve) => {
      const tx = raw.transaction('journal', 'readwrite');
      tx.objectStore('journal').put({ version: 99 }, ['bad', 1]);
      tx.oncomplete = () => resolve();
    });
    raw.close();
    await expect(createIdbCheckpointStore(factory, { keyRange: IDBKeyRange }).load('bad')).rejects.toThrow(/Checkpoint "bad" is unreadable \(save 2: /);
  });
});

import { describe, expect, it } from 'vitest';
import { type CheckpointStore, checkpointDelta, createMemoryCheckpointStore, journalBytes } from '../../lib/crawl/checkpoint.ts';
import { createCrawler, type CrawlOptions } from '../../lib/crawl/crawler.ts';
import { createHybridSnapshotStore, createMemorySnapshotStore, createSpilledSnapshotStore, type SpillFile } from '../../lib/crawl/snapshot-store.ts';
import type { LinkRecord, PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';
import { html, htmlPage, startFaultServer } from '../support/fault-server.ts';

/** A spill file in memory, counting reads. */
function memoryFile(): SpillFile & { reads: number } {
  let data = new Uint8Array(0);
  const file = {
    reads: 0,
    append(bytes: Uint8Array) {
      const next = new Uint8Array(data.length + bytes.length);
      next.set(data);
      next.set(bytes, data.length);
      data = next;
    },
    read(offset: number, length: number) {
      file.reads += 1;
      return data.slice(offset, offset + length);
    },
  };
  return file;
}

const link = (label: string): LinkRecord => ({ href: '/ita', url: 'http://x.go.th/ita', kind: 'page', origin: 'a', label, labelSource: 'text', context: '', heading: '', dates: [] });

function snapshot(i: number): PageSnapshot {
  return {
    url: `http://x.go.th/p${i}`, finalUrl: `http://x.go.th/p${i}`, status: 200, contentType: 'text/html', charset: 'utf-8',
    title: `หน้า ${i} การเปิดเผยข้อมูล`, headings: ['ข่าว'], breadcrumb: '', links: [link('ITA'), link('ITA'), link('อื่น')],
    dates: [], contacts: [], forms: [], unlinkedRows: [], prose: [], scriptBuilt: 'none', rendered: 'no', scriptFilled: false,
    truncated: false, depth: 1, fetchedAt: '2025-01-01T00:00:00.000Z',
  };
}

describe('spilled snapshot store', () => {
  it('reads back every page, in order and by position, as the memory store keeps it', () => {
    const spilled = createSpilledSnapshotStore(memoryFile());
    const memory = createMemorySnapshotStore();
    for (let i = 0; i < 5; i += 1) {
      spilled.add(snapshot(i));
      memory.add(snapshot(i));
    }
    expect(spilled.pages.length).toBe(5);
    expect([...spilled.pages]).toEqual(memory.pages);
    expect(spilled.pages.at(3)?.title).toBe('หน้า 3 การเปิดเผยข้อมูล');
    expect(spilled.pages.at(-1)?.url).toBe('http://x.go.th/p4');
    expect(spilled.pages.at(5)).toBeUndefined();
    // Identical links of one page are one record, as in the memory store's pool.
    const page = spilled.pages.at(0);
    expect(page?.links[0]).toBe(page?.links[1]);
    expect(memory.pages[0]?.links[0]).toBe(memory.pages[0]?.links[1]);
  });

  it('hands back the UTF-8 JSON it wrote of each page (for the checkpoint journal to reuse), the memory store none', () => {
    const utf8 = (page: PageSnapshot): Uint8Array => new TextEncoder().encode(JSON.stringify(page));
    const spilled = createSpilledSnapshotStore(memoryFile());
    expect(spilled.add(snapshot(0))).toEqual(utf8(snapshot(0)));
    expect(createMemorySnapshotStore().add(snapshot(0))).toBeUndefined();
    const hybrid = createHybridSnapshotStore(() => memoryFile(), 1);
    expect(hybrid.add(snapshot(0))).toBeUndefined();
    expect(hybrid.add(snapshot(1))).toEqual(utf8(snapshot(1)));
    expect(hybrid.add(snapshot(2))).toEqual(utf8(snapshot(2)));
  });

  it('keeps the pages read last parsed, and no more than it is asked to', () => {
    const file = memoryFile();
    const store = createSpilledSnapshotStore(file, 2);
    for (let i = 0; i < 4; i += 1) store.add(snapshot(i));
    const first = store.pages.at(0);
    expect(store.pages.at(0)).toBe(first);
    expect(file.reads).toBe(1);
    store.pages.at(1);
    store.pages.at(2);
    // Page 0 was evicted (the cache holds 2): read from the file again, a new object equal to the first.
    const again = store.pages.at(0);
    expect(file.reads).toBe(4);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('hybrid snapshot store', () => {
  it('keeps pages in memory up to its threshold and opens no file', () => {
    let opened = 0;
    const store = createHybridSnapshotStore(() => {
      opened += 1;
      return memoryFile();
    }, 3);
    for (let i = 0; i < 3; i += 1) store.add(snapshot(i));
    expect(opened).toBe(0);
    expect(store.pages.length).toBe(3);
    expect(store.pages.at(-1)?.url).toBe('http://x.go.th/p2');
  });

  it('past its threshold writes every page to the file and reads them back as the memory store keeps them', () => {
    const file = memoryFile();
    let opened = 0;
    const store = createHybridSnapshotStore(() => {
      opened += 1;
      return file;
    }, 2);
    const memory = createMemorySnapshotStore();
    for (let i = 0; i < 5; i += 1) {
      store.add(snapshot(i));
      memory.add(snapshot(i));
    }
    expect(opened).toBe(1);
    expect(store.pages.length).toBe(5);
    expect([...store.pages]).toEqual(memory.pages);
    expect(store.pages.at(0)?.url).toBe('http://x.go.th/p0');
    expect(file.reads).toBeGreaterThan(0);
    const page = store.pages.at(4);
    expect(page?.links[0]).toBe(page?.links[1]);
  });
});

describe('a crawl with its pages spilled', () => {
  const FAST: Partial<CrawlOptions> = { delayMs: 0, retryBaseMs: 10, requestTimeoutMs: 1000, failurePauseMs: 20 };
  const routes = (): Parameters<typeof startFaultServer>[0] => {
    const r: Parameters<typeof startFaultServer>[0] = { '/': html(htmlPage('home', [1, 2, 3, 4].map((s) => [`/s${s}`, `หมวด ${s}`] as const))) };
    for (const s of [1, 2, 3, 4]) r[`/s${s}`] = html(htmlPage(`section ${s}`, [['/', 'หน้าแรก']]));
    return r;
  };

  it('finds the same pages as one kept in memory, and resumes from its checkpoint', async () => {
    const s = await startFaultServer(routes());
    try {
      const deps = { fetch: globalThis.fetch.bind(globalThis), clock: () => Date.now() };
      const inMemory = await createCrawler(deps).run({ startUrl: `${s.origin}/`, ...FAST });
      const memory = createMemoryCheckpointStore();
      // Every page of every save comes with the bytes the spill made of it, and the line is the delta's JSON.
      let pagesWithJson = 0;
      const store: CheckpointStore = {
        load: (key) => memory.load(key),
        clear: (key) => memory.clear(key),
        async append(key, delta) {
          pagesWithJson += delta.pages.filter((p) => p instanceof Uint8Array).length;
          expect(new TextDecoder().decode(journalBytes(delta))).toBe(`${JSON.stringify(checkpointDelta(delta))}\n`);
          await memory.append(key, delta);
        },
      };
      const first = await createCrawler({ ...deps, store }, undefined, createSpilledSnapshotStore(memoryFile())).run({ startUrl: `${s.origin}/`, ...FAST, maxPages: 2 });
      expect(first.pages.length).toBe(2);
      expect(pagesWithJson).toBe(2);
      const second = await createCrawler({ ...deps, store }, undefined, createSpilledSnapshotStore(memoryFile())).run({ startUrl: `${s.origin}/`, ...FAST }, true);
      expect(second.stoppedBy).toBe('done');
      const urls = (pages: Iterable<PageSnapshot>) => [...pages].map((p) => p.url).sort();
      expect(urls(second.pages)).toEqual(urls(inMemory.pages));
      expect([...second.pages].slice(0, 2).map((p) => p.url)).toEqual([...first.pages].map((p) => p.url));
    } finally {
      await s.close();
    }
  });
});

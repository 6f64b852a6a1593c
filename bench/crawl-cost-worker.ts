/**
 * One crawl of a served site in a process of its own, so its memory is its own:
 * `node --expose-gc bin/run-ts.mjs bench/crawl-cost-worker.ts <mode> <url> <concurrency> <maxPages>`
 * with mode `auditor` (this project's crawler, file checkpoints as the CLI keeps them), `raw` (fetch
 * and a regex for links) or `cheerio` (fetch, cheerio parse, links from `a[href]`). Prints one JSON line.
 * The auditor runs with the CLI's heap growth setting (lib/cli/heap-growth.ts); the loops with Node's defaults.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readFileSync } from 'node:fs';
import { getHeapSpaceStatistics, writeHeapSnapshot } from 'node:v8';
import { load } from 'cheerio';
import { auditSite } from '../lib/audit/audit-site.ts';
import { builtInConcepts, getChecklist } from '../lib/checklist/built-in-checklists.ts';
import { limitHeapGrowth } from '../lib/cli/heap-growth.ts';
import { nodeFs } from '../lib/cli/node-fs.ts';
import { createCrawler } from '../lib/crawl/crawler.ts';
import type { CheckpointStore } from '../lib/crawl/checkpoint.ts';
import { createFileCheckpointStore } from '../lib/crawl/file-checkpoint-store.ts';
import { createHybridSnapshotStore, createSpilledSnapshotStore } from '../lib/crawl/snapshot-store.ts';
import { createSpillFile } from '../lib/cli/spill-file.ts';

export interface WorkerResult {
  mode: string;
  requests: number;
  pages: number;
  ms: number;
  /** CPU time of this process during the crawl (user + system), ms: swayed less than `ms` by other jobs on a shared machine. */
  cpuMs: number;
  /** Peak resident set size of the process, MB. */
  peakRssMb: number;
  /** Heap in use after a full GC at the end, with the result still held, MB. */
  heapAfterGcMb: number;
  /** Named menu pages (`/page/N`) fetched. */
  menuPages: number;
  /** BENCH_HEAP_TRACE=1: heap in use after a full GC every 1,000 pages during the crawl, MB. */
  liveHeapMb?: number[];
  /** With `judge`: the time the audit took to judge the crawl, ms (included in `ms`). */
  judgeMs?: number;
}

type Mode = 'auditor' | 'raw' | 'cheerio';

/** A breadth-first loop at `concurrency` over same-origin links, with `links` pulling hrefs out of the HTML. */
async function fetchLoop(start: string, concurrency: number, maxPages: number, doFetch: typeof fetch, links: (html: string) => string[]): Promise<string[]> {
  const origin = new URL(start).origin;
  const seen = new Set<string>([start]);
  const queue: string[] = [start];
  const fetched: string[] = [];
  let next = 0;
  const decoder = new TextDecoder('utf-8');
  async function worker(): Promise<void> {
    while (next < queue.length || active > 0) {
      const url = queue[next];
      if (url === undefined) {
        await new Promise((r) => setTimeout(r, 1));
        continue;
      }
      next += 1;
      active += 1;
      try {
        const res = await doFetch(url);
        const html = decoder.decode(await res.arrayBuffer());
        fetched.push(url);
        if (!res.ok) continue;
        for (const href of links(html)) {
          let u: URL;
          try {
            u = new URL(href, url);
          } catch {
            continue;
          }
          u.hash = '';
          if (u.origin !== origin || seen.has(u.href) || seen.size >= maxPages) continue;
          seen.add(u.href);
          queue.push(u.href);
        }
      } finally {
        active -= 1;
      }
    }
  }
  let active = 0;
  await Promise.all(Array.from({ length: concurrency }, () => worker()));
  return fetched;
}

const mb = (bytes: number): number => Math.round(bytes / 1024 / 102.4) / 10;

/** The process's memory by part, MB: V8's spaces (committed / used), malloc'd outside the heap, and the kernel's RSS split. */
export function memorySample(): Record<string, number> {
  const m = process.memoryUsage();
  const out: Record<string, number> = { rss: mb(m.rss), heapTotal: mb(m.heapTotal), heapUsed: mb(m.heapUsed), external: mb(m.external), arrayBuffers: mb(m.arrayBuffers) };
  for (const s of getHeapSpaceStatistics()) {
    const name = s.space_name.replace(/_space$/, '');
    out[`${name}Size`] = mb(s.space_size);
    out[`${name}Used`] = mb(s.space_used_size);
  }
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    for (const key of ['VmRSS', 'VmHWM', 'RssAnon', 'RssFile', 'VmData']) {
      const m2 = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
      if (m2?.[1]) out[key] = Math.round(Number(m2[1]) / 102.4) / 10;
    }
  } catch {
    // not Linux
  }
  return out;
}

const HREF = /<a\s[^>]*?href="([^"]*)"/gi;

async function main(): Promise<void> {
  const [mode, url, concurrencyText, maxPagesText, variant] = process.argv.slice(2) as [Mode, string, string, string, string | undefined];
  const concurrency = Number(concurrencyText);
  const maxPages = Number(maxPagesText);
  let requests = 0;
  const countingFetch: typeof fetch = (input, init) => {
    requests += 1;
    return fetch(input, init);
  };
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let crawlEnd: { ms: number; cpu: NodeJS.CpuUsage } | null = null;
  let pages: string[];
  let held: unknown;
  const liveHeapMb: number[] = [];
  const gcNow = (globalThis as { gc?: () => void }).gc;
  const onProgress = process.env.BENCH_HEAP_TRACE === '1' && gcNow
    ? (p: { fetched: number }) => {
        if (p.fetched > 0 && p.fetched % 1000 === 0 && liveHeapMb.length < p.fetched / 1000) {
          gcNow();
          liveHeapMb.push(Math.round(process.memoryUsage().heapUsed / 1024 / 1024 * 10) / 10);
        }
      }
    : undefined;
  // BENCH_MEM_TRACE=1: what the process holds every 500 pages and at each new high of its RSS (no GC forced), one JSON
  // line each on stderr.
  let rssHigh = 0;
  // BENCH_HEAP_SNAPSHOT_AT=N,M… (with BENCH_MEM_TRACE=1): a heap snapshot once N pages are fetched, then M….
  const snapshotAt = (process.env.BENCH_HEAP_SNAPSHOT_AT ?? '').split(',').filter(Boolean).map(Number);
  const memTrace = process.env.BENCH_MEM_TRACE === '1'
    ? (p: { fetched: number }) => {
        if (snapshotAt[0] !== undefined && p.fetched >= snapshotAt[0]) {
          snapshotAt.shift();
          console.error(`heap snapshot: ${writeHeapSnapshot()}`);
        }
        if (process.env.BENCH_MEM_GC_EVERY && p.fetched % Number(process.env.BENCH_MEM_GC_EVERY) === 0 && !memSamples.has(-p.fetched)) {
          memSamples.add(-p.fetched);
          gcNow?.();
          console.error(JSON.stringify({ pages: p.fetched, queued: (p as { queued?: number }).queued, afterGc: true, ...memorySample() }));
        }
        const rss = process.memoryUsage.rss();
        const high = rss > rssHigh + 1024 * 1024;
        if (high) rssHigh = rss;
        if (!high && (p.fetched === 0 || p.fetched % 500 !== 0 || memSamples.has(p.fetched))) return;
        memSamples.add(p.fetched);
        console.error(JSON.stringify({ pages: p.fetched, queued: (p as { queued?: number }).queued, lastSave, ...(high ? { high: true } : {}), ...memorySample() }));
      }
    : undefined;
  const memSamples = new Set<number>();
  let lastSave: Record<string, number> = {};
  const traced = (st: CheckpointStore): CheckpointStore =>
    process.env.BENCH_MEM_TRACE === '1'
      ? { ...st, append: (k, d) => ((lastSave = { pages: d.pages.length, queued: d.queued.length, done: d.done.length }), st.append(k, d)) }
      : st;
  const progress = onProgress && memTrace ? (p: { fetched: number }) => (onProgress(p), memTrace(p)) : (onProgress ?? memTrace);
  let pageCount: number | null = null;
  let judgeMs: number | null = null;
  if (mode === 'raw') {
    pages = await fetchLoop(url, concurrency, maxPages, countingFetch, (html) => [...html.matchAll(HREF)].map((m) => m[1] ?? ''));
  } else if (mode === 'cheerio') {
    pages = await fetchLoop(url, concurrency, maxPages, countingFetch, (html) => {
      const $ = load(html);
      return $('a[href]').map((_, el) => $(el).attr('href') ?? '').get();
    });
  } else {
    // The CLI's process setting (bin/oit-audit.mjs); BENCH_V8_DEFAULT_HEAP=1 measures without it.
    if (process.env.BENCH_V8_DEFAULT_HEAP !== '1') limitHeapGrowth();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'oit-bench-'));
    try {
      // `defaults`: the options a user gets without setting any (only the page cap is given).
      const options = variant === 'defaults' ? { startUrl: url, maxPages } : { startUrl: url, maxPages, perHostConcurrency: concurrency, delayMs: 0, maxTimeMs: 30 * 60_000 };
      // Pages kept as the CLI keeps them (lib/cli/audit-one.ts: in memory up to 1,000, then spilled to a scratch file);
      // BENCH_PAGES_IN_MEMORY=1 keeps them all in memory, BENCH_PAGES_SPILLED=1 spills them from the first page.
      const deps = { fetch: countingFetch, clock: Date.now, ...(process.env.BENCH_NO_CHECKPOINT === '1' ? {} : { store: traced(createFileCheckpointStore(nodeFs, dir)) }), ...(progress ? { onProgress: progress } : {}) };
      const spill = process.env.BENCH_PAGES_IN_MEMORY === '1' ? null : createSpillFile(dir);
      const store = spill && (process.env.BENCH_PAGES_SPILLED === '1' ? createSpilledSnapshotStore(spill) : createHybridSnapshotStore(() => spill));
      const crawl = store ? await createCrawler(deps, undefined, store).run(options) : await createCrawler(deps).run(options);
      // The crawl ends here: reading the kept pages back to count the menu pages is this benchmark's bookkeeping (the
      // loops count a list of URLs in memory), not the crawl's cost, so the clocks stop first (with `judge` they run on).
      if (variant !== 'judge') crawlEnd = { ms: performance.now() - t0, cpu: process.cpuUsage(cpu0) };
      pages = [];
      for (const p of crawl.pages) if (/\/page\/\d+$/.test(p.url)) pages.push(p.url);
      pageCount = crawl.pages.length;
      held = crawl;
      // `judge`: the audit judges the crawl afterwards, as the CLI does (the peak then covers judging too).
      if (variant === 'judge') {
        const checklist = getChecklist('ita-2568');
        if (!checklist) throw new Error('ita-2568 missing');
        const judged = performance.now();
        held = auditSite({ crawl, checklist, concepts: builtInConcepts.concepts, asOf: { year: 2025, month: 5, day: 15 }, generatedAt: '' });
        judgeMs = performance.now() - judged;
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const ms = crawlEnd?.ms ?? performance.now() - t0;
  const cpu = crawlEnd?.cpu ?? process.cpuUsage(cpu0);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap = process.memoryUsage().heapUsed;
  const result: WorkerResult = {
    mode,
    requests,
    pages: pageCount ?? pages.length,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    heapAfterGcMb: heap / 1024 / 1024,
    menuPages: pages.filter((p) => /\/page\/\d+$/.test(p)).length,
    ...(liveHeapMb.length > 0 ? { liveHeapMb } : {}),
    ...(judgeMs !== null ? { judgeMs } : {}),
  };
  if (held === null) console.error('unreachable');
  console.log(JSON.stringify(result));
}

await main();

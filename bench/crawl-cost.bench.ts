/**
 * What a crawl costs next to the network's own cost, on the generated site (bench/generated-site.ts)
 * served by a separate process on 127.0.0.1. Each crawl runs in a process of its own
 * (bench/crawl-cost-worker.ts) so its peak memory is its own. Figures are ratios measured in the
 * same run, because the machine is shared and noisy:
 * - per request at 0 ms latency: this auditor ÷ a fetch + cheerio loop at the same concurrency;
 * - per request at 50 ms latency: this auditor ÷ a raw fetch loop;
 * - peak memory at 2,000 pages, and memory at 500 / 2,000 / 10,000 pages;
 * - the 60 named menu pages (`/page/1` … `/page/60`) all fetched;
 * - a default audit (default options) of a 200-page site at 100 ms latency, in seconds.
 * Sizes shrink with BENCH_QUICK=1; the paired comparisons keep each mode's fastest of BENCH_ROUNDS (3) interleaved runs.
 * BENCH_BASE=DIR adds the same auditor from another checkout (e.g. main, `git archive main | tar -x -C DIR` with its
 * node_modules linked) as mode `base`, interleaved with this one in every paired comparison and memory row: an A/B
 * in one run, so both meet the same load. BENCH_ONLY=memory runs the memory rows alone; BENCH_JUDGE=1 has each memory run judge its crawl too (as the CLI
 * does, so the peak covers judging); BENCH_HEAP_TRACE=1 adds the heap in use during the crawl (see the worker).
 * Every worker runs from an esbuild bundle built with the CLI's own options (bin/cli-bundle.mjs), as `oit-audit` runs:
 * under tsx the compiler's module loading alone held ≈ 35–40 MB of each worker's peak RSS (an auditor at 2,000 pages:
 * 190 MB under tsx, 153 MB bundled; the raw fetch loop 173 → 143 MB). BENCH_TSX=1 runs the workers under tsx as before.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import type { BenchResult } from './run.ts';
import type { WorkerResult } from './crawl-cost-worker.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.env.BENCH_QUICK === '1';
/** Another checkout whose auditor runs as mode `base` (see above). */
const BASE = process.env.BENCH_BASE ? path.resolve(process.env.BENCH_BASE) : undefined;

async function startServer(pages: number, latencyMs: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/run-ts.mjs'), path.join(ROOT, 'bench/generated-site.ts'), String(pages), String(latencyMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /URL (\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`site server exited (${code})`)));
  });
  return { url, child };
}

const bundles = new Map<string, Promise<string[]>>();

/**
 * How to start a checkout's crawl worker: an esbuild bundle of bench/crawl-cost-worker.ts made with that checkout's CLI
 * bundle options (built once per run, in the system's temporary folder), or tsx with BENCH_TSX=1 or when bundling fails.
 */
function workerCommand(root: string): Promise<string[]> {
  let command = bundles.get(root);
  if (!command) {
    const tsx = [path.join(root, 'bin/run-ts.mjs'), path.join(root, 'bench/crawl-cost-worker.ts')];
    command =
      process.env.BENCH_TSX === '1'
        ? Promise.resolve(tsx)
        : (async () => {
            try {
              const { bundleOptions } = (await import(pathToFileURL(path.join(root, 'bin/cli-bundle.mjs')).href)) as { bundleOptions: () => Record<string, unknown> };
              const { build } = await import('esbuild');
              const dir = await mkdtemp(path.join(os.tmpdir(), 'oit-bench-worker-'));
              process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
              const outfile = path.join(dir, 'crawl-cost-worker.mjs');
              await build({ ...bundleOptions(), entryPoints: [path.join(root, 'bench/crawl-cost-worker.ts')], outfile, metafile: false });
              return [outfile];
            } catch (e) {
              console.error(`crawl-cost: worker bundle of ${root} failed (${String(e)}); running it under tsx`);
              return tsx;
            }
          })();
    bundles.set(root, command);
  }
  return command;
}

/** Runs one crawl worker; extra args go to the worker (e.g. `defaults`). */
export async function runWorker(mode: string, url: string, concurrency: number, maxPages: number, extra: string[] = []): Promise<WorkerResult> {
  // Mode `base`: the auditor of the BENCH_BASE checkout.
  const root = mode === 'base' && BASE ? BASE : ROOT;
  const workerMode = mode === 'base' ? 'auditor' : mode;
  const child = spawn(process.execPath, ['--expose-gc', ...(await workerCommand(root)), workerMode, url, String(concurrency), String(maxPages), ...extra], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  const line = out.trim().split('\n').pop() ?? '';
  if (code !== 0) throw new Error(`worker ${mode} exited ${code}: ${out}`);
  return JSON.parse(line) as WorkerResult;
}

async function withServer<T>(pages: number, latencyMs: number, fn: (url: string) => Promise<T>): Promise<T> {
  const { url, child } = await startServer(pages, latencyMs);
  try {
    return await fn(url);
  } finally {
    child.kill();
  }
}

const perRequest = (r: WorkerResult): number => r.ms / Math.max(1, r.requests);
/** The crawling process's own CPU per request: other jobs on a shared machine sway it less than the wall time. */
const cpuPerRequest = (r: WorkerResult): number => r.cpuMs / Math.max(1, r.requests);

/** Runs the modes in turn, `rounds` times, and keeps each mode's fastest run (the machine is shared: slow runs are noise). */
async function interleaved(modes: string[], rounds: number, run: (mode: string) => Promise<WorkerResult>): Promise<Map<string, WorkerResult>> {
  const best = new Map<string, WorkerResult>();
  for (let i = 0; i < rounds; i += 1) {
    for (const mode of modes) {
      const r = await run(mode);
      const prev = best.get(mode);
      if (!prev || perRequest(r) < perRequest(prev)) best.set(mode, r);
    }
  }
  return best;
}
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

export async function benchCrawlCost(): Promise<BenchResult[]> {
  const rows: BenchResult[] = [];
  const size = quick ? 600 : 2000;
  const c = 4;
  const memoryOnly = process.env.BENCH_ONLY === 'memory';
  const memoryOf: Record<string, WorkerResult[]> = {};
  const load = (): string => os.loadavg().map((l) => l.toFixed(1)).join(' ');
  rows.push({ name: `load average (1 / 5 / 15 min) at the start: ${load()}`, value: os.loadavg()[0] ?? 0, unit: '' });

  if (!memoryOnly) await withServer(size, 0, async (url) => {
    const best = await interleaved(['cheerio', 'raw', 'auditor', ...(BASE ? ['base'] : [])], ROUNDS, (mode) => runWorker(mode, url, c, size));
    const cheerio = best.get('cheerio') as WorkerResult;
    const raw = best.get('raw') as WorkerResult;
    const auditor = best.get('auditor') as WorkerResult;
    const base = best.get('base');
    if (base)
      rows.push(
        { name: '0 ms: base auditor per request', value: perRequest(base), unit: 'ms' },
        { name: '0 ms: base auditor ÷ fetch + cheerio, per request', value: perRequest(base) / perRequest(cheerio), unit: '×' },
        { name: '0 ms: base auditor ÷ fetch + cheerio, CPU per request', value: cpuPerRequest(base) / cpuPerRequest(cheerio), unit: '×' },
        { name: '0 ms: CPU per request, auditor / base / fetch + cheerio', value: cpuPerRequest(auditor), unit: `ms (base ${cpuPerRequest(base).toFixed(2)}, loop ${cpuPerRequest(cheerio).toFixed(2)})` },
        { name: '0 ms: auditor ÷ base, CPU per request', value: cpuPerRequest(auditor) / cpuPerRequest(base), unit: '×' },
      );
    rows.push(
      { name: `0 ms: auditor, ${auditor.requests} requests (${auditor.pages} pages)`, value: auditor.ms / 1000, unit: 's' },
      { name: `0 ms: fetch + cheerio loop, ${cheerio.requests} requests`, value: cheerio.ms / 1000, unit: 's' },
      { name: `0 ms: raw fetch loop, ${raw.requests} requests`, value: raw.ms / 1000, unit: 's' },
      { name: '0 ms: auditor per request', value: perRequest(auditor), unit: 'ms' },
      { name: '0 ms: fetch + cheerio per request', value: perRequest(cheerio), unit: 'ms' },
      { name: '0 ms: raw fetch per request', value: perRequest(raw), unit: 'ms' },
      { name: '0 ms: auditor ÷ fetch + cheerio, per request', value: perRequest(auditor) / perRequest(cheerio), unit: '×', target: '≤ 1.25' },
      { name: '0 ms: auditor ÷ fetch + cheerio, CPU per request (of the fastest runs)', value: cpuPerRequest(auditor) / cpuPerRequest(cheerio), unit: '×' },
      { name: `peak RSS, auditor, ${auditor.pages} pages`, value: auditor.peakRssMb, unit: 'MB', target: '< 200' },
      { name: `peak RSS, raw fetch loop, ${raw.pages} pages`, value: raw.peakRssMb, unit: 'MB' },
      { name: `named menu pages /page/N fetched (of 60)`, value: auditor.menuPages, unit: 'pages', target: '60' },
    );
  });

  const latencySize = quick ? 300 : 600;
  if (!memoryOnly) await withServer(latencySize, 50, async (url) => {
    const best = await interleaved(['raw', 'auditor', ...(BASE ? ['base'] : [])], ROUNDS, (mode) => runWorker(mode, url, c, latencySize));
    const raw = best.get('raw') as WorkerResult;
    const auditor = best.get('auditor') as WorkerResult;
    const base = best.get('base');
    if (base) rows.push({ name: '50 ms: base auditor ÷ raw fetch, per request', value: perRequest(base) / perRequest(raw), unit: '×' });
    rows.push(
      { name: `50 ms: auditor, ${auditor.requests} requests`, value: auditor.requests / (auditor.ms / 1000), unit: 'req/s' },
      { name: `50 ms: raw fetch loop, ${raw.requests} requests`, value: raw.requests / (raw.ms / 1000), unit: 'req/s' },
      { name: '50 ms: auditor ÷ raw fetch, per request', value: perRequest(auditor) / perRequest(raw), unit: '×', target: '≤ 1.15' },
    );
  });

  const sizes = quick ? [500, 2000] : [500, 2000, 10_000];
  for (const who of BASE ? ['auditor', 'base'] : ['auditor']) (memoryOf[who] = []);
  for (const n of sizes) {
    const judge = process.env.BENCH_JUDGE === '1';
    // With a base: both auditors against the same server, one right after the other.
    await withServer(n, 0, async (url) => {
      for (const who of Object.keys(memoryOf)) memoryOf[who]?.push(await runWorker(who, url, c, n, judge ? ['judge'] : []));
    });
    for (const [who, memory] of Object.entries(memoryOf)) {
      const m = memory[memory.length - 1] as WorkerResult;
      const what = judge ? 'crawl and judging' : 'crawl';
      rows.push({ name: `${who} at ${n} pages (${m.pages} crawled): peak RSS, ${what}`, value: m.peakRssMb, unit: 'MB' }, { name: `${who} at ${n} pages: heap after GC, ${judge ? 'report' : 'result'} held`, value: m.heapAfterGcMb, unit: 'MB' });
      if (m.liveHeapMb) rows.push({ name: `${who} at ${n} pages: heap in use during the crawl, every 1,000 pages: ${m.liveHeapMb.join(' / ')}`, value: m.liveHeapMb[m.liveHeapMb.length - 1] ?? 0, unit: 'MB' });
    }
  }
  for (const [who, memory] of Object.entries(memoryOf)) {
    const at2k = memory[1];
    const at10k = memory[2];
    if (at2k && at10k) rows.push({ name: `${who}: peak RSS growth 2,000 → 10,000 pages`, value: at10k.peakRssMb - at2k.peakRssMb, unit: 'MB', target: '< 20' });
  }

  if (!memoryOnly) await withServer(200, 100, async (url) => {
    const d = await runWorker('auditor', url, 0, 200, ['defaults']);
    rows.push({ name: `default audit, 200-page site at 100 ms latency (${d.requests} requests)`, value: d.ms / 1000, unit: 's' });
  });
  rows.push({ name: `load average (1 / 5 / 15 min) at the end: ${load()}`, value: os.loadavg()[0] ?? 0, unit: '' });
  return rows;
}

/**
 * The whole default audit against a full crawl of the same site by other crawlers
 * (`npm run bench -- compare`): this project's CLI with default options (`oit-audit <url>`: 200 pages,
 * 2 requests at a time) against linkinator (recursive link check) and Crawlee's CheerioCrawler (every
 * page, enqueueLinks), both at the same 2 requests at a time, on the generated site
 * (bench/generated-site.ts) of 200 and 2,000 pages at 0 and 50 ms latency. Wall time of each process,
 * requests counted by the site server, with the most it was answering at once (a tool may open more than it
 * was given). Each tool keeps its fastest of BENCH_ROUNDS (2) interleaved runs. BENCH_CONCURRENCY gives every
 * tool another number of requests at a time (the audit gets it as `--concurrency N`).
 *
 * linkinator and Crawlee are not dependencies of the project: bench/compare/package.json (with its
 * lockfile) is installed on demand with `npm --prefix bench/compare ci`; without network or on failure
 * the bench says so and is skipped.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './run.ts';
import { DEFAULT_CRAWL_OPTIONS } from '../lib/crawl/crawler.ts';
import { maxInFlight, type SiteProcess, settle, startSite } from './site-process.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const COMPARE_DIR = path.join(ROOT, 'bench', 'compare');
const quick = process.env.BENCH_QUICK === '1';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
/** The CLI's default requests at once per host (or BENCH_CONCURRENCY); the other tools get the same. */
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? DEFAULT_CRAWL_OPTIONS.perHostConcurrency);

const TOOLS = ['audit', 'linkinator', 'crawlee'] as const;
type Tool = (typeof TOOLS)[number];

interface ToolRun {
  tool: Tool;
  ms: number;
  requests: number;
  /** The most requests the site server was answering at once. */
  atOnce: number;
}

/** Installs bench/compare's packages when they are missing; false (with a message) when that fails. */
function ensureInstalled(): boolean {
  const installed = ['linkinator', path.join('@crawlee', 'cheerio')].every((p) => fs.existsSync(path.join(COMPARE_DIR, 'node_modules', p, 'package.json')));
  if (installed) return true;
  console.error('compare: installing linkinator and Crawlee into bench/compare (npm --prefix bench/compare ci) …');
  const r = spawnSync('npm', ['--prefix', COMPARE_DIR, 'ci', '--no-audit', '--no-fund'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status === 0) return true;
  console.error(`compare: skipped: "npm --prefix bench/compare ci" failed (${r.status ?? r.error?.message}); the comparison needs the npm registry once`);
  return false;
}

async function runProcess(args: string[], cwd: string): Promise<{ ms: number; out: string }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${out.slice(-500)}`);
  return { ms, out };
}

async function runTool(tool: Tool, site: SiteProcess, pages: number, work: string): Promise<ToolRun> {
  site.reset();
  const { ms } =
    tool === 'audit'
      ? await runProcess([path.join(ROOT, 'bin', 'oit-audit.mjs'), site.url, '--quiet', '--concurrency', String(CONCURRENCY), '--out', path.join(work, 'report.txt')], work)
      : await runProcess([path.join(COMPARE_DIR, 'crawl-other.mjs'), tool, site.url, String(CONCURRENCY), String(10 * pages)], work);
  await settle(site);
  return { tool, ms, requests: site.hits().length, atOnce: maxInFlight(site.hits()) };
}

export async function benchCompare(): Promise<BenchResult[]> {
  if (!ensureInstalled()) return [];
  const rows: BenchResult[] = [];
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'oit-compare-'));
  try {
    for (const pages of quick ? [200] : [200, 2000]) {
      for (const latencyMs of [0, 50]) {
        const site = await startSite(pages, latencyMs);
        try {
          const loadBefore = os.loadavg()[0] ?? 0;
          const best = new Map<Tool, ToolRun>();
          for (let i = 0; i < ROUNDS; i += 1) {
            for (const tool of TOOLS) {
              const r = await runTool(tool, site, pages, work);
              const prev = best.get(tool);
              if (!prev || r.ms < prev.ms) best.set(tool, r);
            }
          }
          const at = `${pages}-page site, ${latencyMs} ms, concurrency ${CONCURRENCY}`;
          const audit = best.get('audit') as ToolRun;
          for (const r of best.values()) {
            const what = r.tool === 'audit' ? 'default audit (CLI, whole run)' : `${r.tool}, full crawl`;
            rows.push({ name: `${at}: ${what}, ${r.requests} requests, at most ${r.atOnce} at once`, value: r.ms / 1000, unit: 's' });
          }
          const fastestOther = Math.min(...[...best.values()].filter((r) => r.tool !== 'audit').map((r) => r.ms));
          const load = `load ${loadBefore.toFixed(1)} → ${(os.loadavg()[0] ?? 0).toFixed(1)}`;
          rows.push({ name: `${at}: default audit ÷ fastest full crawl (${load})`, value: audit.ms / fastestOther, unit: '×', target: '< 1' });
        } finally {
          site.close();
        }
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return rows;
}

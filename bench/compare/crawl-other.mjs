// One full crawl of a served site by another tool, in a process of its own:
// `node bench/compare/crawl-other.mjs <linkinator|crawlee> <url> <concurrency> <maxPages>`.
// Prints one JSON line { tool, ms, pages }. Installed on demand by bench/compare.bench.ts
// (`npm --prefix bench/compare ci`): these packages are not the project's dependencies.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const [tool, url, concurrencyText, maxPagesText] = process.argv.slice(2);
const concurrency = Number(concurrencyText);
const maxPages = Number(maxPagesText);
const origin = new URL(url).origin;
const escaped = origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function linkinator() {
  const { check } = await import('linkinator');
  // Recursive crawl of the site; links elsewhere are skipped (benchmarks talk only to 127.0.0.1).
  const result = await check({ path: url, recurse: true, concurrency, timeout: 30_000, linksToSkip: [`^(?!${escaped})`] });
  return result.links.filter((l) => l.state !== 'SKIPPED').length;
}

async function crawlee() {
  const storage = await mkdtemp(path.join(os.tmpdir(), 'oit-crawlee-'));
  process.env.CRAWLEE_STORAGE_DIR = storage;
  try {
    const { CheerioCrawler, Configuration, log } = await import('@crawlee/cheerio');
    log.setLevel(log.LEVELS.OFF);
    let pages = 0;
    const crawler = new CheerioCrawler(
      {
        minConcurrency: concurrency,
        maxConcurrency: concurrency,
        maxRequestsPerCrawl: maxPages,
        maxRequestRetries: 0,
        async requestHandler({ enqueueLinks }) {
          pages += 1;
          await enqueueLinks({ strategy: 'same-origin' });
        },
        // A 404 is a page crawled too (the other crawlers count it).
        async failedRequestHandler() {
          pages += 1;
        },
      },
      new Configuration({ persistStorage: false, storageClientOptions: { localDataDirectory: storage } }),
    );
    await crawler.run([url]);
    return pages;
  } finally {
    await rm(storage, { recursive: true, force: true });
  }
}

const t0 = performance.now();
const pages = tool === 'linkinator' ? await linkinator() : tool === 'crawlee' ? await crawlee() : Number.NaN;
if (Number.isNaN(pages)) throw new Error(`unknown tool ${tool}`);
console.log(JSON.stringify({ tool, ms: performance.now() - t0, pages }));

import path from 'node:path';
import { auditSite } from '../audit/audit-site.ts';
import type { ChosenChecklist } from '../checklist/choose-checklist.ts';
import { createCrawler, StartUrlError } from '../crawl/crawler.ts';
import { checkpointKey } from '../crawl/checkpoint.ts';
import { createFileCheckpointStore } from '../crawl/file-checkpoint-store.ts';
import { createHybridSnapshotStore } from '../crawl/snapshot-store.ts';
import { Report } from '../report/report-schema.ts';
import { TOOL_VERSION } from '../version.ts';
import { type ChromiumRenderer, createChromiumRenderer, findChromium } from './chromium-renderer.ts';
import type { CliOptions } from './cli-options.ts';
import { privateFs } from './node-fs.ts';
import { createProgressPrinter } from './progress-printer.ts';
import { createSpillFile } from './spill-file.ts';

/** Where checkpoints go: the file named by --checkpoint, else the user's own cache folder (see userCacheDir). */
function checkpointLocation(options: CliOptions, cacheDir: string): string | ((key: string) => string) {
  const file = options.checkpoint;
  return file ? () => path.resolve(file) : cacheDir;
}

/** Text with the user name and password of any URL in it replaced by ***: never echoed. */
export function redactUrl(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]*@/gi, '$1***@');
}

/** A start URL that can be crawled, or a one-line reason it cannot. */
export function checkStartUrl(url: string): { ok: true; url: URL } | { ok: false; message: string } {
  let start: URL;
  try {
    start = new URL(url);
  } catch {
    return { ok: false, message: `start URL "${redactUrl(url)}" is not a valid URL (expected e.g. https://www.example.go.th/)` };
  }
  if (start.protocol !== 'http:' && start.protocol !== 'https:') return { ok: false, message: `start URL "${redactUrl(url)}" must be http or https` };
  if (start.username || start.password)
    return { ok: false, message: `start URL "${redactUrl(url)}" holds a user name or password; OIT Audit reads public pages only, give the URL without them` };
  return { ok: true, url: start };
}

/** Crawl one site and judge it: the report, or the one-line reason the start URL is unusable. */
export async function auditOne(
  start: URL,
  options: CliOptions,
  chosen: Extract<ChosenChecklist, { ok: true }>,
  stderr: NodeJS.WritableStream,
  quiet: boolean,
  cacheDir: string,
): Promise<{ ok: true; report: Report } | { ok: false; message: string }> {
  const progress = createProgressPrinter(stderr, !quiet);
  const store = createFileCheckpointStore(privateFs, checkpointLocation(options, cacheDir));
  const userAgent = `OIT-Audit/${TOOL_VERSION} (+ITA/OIT transparency checker)`;
  // Started only when a page built by script turns up; without a Chromium, said once and noted per page.
  const renderer: ChromiumRenderer | null = options.render
    ? createChromiumRenderer({
        executablePath: findChromium(options.chromium, process.env),
        userAgent,
        onUnavailable: (message) => stderr.write(`oit-audit: หน้าที่สร้างด้วยสคริปต์จะไม่ถูกเปิดในเบราว์เซอร์ (ผลเป็น "ตรวจเอง") / ${message}\n`),
      })
    : null;
  // Page snapshots wait in memory, and past 1,000 pages in a scratch file, until judged: memory stays flat however many
  // pages are crawled, and a small crawl is judged without reading a file.
  const scratch: { file: ReturnType<typeof createSpillFile> | null } = { file: null };
  const crawler = createCrawler(
    {
      fetch: globalThis.fetch.bind(globalThis),
      clock: () => Date.now(),
      store,
      onProgress: progress.update,
      ...(renderer ? { renderPage: renderer.renderPage } : {}),
    },
    undefined,
    createHybridSnapshotStore(() => (scratch.file ??= createSpillFile())),
  );
  try {
    const crawl = await crawler.run(
      {
        startUrl: start.href,
        maxPages: options.maxPages,
        maxTimeMs: options.maxTimeSeconds * 1000,
        perHostConcurrency: options.concurrency,
        delayMs: options.delayMs,
        respectRobots: options.respectRobots,
        userAgent,
        priorityTerms: chosen.priorityTerms,
        maxRenderedPages: options.maxRendered,
      },
      options.resume,
    );
    // A finished crawl needs no checkpoint: removed, unless the user named the file to keep.
    if (crawl.stoppedBy === 'done' && !options.checkpoint) await store.clear(checkpointKey(start.href));
    const report = Report.parse(
      auditSite({ crawl, checklist: chosen.checklist, concepts: chosen.concepts, asOf: options.asOf, generatedAt: new Date().toISOString() }),
    );
    return { ok: true, report };
  } catch (e) {
    if (e instanceof StartUrlError) return { ok: false, message: e.message };
    throw e;
  } finally {
    progress.done();
    scratch.file?.remove();
    await renderer?.close();
  }
}


import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { auditSite } from '../audit/audit-site.ts';
import { loadChecklistFile, resolveChecklist } from '../checklist/choose-checklist.ts';
import { createCrawler, StartUrlError } from '../crawl/crawler.ts';
import { createFileCheckpointStore } from '../crawl/file-checkpoint-store.ts';
import { Report } from '../report/report-schema.ts';
import { renderText } from '../report/render-text.ts';
import { TOOL_VERSION } from '../version.ts';
import { parseCliOptions, UsageError, USAGE, type CliOptions } from './cli-options.ts';
import { createProgressPrinter } from './progress-printer.ts';
import { listChecklistsText } from './list-checklists.ts';

function todayLocal(): { year: number; month: number; day: number } {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

const nodeFs = {
  async readFile(p: string): Promise<string | null> {
    try {
      return await readFile(p, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  },
  async writeFile(p: string, text: string): Promise<void> {
    await mkdir(path.dirname(p), { recursive: true });
    await writeFile(p, text, 'utf8');
  },
  async removeFile(p: string): Promise<void> {
    await rm(p, { force: true });
  },
};

/** Where checkpoints go: the file named by --checkpoint, else a folder in the system's temp directory. */
function checkpointLocation(options: CliOptions): string | ((key: string) => string) {
  const file = options.checkpoint;
  return file ? () => path.resolve(file) : path.join(os.tmpdir(), 'oit-audit');
}

/** The command line: returns the exit code (0 the audit ran; 2 bad usage or an unusable start URL). */
export async function main(argv: string[], io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WriteStream | NodeJS.WritableStream } = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const fail = (message: string): number => {
    io.stderr.write(`oit-audit: ${message}\n`);
    return 2;
  };
  let options: CliOptions;
  try {
    options = parseCliOptions(argv, todayLocal());
  } catch (e) {
    if (e instanceof UsageError) return fail(`${e.message} (see --help)`);
    throw e;
  }
  if (options.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (options.listChecklists) {
    io.stdout.write(listChecklistsText());
    return 0;
  }
  let start: URL;
  try {
    start = new URL(options.url);
  } catch {
    return fail(`start URL "${options.url}" is not a valid URL (expected e.g. https://www.example.go.th/)`);
  }
  if (start.protocol !== 'http:' && start.protocol !== 'https:') return fail(`start URL "${options.url}" must be http or https`);

  const chosen = options.checklist && /[\\/]|\.json$/i.test(options.checklist)
    ? await loadChecklistFile(path.resolve(options.checklist), nodeFs.readFile)
    : resolveChecklist(options.checklist, options.asOf);
  if (!chosen.ok) return fail(chosen.message);

  const store = createFileCheckpointStore(nodeFs, checkpointLocation(options));
  const progress = createProgressPrinter(io.stderr, !options.quiet);
  const crawler = createCrawler({
    fetch: globalThis.fetch.bind(globalThis),
    clock: () => Date.now(),
    store,
    onProgress: progress.update,
  });
  let crawl;
  try {
    crawl = await crawler.run(
      {
        startUrl: start.href,
        maxPages: options.maxPages,
        maxTimeMs: options.maxTimeSeconds * 1000,
        perHostConcurrency: options.concurrency,
        delayMs: options.delayMs,
        respectRobots: options.respectRobots,
        userAgent: `OIT-Audit/${TOOL_VERSION} (+ITA/OIT transparency checker)`,
        priorityTerms: chosen.priorityTerms,
      },
      options.resume,
    );
  } catch (e) {
    progress.done();
    if (e instanceof StartUrlError) return fail(e.message);
    throw e;
  }
  progress.done();
  const report = Report.parse(
    auditSite({ crawl, checklist: chosen.checklist, concepts: chosen.concepts, asOf: options.asOf, generatedAt: new Date().toISOString() }),
  );
  const text = options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderText(report);
  if (options.out) {
    await nodeFs.writeFile(path.resolve(options.out), text);
    if (!options.quiet) io.stderr.write(`รายงานอยู่ที่ / report written to ${options.out}\n`);
  } else {
    io.stdout.write(text);
  }
  return 0;
}

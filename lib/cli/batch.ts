import path from 'node:path';
import { z } from 'zod';
import type { ChosenChecklist } from '../checklist/choose-checklist.ts';
import { csvCell } from '../report/export-csv.ts';
import type { Report } from '../report/report-schema.ts';
import { STATUS_ORDER } from '../report/status-labels.ts';
import type { CliOptions } from './cli-options.ts';
import { auditOne, checkStartUrl } from './audit-one.ts';
import { nodeFs } from './node-fs.ts';
import { renderReport } from './render-report.ts';
import { writeFileAtomic } from './safe-files.ts';

/** Start URLs from a list file: one per line; blank lines and lines starting with # are skipped. */
export function parseSiteList(text: string): { line: number; url: string }[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, url: raw.trim() }))
    .filter((e) => e.url !== '' && !e.url.startsWith('#'));
}

/** A file name for a site's report: its host (and port), safe on every file system. */
export function reportFileStem(url: URL): string {
  return url.host.replace(/[^a-z0-9.-]+/gi, '_').replace(/^www\./, '');
}

/** Where the command line writes: standard output and standard error (streams in tests). */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const EXTENSION: Record<CliOptions['format'], string> = { json: 'json', text: 'txt', html: 'html', csv: 'csv', sheet: 'sheet.csv' };

/** One line of summary.csv; summary.json keeps the same rows so --resume can skip finished sites. */
const Row = z.object({ url: z.string(), file: z.string(), cells: z.array(z.string()), error: z.string() });
type Row = z.infer<typeof Row>;
const BatchState = z.object({ rows: z.array(Row) });

export const SUMMARY_FILE = 'summary.csv';
export const STATE_FILE = 'summary.json';

function rowOf(url: string, file: string, report: Report | null, error: string): Row {
  const cells = [
    ...STATUS_ORDER.map((s) => String(report?.summary[s] ?? '')),
    String(report?.crawl.pagesFetched ?? ''),
    String(report?.crawl.failures.length ?? ''),
    report?.crawl.stoppedBy ?? '',
  ];
  return { url, file, cells, error };
}

function summaryCsv(rows: Row[]): string {
  const header = ['site', 'report', ...STATUS_ORDER, 'pages', 'failures', 'stopped_by', 'error'];
  const lines = rows.map((r) => [r.url, r.file, ...r.cells, r.error].map(csvCell).join(','));
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

/** Rows of a previous run of this batch whose report is on disk: --resume keeps them and skips their sites. */
async function finishedRows(outDir: string): Promise<Map<string, Row>> {
  const text = await nodeFs.readFile(path.join(outDir, STATE_FILE));
  const done = new Map<string, Row>();
  if (text === null) return done;
  let parsed;
  try {
    parsed = BatchState.safeParse(JSON.parse(text));
  } catch {
    return done;
  }
  if (!parsed.success) return done;
  for (const row of parsed.data.rows) {
    if (row.error === '' && row.file !== '' && (await nodeFs.readFile(path.join(outDir, row.file))) !== null) done.set(row.url, row);
  }
  return done;
}

/**
 * Audits every site of a list, one after the other (each site is crawled politely; a provincial
 * office's hundreds of sites run unattended). A site that cannot be audited is a row in summary.csv,
 * not the end of the batch. Exit code 0 when the batch ran; 2 when the list holds no usable URL.
 */
export async function auditSites(
  listText: string,
  listName: string,
  outDir: string,
  options: CliOptions,
  chosen: Extract<ChosenChecklist, { ok: true }>,
  io: CliIo,
  cacheDir: string,
): Promise<number> {
  const entries = parseSiteList(listText);
  if (entries.length === 0) {
    io.stderr.write(`oit-audit: site list ${listName} holds no URL\n`);
    return 2;
  }
  const finished = options.resume ? await finishedRows(outDir) : new Map<string, Row>();
  const rows: Row[] = [];
  const used = new Set<string>([...finished.values()].map((r) => r.file.replace(/\.[^.]+$/, '')));
  // summary.csv (and summary.json) are rewritten after every site: an interrupted batch keeps its rows
  const record = async (row: Row): Promise<void> => {
    rows.push(row);
    await writeFileAtomic(path.join(outDir, STATE_FILE), `${JSON.stringify({ rows }, null, 1)}\n`);
    await writeFileAtomic(path.join(outDir, SUMMARY_FILE), summaryCsv(rows));
  };
  for (const [n, entry] of entries.entries()) {
    const start = checkStartUrl(entry.url);
    if (!start.ok) {
      await record(rowOf(entry.url, '', null, `${listName}:${entry.line}: ${start.message}`));
      continue;
    }
    const done = finished.get(entry.url);
    if (done) {
      if (!options.quiet) io.stderr.write(`[${n + 1}/${entries.length}] ${start.url.href} — ตรวจแล้ว / already audited (${done.file})\n`);
      await record(done);
      continue;
    }
    let stem = reportFileStem(start.url);
    while (used.has(stem)) stem = `${stem}-${n + 1}`;
    used.add(stem);
    if (!options.quiet) io.stderr.write(`[${n + 1}/${entries.length}] ${start.url.href}\n`);
    const result = await auditOne(start.url, options, chosen, io.stderr, options.quiet, cacheDir);
    if (!result.ok) {
      await record(rowOf(entry.url, '', null, result.message));
      continue;
    }
    const file = `${stem}.${EXTENSION[options.format]}`;
    await writeFileAtomic(path.join(outDir, file), renderReport(result.report, options.format, null, options.lang));
    await record(rowOf(entry.url, file, result.report, ''));
  }
  const failed = rows.filter((r) => r.error).length;
  io.stdout.write(`ตรวจแล้ว ${rows.length - failed} จาก ${rows.length} เว็บไซต์ / audited ${rows.length - failed} of ${rows.length} sites → ${path.join(outDir, SUMMARY_FILE)}\n`);
  return 0;
}

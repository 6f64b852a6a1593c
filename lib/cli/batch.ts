import path from 'node:path';
import type { ChosenChecklist } from '../checklist/choose-checklist.ts';
import { csvCell } from '../report/export-csv.ts';
import type { Report } from '../report/report-schema.ts';
import { STATUS_ORDER } from '../report/status-labels.ts';
import type { CliOptions } from './cli-options.ts';
import { auditOne, checkStartUrl } from './audit-one.ts';
import { nodeFs } from './node-fs.ts';
import { renderReport } from './render-report.ts';

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

interface Row {
  url: string;
  file: string;
  report: Report | null;
  error: string;
}

function summaryCsv(rows: Row[]): string {
  const header = ['site', 'report', ...STATUS_ORDER, 'pages', 'failures', 'stopped_by', 'error'];
  const lines = rows.map((r) =>
    [
      r.url,
      r.file,
      ...STATUS_ORDER.map((s) => String(r.report?.summary[s] ?? '')),
      String(r.report?.crawl.pagesFetched ?? ''),
      String(r.report?.crawl.failures.length ?? ''),
      r.report?.crawl.stoppedBy ?? '',
      r.error,
    ].map(csvCell).join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
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
): Promise<number> {
  const entries = parseSiteList(listText);
  if (entries.length === 0) {
    io.stderr.write(`oit-audit: site list ${listName} holds no URL\n`);
    return 2;
  }
  const rows: Row[] = [];
  const used = new Set<string>();
  for (const [n, entry] of entries.entries()) {
    const start = checkStartUrl(entry.url);
    if (!start.ok) {
      rows.push({ url: entry.url, file: '', report: null, error: `${listName}:${entry.line}: ${start.message}` });
      continue;
    }
    let stem = reportFileStem(start.url);
    while (used.has(stem)) stem = `${stem}-${n + 1}`;
    used.add(stem);
    if (!options.quiet) io.stderr.write(`[${n + 1}/${entries.length}] ${start.url.href}\n`);
    const result = await auditOne(start.url, options, chosen, io.stderr, options.quiet);
    if (!result.ok) {
      rows.push({ url: entry.url, file: '', report: null, error: result.message });
      continue;
    }
    const file = `${stem}.${EXTENSION[options.format]}`;
    await nodeFs.writeFile(path.join(outDir, file), renderReport(result.report, options.format, null, options.lang));
    rows.push({ url: entry.url, file, report: result.report, error: '' });
  }
  await nodeFs.writeFile(path.join(outDir, 'summary.csv'), summaryCsv(rows));
  const failed = rows.filter((r) => r.error).length;
  io.stdout.write(`ตรวจแล้ว ${rows.length - failed} จาก ${rows.length} เว็บไซต์ / audited ${rows.length - failed} of ${rows.length} sites → ${path.join(outDir, 'summary.csv')}\n`);
  return 0;
}

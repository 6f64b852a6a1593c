import type { Report } from './report-schema.ts';
import { STATUS_LABEL } from './status-labels.ts';

/**
 * One CSV cell. Text a spreadsheet would run as a formula (starting with = + - @, or a tab / carriage
 * return) gets a leading apostrophe; cells with a comma, quote or line break are quoted (RFC 4180).
 */
export function csvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export const CSV_HEADER = ['id', 'title', 'status', 'status_th', 'reason', 'reason_en', 'first_evidence_url', 'evidence_urls'] as const;

/**
 * The report as CSV, one row per checklist item (CRLF line ends, UTF-8 BOM so spreadsheet programs
 * read Thai correctly). All evidence URLs go into one cell, one per line.
 */
export function reportToCsv(report: Report): string {
  const rows: string[][] = [[...CSV_HEADER]];
  for (const item of report.items) {
    const urls = item.evidence.map((e) => e.url);
    rows.push([
      item.id,
      item.title,
      item.status,
      STATUS_LABEL[item.status].th,
      item.reason,
      item.reasonEn,
      urls[0] ?? '',
      urls.join('\n'),
    ]);
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

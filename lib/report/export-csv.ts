import type { Report } from './report-schema.ts';
import { diffReports, type ItemChange } from './report-diff.ts';
import { cleanText, shortText, webUrl } from './safe-text.ts';
import { STATUS_LABEL } from './status-labels.ts';
import { uniqueEvidence } from './unique-evidence.ts';

/**
 * One CSV cell. Site text is cleaned line by line (`cleanText`: controls and bidi overrides removed).
 * Text a spreadsheet would run as a formula (starting, after any blanks, with = + - @, or a tab / carriage
 * return) gets a leading apostrophe; cells with a comma, quote or line break are quoted (RFC 4180).
 */
export function csvCell(value: string): string {
  const clean = value.split('\n').map(cleanText).join('\n');
  const guarded = /^\s*[=+\-@\t\r]/.test(value) || /^\s*[=+\-@]/.test(clean) ? `'${clean}` : clean;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A whole CSV file: UTF-8 BOM (so spreadsheet programs read Thai correctly), CRLF line ends. */
export function csvFile(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export const CSV_HEADER = ['id', 'title', 'status', 'status_th', 'reason', 'reason_en', 'first_evidence_url', 'evidence_urls'] as const;

/** Extra columns when the report is compared with a previous audit of the same site. */
export const CSV_DIFF_HEADER = ['change', 'evidence_added', 'evidence_removed', 'months_newly_present', 'months_newly_missing'] as const;

/** Only the http(s) URLs, cleaned. */
function webUrls(urls: readonly string[]): string[] {
  return urls.map(webUrl).filter((u): u is string => u !== null);
}

function changeWord(c: ItemChange | undefined, isNew: boolean): string {
  if (isNew) return 'new';
  if (!c) return 'same';
  if (c.direction !== 'same') return `${c.direction}: ${c.from} -> ${c.to}`;
  return 'evidence';
}

/**
 * The report as CSV, one row per checklist item. All evidence URLs (each once, http(s) only) go into
 * one cell, one per line. With `previous`, five more columns say what changed since that audit.
 */
export function reportToCsv(report: Report, previous?: Report | null): string {
  const diff = previous ? diffReports(previous, report) : null;
  const changes = new Map((diff?.items ?? []).map((c) => [c.id, c]));
  const newIds = new Set((diff?.added ?? []).map((a) => a.id));
  const rows: string[][] = [[...CSV_HEADER, ...(diff ? CSV_DIFF_HEADER : [])]];
  for (const item of report.items) {
    const urls = webUrls(uniqueEvidence(item.evidence).map((e) => e.url));
    const row = [item.id, shortText(item.title), item.status, STATUS_LABEL[item.status].th, item.reason, item.reasonEn, urls[0] ?? '', urls.join('\n')];
    if (diff) {
      const c = changes.get(item.id);
      row.push(
        changeWord(c, newIds.has(item.id)),
        webUrls(c?.evidenceAdded ?? []).join('\n'),
        webUrls(c?.evidenceRemoved ?? []).join('\n'),
        (c?.monthsNewlyPresent ?? []).join(' '),
        (c?.monthsNewlyMissing ?? []).join(' '),
      );
    }
    rows.push(row);
  }
  for (const r of diff?.removed ?? []) {
    rows.push([r.id, shortText(r.title), '', '', '', '', '', '', 'removed', '', '', '', '']);
  }
  return csvFile(rows);
}

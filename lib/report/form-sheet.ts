// MINIMAL STAND-IN written on branch ui-panel so the panel compiles: the real module comes from branch
// ui-report (same signatures). The lead keeps the ui-report version when merging.
import { csvCell } from './export-csv.ts';
import type { Report, Status } from './report-schema.ts';
import { plainText } from './plain-text.ts';
import { isWebUrl } from './format.ts';

export interface FormSheetRow {
  id: string;
  title: string;
  status: Status;
  urls: string[];
  note: string;
}

/** Per checklist item, in checklist order, the http(s) evidence URLs to paste into the official OIT form. */
export function formSheet(report: Report): FormSheetRow[] {
  return report.items.map((item) => ({
    id: item.id,
    title: plainText(item.title),
    status: item.status,
    urls: [...new Set(item.evidence.map((e) => e.url).filter(isWebUrl))],
    note: plainText(item.reason),
  }));
}

/** Tab-separated text for the clipboard: "O1<TAB>url1 url2", one item per line. */
export function formSheetText(rows: FormSheetRow[]): string {
  return rows.map((r) => `${r.id}\t${r.urls.join(' ')}`).join('\n');
}

/** The form sheet as CSV with a UTF-8 BOM and CRLF, so Excel opens it with Thai intact. */
export function formSheetCsv(report: Report): string {
  const lines = [['id', 'title', 'status', 'urls', 'note'], ...formSheet(report).map((r) => [r.id, r.title, r.status, r.urls.join('\n'), r.note])];
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

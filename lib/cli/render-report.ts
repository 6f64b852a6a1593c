import { csvCell, reportToCsv } from '../report/export-csv.ts';
import { renderReportHtml } from '../report/render-html.tsx';
import { diffReports, type ReportDiff } from '../report/report-diff.ts';
import type { Report } from '../report/report-schema.ts';
import { renderChangesText, renderText } from '../report/render-text.ts';
import type { ReportFormat } from './cli-options.ts';

/** The changes as CSV rows, after a blank line below the items: change, item, from, to, direction. */
function changesCsv(diff: ReportDiff): string {
  const rows: string[][] = [['change', 'item', 'from', 'to', 'direction', 'previous_as_of']];
  const asOf = diff.previous.asOf;
  for (const c of diff.changed) rows.push(['changed', c.id, c.from, c.to, c.direction, asOf]);
  for (const a of diff.added) rows.push(['added', a.id, '', a.status, '', asOf]);
  for (const r of diff.removed) rows.push(['removed', r.id, r.status, '', '', asOf]);
  if (rows.length === 1) rows.push(['none', '', '', '', '', asOf]);
  return `\r\n${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** One report in the format asked for; a previous report of the same site adds what changed, in every format. */
export function renderReport(report: Report, format: ReportFormat, previous: Report | null): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(previous ? { ...report, changes: diffReports(previous, report) } : report, null, 2)}\n`;
    case 'csv':
      return reportToCsv(report) + (previous ? changesCsv(diffReports(previous, report)) : '');
    case 'html':
      return renderReportHtml(report, previous);
    case 'text':
      return renderText(report) + (previous ? renderChangesText(previous, report) : '');
  }
}

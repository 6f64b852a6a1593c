import { reportToCsv } from '../report/export-csv.ts';
import { renderReportHtml } from '../report/render-html.tsx';
import type { Report } from '../report/report-schema.ts';
import { renderChangesText, renderText } from '../report/render-text.ts';
import type { ReportFormat } from './cli-options.ts';

/** One report in the format asked for; a previous report of the same site adds what changed. */
export function renderReport(report: Report, format: ReportFormat, previous: Report | null): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'csv':
      return reportToCsv(report);
    case 'html':
      return renderReportHtml(report, previous);
    case 'text':
      return renderText(report) + (previous ? renderChangesText(previous, report) : '');
  }
}

import { reportToCsv } from '../report/export-csv.ts';
import { formSheetCsv } from '../report/form-sheet.ts';
import { renderReportHtml } from '../report/render-html.tsx';
import { diffReports } from '../report/report-diff.ts';
import { DEFAULT_LANG, type Lang } from '../report/report-lang.ts';
import type { Report } from '../report/report-schema.ts';
import { renderChangesText, renderText } from '../report/render-text.ts';
import { withUniqueEvidence } from '../report/unique-evidence.ts';
import type { ReportFormat } from './cli-options.ts';

/**
 * One report in the format asked for; a previous report of the same site adds what changed
 * (text, HTML, CSV). Every format lists each evidence URL of an item once.
 */
export function renderReport(report: Report, format: ReportFormat, previous: Report | null, lang: Lang = DEFAULT_LANG): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(previous ? { ...withUniqueEvidence(report), changes: diffReports(previous, report) } : withUniqueEvidence(report), null, 2)}\n`;
    case 'csv':
      return reportToCsv(report, previous);
    case 'sheet':
      return formSheetCsv(report, lang);
    case 'html':
      return renderReportHtml(report, previous, { lang });
    case 'text':
      return renderText(report, { lang }) + (previous ? renderChangesText(previous, report, lang) : '');
  }
}

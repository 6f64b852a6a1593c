import { renderToString } from 'preact-render-to-string';
import type { Report } from './report-schema.ts';
import { ReportView } from './report-view.tsx';
import { REPORT_CSS } from './report-style.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/**
 * A standalone HTML report file (no scripts; inline styles). The body is the same Preact view as the
 * side panel, rendered to a string: Preact escapes every text and attribute, so nothing a site wrote
 * becomes markup.
 */
export function renderReportHtml(report: Report, previous?: Report | null): string {
  const body = renderToString(<ReportView report={report} previous={previous ?? null} />);
  const title = `OIT Audit — ${report.site} (${report.asOf})`;
  return [
    '<!doctype html>',
    '<html lang="th">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>body { font-family: "Noto Sans Thai", "Sarabun", "Loma", "Garuda", sans-serif; max-width: 860px; margin: 16px auto; padding: 0 12px; }${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    '<h1>รายงานผลการตรวจเว็บไซต์ตามเกณฑ์ OIT <small>/ OIT website audit report</small></h1>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

import { renderToString } from 'preact-render-to-string';
import { type Lang, DEFAULT_LANG, say } from './report-lang.ts';
import type { Report } from './report-schema.ts';
import { ReportView } from './report-view.tsx';
import { REPORT_CSS } from './report-style.ts';
import { shortText } from './safe-text.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export interface HtmlOptions {
  /** Thai, English or both (Thai first); default both. */
  lang?: Lang;
}

export const UIStrings = {
  heading: { th: 'รายงานผลการตรวจเว็บไซต์ตามเกณฑ์ OIT', en: 'OIT website audit report' },
} as const;

/**
 * A standalone HTML report file (no scripts; inline styles; prints on A4 with every piece of evidence).
 * The body is the same Preact view as the side panel, rendered to a string: Preact escapes every text
 * and attribute, so nothing a site wrote becomes markup; site text is cleaned and isolated by `SiteText`.
 */
export function renderReportHtml(report: Report, previous?: Report | null, options: HtmlOptions = {}): string {
  const lang = options.lang ?? DEFAULT_LANG;
  const body = renderToString(<ReportView report={report} previous={previous ?? null} lang={lang} />);
  const title = `OIT Audit — ${shortText(report.site, 120)} (${report.asOf})`;
  const heading = lang === 'both' ? `${escapeHtml(UIStrings.heading.th)} <small>/ ${escapeHtml(UIStrings.heading.en)}</small>` : escapeHtml(say(UIStrings.heading, lang));
  return [
    '<!doctype html>',
    `<html lang="${lang === 'en' ? 'en' : 'th'}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_PAGE_CSS}${REPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${heading}</h1>`,
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** Page-level styles of the standalone file (the side panel has its own). */
const REPORT_PAGE_CSS = `
body { font-family: "Noto Sans Thai", "Sarabun", "Loma", "Garuda", "Tahoma", sans-serif; max-width: 860px; margin: 16px auto; padding: 0 12px; }
@media (prefers-color-scheme: dark) { body { background: #0d1117; color: #e6edf3; } }
@media print { body { max-width: none; margin: 0; padding: 0; background: #fff; color: #000; } }
`;

/**
 * Styles of the report view, shared by the side panel (set as a style element's textContent) and the
 * exported HTML file. Our own constant text: no site content is ever put in here.
 */
export const REPORT_CSS = `
.report { font-size: 14px; line-height: 1.6; color: #1f2328; line-break: strict; overflow-wrap: break-word; }
.report h2 { font-size: 15px; margin: 16px 0 6px; }
.report small, .report .en { color: #59636e; font-size: 12px; }
.report a { color: #0b57d0; }
.report a.url, .report .diff-urls a { word-break: keep-all; overflow-wrap: anywhere; }
.report bdi { unicode-bidi: isolate; }
.warning { color: #7d4e00; background: #fff8e1; border-radius: 4px; padding: 4px 8px; }
.due-group h3 { font-size: 13px; margin: 8px 0 2px; }
.diff-urls ul { margin: 0; }
.print-only { display: none; }
.report-meta { margin: 0 0 8px; padding: 0; list-style: none; font-size: 13px; }
.report-meta li { margin: 2px 0; }
.summary { display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: 4px; margin: 8px 0; padding: 0; list-style: none; }
.summary li { text-align: center; border-radius: 8px; padding: 6px 2px; font-size: 12px; overflow-wrap: break-word; }
.summary .count { display: block; font-size: 20px; font-weight: 700; }
.badge { display: inline-block; border-radius: 999px; padding: 1px 8px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.st-pass { background: #dafbe1; color: #116329; }
.st-missing { background: #ffebe9; color: #a40e26; }
.st-outdated { background: #fff1c2; color: #7d4e00; }
.st-incomplete { background: #fbefff; color: #6e2fb5; }
.st-review { background: #ddf4ff; color: #0a4f9e; }
.items { list-style: none; margin: 0; padding: 0; }
.item { border: 1px solid #d1d9e0; border-left-width: 5px; border-radius: 6px; padding: 8px 10px; margin: 8px 0; background: #fff; }
.item.st-pass { border-left-color: #1a7f37; background: #fff; color: inherit; }
.item.st-missing { border-left-color: #cf222e; background: #fff; color: inherit; }
.item.st-outdated { border-left-color: #bf8700; background: #fff; color: inherit; }
.item.st-incomplete { border-left-color: #8250df; background: #fff; color: inherit; }
.item.st-review { border-left-color: #0969da; background: #fff; color: inherit; }
.item-head { display: flex; gap: 6px; align-items: baseline; flex-wrap: wrap; }
.item-id { font-weight: 700; min-width: 2.4em; }
.item-title { flex: 1 1 180px; font-weight: 600; }
.item p { margin: 4px 0; }
.item ul { margin: 4px 0; padding-left: 18px; }
.could-change { color: #7d4e00; font-size: 12px; }
.attention { list-style: none; padding-left: 0; }
.attention li { margin: 2px 0; }
.att { display: inline-block; border-radius: 4px; padding: 0 5px; font-size: 11px; font-weight: 600; margin-right: 4px; }
.att-overdue { background: #ffebe9; color: #a40e26; }
.att-due-soon, .att-fix { background: #fff1c2; color: #7d4e00; }
.att-stale { background: #f6f8fa; color: #59636e; }
.att-check { background: #ddf4ff; color: #0a4f9e; }
.due-list, .diff-list, .failures ul { padding-left: 18px; margin: 4px 0; }
.due-list li, .diff-list li { margin: 3px 0; }
.better { color: #116329; }
.worse { color: #a40e26; }
details summary { cursor: pointer; }
.muted { color: #59636e; }
@media (prefers-color-scheme: dark) {
  .report { color: #e6edf3; }
  .report small, .report .en, .muted { color: #9198a1; }
  .report a { color: #58a6ff; }
  .item, .item.st-pass, .item.st-missing, .item.st-outdated, .item.st-incomplete, .item.st-review { background: #161b22; border-color: #3d444d; }
  .item.st-pass { border-left-color: #3fb950; }
  .item.st-missing { border-left-color: #f85149; }
  .item.st-outdated { border-left-color: #d29922; }
  .item.st-incomplete { border-left-color: #a371f7; }
  .item.st-review { border-left-color: #4493f8; }
  .st-pass, .better { color: #3fb950; }
  .st-missing, .worse { color: #ff7b72; }
  .badge.st-pass, .summary .st-pass { background: #12361f; color: #7ee787; }
  .badge.st-missing, .summary .st-missing { background: #3d1418; color: #ffa198; }
  .badge.st-outdated, .summary .st-outdated { background: #3a2a06; color: #e3b341; }
  .badge.st-incomplete, .summary .st-incomplete { background: #2c1a4d; color: #d2a8ff; }
  .badge.st-review, .summary .st-review { background: #0c2d5b; color: #79c0ff; }
  .att-overdue { background: #3d1418; color: #ffa198; }
  .att-due-soon, .att-fix { background: #3a2a06; color: #e3b341; }
  .att-stale { background: #21262d; color: #9198a1; }
  .att-check { background: #0c2d5b; color: #79c0ff; }
  .warning, .could-change { background: #3a2a06; color: #e3b341; }
}
@page { size: A4; margin: 15mm 12mm; }
@media print {
  .report { font-size: 11pt; line-height: 1.7; color: #000; }
  .report a { color: #000; text-decoration: none; }
  .item { break-inside: avoid; page-break-inside: avoid; background: #fff; }
  .item-head, .due-group h3, h2 { break-after: avoid; }
  .more-evidence { display: none; }
  .print-only { display: block; }
  .evidence a[href]::after { content: " " attr(href); display: block; font-size: 9pt; color: #333; word-break: keep-all; overflow-wrap: anywhere; }
  details > summary { list-style: none; }
  details::details-content { content-visibility: visible; display: block; }
  .badge, .att, .summary li { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

import { csvFile } from './export-csv.ts';
import type { Report, Status } from './report-schema.ts';
import { type Lang, DEFAULT_LANG, itemTitle, say } from './report-lang.ts';
import { cleanText, shortText, webUrl } from './safe-text.ts';
import { STATUS_LABEL } from './status-labels.ts';
import { uniqueEvidence } from './unique-evidence.ts';

/**
 * The OIT form sheet: what the technician pastes into the official OIT form, item by item —
 * the evidence URLs (best first, each once, http(s) only) or, when there is none, why not.
 */
export interface FormSheetRow {
  id: string;
  title: string;
  status: Status;
  urls: string[];
  note: string;
}

export const UIStrings = {
  noEvidence: { th: 'ไม่พบหลักฐาน', en: 'no evidence found' },
  notWeb: { th: 'หลักฐานไม่ใช่ลิงก์เว็บ (http/https)', en: 'the evidence is not a web (http/https) link' },
  review: { th: 'ต้องตรวจเอง', en: 'check by hand' },
  header: {
    id: { th: 'ข้อ', en: 'item' },
    title: { th: 'รายการ', en: 'title' },
    status: { th: 'ผล', en: 'status' },
    urls: { th: 'ลิงก์หลักฐาน (URL)', en: 'evidence URLs' },
    note: { th: 'หมายเหตุ', en: 'note' },
  },
} as const;

/** Why there is no URL (or why the URLs need a person): empty for an item that passes with evidence. */
function noteFor(status: Status, hasUrl: boolean, hadEvidence: boolean, reason: { th: string; en: string }, lang: Lang): string {
  if (status === 'pass' && hasUrl) return '';
  const why = say({ th: cleanText(reason.th), en: cleanText(reason.en) }, lang);
  if (status === 'review') return `${say(UIStrings.review, lang)}: ${why}`;
  if (!hasUrl && hadEvidence && status === 'pass') return say(UIStrings.notWeb, lang);
  if (!hasUrl && status === 'missing') return `${say(UIStrings.noEvidence, lang)}: ${why}`;
  return why;
}

/** One row per checklist item, in checklist order. */
export function formSheet(report: Report, lang: Lang = DEFAULT_LANG): FormSheetRow[] {
  return report.items.map((item) => {
    const evidence = uniqueEvidence(item.evidence);
    const urls = evidence.map((e) => webUrl(e.url)).filter((u): u is string => u !== null);
    return {
      id: cleanText(item.id),
      title: shortText(itemTitle(item, lang)),
      status: item.status,
      urls,
      note: noteFor(item.status, urls.length > 0, evidence.length > 0, { th: item.reason, en: item.reasonEn }, lang),
    };
  });
}

/** Text for a "copy all" button: one block per item, `O1 <title>` then one URL a line (or the note). */
export function formSheetText(rows: readonly FormSheetRow[]): string {
  const blocks = rows.map((r) => {
    const lines = [`${cleanText(r.id)} ${shortText(r.title)}`, ...r.urls.map(cleanText)];
    if (r.note !== '') lines.push(`(${shortText(r.note, 400)})`);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The form sheet as CSV that opens in Excel with Thai intact: UTF-8 BOM, CRLF line ends, RFC 4180 quoting,
 * formula-like cells neutralised. All URLs of an item go in one cell, one a line.
 */
export function formSheetCsv(report: Report, lang: Lang = DEFAULT_LANG): string {
  const h = UIStrings.header;
  const rows: string[][] = [[h.id, h.title, h.status, h.urls, h.note].map((p) => say(p, lang))];
  for (const r of formSheet(report, lang)) {
    rows.push([r.id, r.title, say(STATUS_LABEL[r.status], lang), r.urls.join('\n'), r.note]);
  }
  return csvFile(rows);
}

import { ATTENTION_LABEL, dueByOwner, dueList, dueMessage, itemDueFacts } from './due-list.ts';
import { type Lang, DEFAULT_LANG, itemTitle, type Phrase, say, sayDate, sayMonth } from './report-lang.ts';
import { diffReports, hasChanges, type ReportDiff } from './report-diff.ts';
import type { Report } from './report-schema.ts';
import { cleanText as s, shortText } from './safe-text.ts';
import { STATUS_LABEL, STATUS_ORDER, STOPPED_BY, statusFlip, statusWord } from './status-labels.ts';
import { uniqueEvidence } from './unique-evidence.ts';

export interface TextOptions {
  /** How many evidence links to print per item. */
  evidencePerItem?: number;
  /** Thai, English or both (Thai first); default both. */
  lang?: Lang;
}

export const UIStrings = {
  heading: { th: 'รายงานผลการตรวจเว็บไซต์ตามเกณฑ์ OIT', en: 'website audit report' },
  site: { th: 'เว็บไซต์', en: 'site' },
  checklist: { th: 'เกณฑ์', en: 'checklist' },
  asOf: { th: 'ณ วันที่', en: 'as of' },
  fiscalYear: { th: 'ปีงบประมาณ', en: 'fiscal year' },
  crawled: { th: 'ตรวจ', en: 'crawled' },
  pages: { th: 'หน้า', en: 'pages' },
  documents: { th: 'เอกสาร', en: 'documents' },
  failed: { th: 'ล้มเหลว', en: 'failed' },
  couldChange: { th: '(อาจเปลี่ยนถ้าตรวจต่อ)', en: '(may change with a larger crawl)' },
  missingMonths: { th: 'เดือนที่ขาด', en: 'missing months' },
  foundOn: { th: 'พบที่', en: 'found on' },
  more: (n: number): Phrase => ({ th: `… และอีก ${n} รายการ`, en: `… ${n} more` }),
  due: { th: 'ต้องทำ (สำหรับงานสิ้นเดือน)', en: 'Due (for the month-end check)' },
  owner: { th: 'ผู้รับผิดชอบ', en: 'owner' },
  failures: { th: 'หน้าที่เปิดไม่ได้', en: 'pages that failed' },
  changesSince: (date: string): Phrase => ({ th: `เปลี่ยนแปลงจากการตรวจครั้งก่อน (ณ ${date})`, en: `changes since the audit as of ${date}` }),
  audits: (prev: string, now: string): Phrase => ({ th: `ครั้งก่อนตรวจเมื่อ ${prev} · ครั้งนี้ ${now}`, en: `previous audit run ${prev} · this one ${now}` }),
  asOfDiffers: (a: string, b: string): Phrase => ({
    th: `! ตัดสินคนละวันที่ (ณ ${a} กับ ณ ${b}) ผลที่เปลี่ยนอาจมาจากวันที่ ไม่ใช่จากเว็บไซต์`,
    en: `! judged on different as-of dates (${a} and ${b}): a change may come from the date, not the site`,
  }),
  checklistDiffers: (a: string, b: string): Phrase => ({
    th: `! เกณฑ์ต่างกัน (${a} → ${b}) เลขข้ออาจไม่ตรงกัน`,
    en: `! different checklists (${a} → ${b}): item numbers may not match`,
  }),
  better: { th: '↑ ดีขึ้น', en: 'better' },
  worse: { th: '↓ แย่ลง', en: 'worse' },
  newItem: { th: 'ใหม่', en: 'new' },
  removedItem: { th: 'ไม่มีในเกณฑ์นี้', en: 'no longer listed' },
  evidenceAdded: { th: '+ หลักฐานใหม่', en: 'new evidence' },
  evidenceRemoved: { th: '− หลักฐานที่หายไป', en: 'evidence gone' },
  evidenceChanged: { th: '~ หลักฐานที่เปลี่ยน', en: 'evidence changed' },
  monthsPresent: { th: '+ เดือนที่พบเพิ่ม', en: 'months now found' },
  monthsMissing: { th: '− เดือนที่ขาดเพิ่ม', en: 'months now missing' },
  noStatusChange: { th: 'ไม่มีข้อใดเปลี่ยนสถานะ', en: 'no item changed status' },
  noChange: { th: 'ไม่มีอะไรเปลี่ยน', en: 'nothing changed' },
} as const;

/** The report as plain text for a terminal: every site string cleaned (`cleanText`), labels shortened. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const perItem = options.evidencePerItem ?? 3;
  const lang = options.lang ?? DEFAULT_LANG;
  const t = (p: Phrase): string => say(p, lang);
  const U = UIStrings;
  const lines: string[] = [];
  lines.push(`OIT Audit — ${t(U.heading)}`);
  lines.push(`${t(U.site)}: ${s(report.site)}`);
  lines.push(`${t(U.checklist)}: ${shortText(report.checklist.title)} (${s(report.checklist.id)})`);
  lines.push(`${t(U.asOf)}: ${sayDate(report.asOf, lang)} (${report.asOf}) · ${t(U.fiscalYear)}: ${report.fiscalYear}`);
  const stopped = t(STOPPED_BY[report.crawl.stoppedBy]);
  lines.push(
    `${t(U.crawled)}: ${report.crawl.pagesFetched} ${t(U.pages)}, ${report.crawl.documentsChecked} ${t(U.documents)} · ${stopped} · ${t(U.failed)}: ${report.crawl.failures.length}`,
  );
  lines.push(STATUS_ORDER.map((st) => `${say(STATUS_LABEL[st], lang, '/')} ${report.summary[st] ?? 0}`).join(' · '));
  lines.push('');
  for (const item of report.items) {
    const label = STATUS_LABEL[item.status];
    lines.push(`${s(item.id).padEnd(4)} ${label.symbol} ${t(label)} — ${shortText(itemTitle(item, lang))}${item.couldChange ? ` ${t(U.couldChange)}` : ''}`);
    if (lang !== 'en') lines.push(`     ${s(item.reason)}`);
    if (lang !== 'th') lines.push(`     ${s(item.reasonEn)}`);
    if (item.months && item.months.missing.length > 0) lines.push(`     ${t(U.missingMonths)}: ${item.months.missing.map((m) => sayMonth(m, lang)).join(', ')}`);
    const evidence = uniqueEvidence(item.evidence);
    for (const e of evidence.slice(0, perItem)) {
      lines.push(`     → ${s(e.url)}  «${shortText(e.label, 80)}»  (${t(U.foundOn)} ${s(e.foundOn)})`);
    }
    if (evidence.length > perItem) lines.push(`     ${t(U.more(evidence.length - perItem))}`);
    for (const f of itemDueFacts(item)) {
      if (f.kind !== 'fix') lines.push(`     ! ${say(ATTENTION_LABEL[f.kind], lang, '/')}: ${shortText(dueMessage(f, lang), 300)}`);
    }
  }
  const groups = dueByOwner(dueList(report));
  if (groups.length > 0) {
    lines.push('');
    lines.push(`${t(U.due)}:`);
    for (const g of groups) {
      lines.push(`  [${s(g.owner)}]`);
      for (const d of g.entries) {
        lines.push(`    ${s(d.itemId).padEnd(4)} ${say(ATTENTION_LABEL[d.kind], lang, '/')}${d.due ? ` (${sayDate(d.due, lang)})` : ''}: ${shortText(dueMessage(d, lang), 300)}`);
      }
    }
  }
  if (report.crawl.failures.length > 0) {
    lines.push('');
    lines.push(`${t(U.failures)}:`);
    for (const f of report.crawl.failures.slice(0, 30)) lines.push(`  ${s(f.url)} — ${shortText(f.reason)}`);
    if (report.crawl.failures.length > 30) lines.push(`  ${t(U.more(report.crawl.failures.length - 30))}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The comparison lines (shared by the text report and anyone who wants the diff as text). */
export function diffText(diff: ReportDiff, lang: Lang = DEFAULT_LANG): string[] {
  const t = (p: Phrase): string => say(p, lang);
  const U = UIStrings;
  const lines = [`${t(U.changesSince(sayDate(diff.previous.asOf, lang)))}:`];
  lines.push(`  ${t(U.audits(`${sayDate(diff.previous.generatedAt, lang)} ${diff.previous.generatedAt.slice(11, 16)}`, `${sayDate(diff.current.generatedAt, lang)} ${diff.current.generatedAt.slice(11, 16)}`))}`);
  if (diff.warnings.includes('as-of-differs')) lines.push(`  ${t(U.asOfDiffers(sayDate(diff.previous.asOf, lang), sayDate(diff.current.asOf, lang)))}`);
  if (diff.warnings.includes('checklist-differs')) lines.push(`  ${t(U.checklistDiffers(s(diff.previous.checklistId), s(diff.current.checklistId)))}`);
  for (const c of diff.items) {
    const head = c.direction === 'same' ? statusWord(c.to, lang) : `${statusFlip(c.from, c.to, lang)} ${t(c.direction === 'better' ? U.better : U.worse)}`;
    lines.push(`  ${s(c.id).padEnd(4)} ${head} — ${shortText(c.title)}`);
    for (const url of c.evidenceAdded) lines.push(`       ${t(U.evidenceAdded)}: ${s(url)}`);
    for (const url of c.evidenceRemoved) lines.push(`       ${t(U.evidenceRemoved)}: ${s(url)}`);
    for (const url of c.evidenceChanged) lines.push(`       ${t(U.evidenceChanged)}: ${s(url)}`);
    if (c.monthsNewlyPresent.length > 0) lines.push(`       ${t(U.monthsPresent)}: ${c.monthsNewlyPresent.map((m) => sayMonth(m, lang)).join(', ')}`);
    if (c.monthsNewlyMissing.length > 0) lines.push(`       ${t(U.monthsMissing)}: ${c.monthsNewlyMissing.map((m) => sayMonth(m, lang)).join(', ')}`);
  }
  for (const a of diff.added) lines.push(`  ${s(a.id).padEnd(4)} ${t(U.newItem)}: ${statusWord(a.status, lang)} — ${shortText(a.title)}`);
  for (const r of diff.removed) lines.push(`  ${s(r.id).padEnd(4)} ${t(U.removedItem)} — ${shortText(r.title)}`);
  if (diff.changed.length === 0) lines.push(`  ${t(hasChanges(diff) ? U.noStatusChange : U.noChange)}`);
  return lines;
}

/** What changed since a previous audit of the same site, as text (throws DifferentSitesError for two sites). */
export function renderChangesText(previous: Report, current: Report, lang: Lang = DEFAULT_LANG): string {
  return `\n${diffText(diffReports(previous, current), lang).join('\n')}\n`;
}

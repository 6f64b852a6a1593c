import { formatThaiDate } from '../thai/index.ts';
import { parseIsoDate } from '../thai/fiscal-year.ts';
import { plainText } from './plain-text.ts';
import type { Report } from './report-schema.ts';
import { STATUS_LABEL, STATUS_ORDER, STOPPED_BY_LABEL } from './status-labels.ts';
import { ATTENTION_LABEL, dueList } from './due-list.ts';
import { diffReports, hasChanges } from './report-diff.ts';

function thaiDate(iso: string): string {
  const d = parseIsoDate(iso);
  return d ? formatThaiDate(d, 'short') : iso;
}

export interface TextOptions {
  /** How many evidence links to print per item. */
  evidencePerItem?: number;
}

/** The report as plain text for a terminal: Thai first, English after, every site string sanitised. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const perItem = options.evidencePerItem ?? 3;
  const s = plainText;
  const lines: string[] = [];
  lines.push('OIT Audit — รายงานผลการตรวจเว็บไซต์ตามเกณฑ์ OIT / website audit report');
  lines.push(`เว็บไซต์ / site: ${s(report.site)}`);
  lines.push(`เกณฑ์ / checklist: ${s(report.checklist.title)} (${s(report.checklist.id)})`);
  lines.push(`ณ วันที่ / as of: ${thaiDate(report.asOf)} (${report.asOf}) · ปีงบประมาณ / fiscal year: ${report.fiscalYear}`);
  lines.push(
    `ตรวจ / crawled: ${report.crawl.pagesFetched} หน้า/pages, ${report.crawl.documentsChecked} เอกสาร/documents · ` +
      `${STOPPED_BY_LABEL[report.crawl.stoppedBy] ?? report.crawl.stoppedBy} · ล้มเหลว/failed: ${report.crawl.failures.length}`,
  );
  lines.push(STATUS_ORDER.map((st) => `${STATUS_LABEL[st].th}/${STATUS_LABEL[st].en} ${report.summary[st] ?? 0}`).join(' · '));
  lines.push('');
  for (const item of report.items) {
    const label = STATUS_LABEL[item.status];
    lines.push(`${item.id.padEnd(4)} ${label.symbol} ${label.th} / ${label.en} — ${s(item.title)}${item.couldChange ? ' (อาจเปลี่ยนถ้าตรวจต่อ / may change with a larger crawl)' : ''}`);
    lines.push(`     ${s(item.reason)}`);
    lines.push(`     ${s(item.reasonEn)}`);
    if (item.months && item.months.missing.length > 0) lines.push(`     เดือนที่ขาด / missing months: ${item.months.missing.join(', ')}`);
    for (const e of item.evidence.slice(0, perItem)) {
      lines.push(`     → ${s(e.url)}  «${s(e.label).slice(0, 80)}»  (พบที่/found on ${s(e.foundOn)})`);
    }
    if (item.evidence.length > perItem) lines.push(`     … และอีก ${item.evidence.length - perItem} รายการ / ${item.evidence.length - perItem} more`);
    for (const a of item.attention) lines.push(`     ! ${s(a.message)} / ${s(a.messageEn)}`);
  }
  const due = dueList(report);
  if (due.length > 0) {
    lines.push('');
    lines.push('ต้องทำ / Due (สำหรับงานสิ้นเดือน / for the month-end check):');
    for (const d of due) {
      const label = ATTENTION_LABEL[d.kind];
      lines.push(`  ${d.itemId.padEnd(4)} ${label.th}/${label.en}${d.due ? ` (${thaiDate(d.due)})` : ''}: ${s(d.message)} — ${s(d.owner)}`);
    }
  }
  if (report.crawl.failures.length > 0) {
    lines.push('');
    lines.push('หน้าที่เปิดไม่ได้ / pages that failed:');
    for (const f of report.crawl.failures.slice(0, 30)) lines.push(`  ${s(f.url)} — ${s(f.reason)}`);
    if (report.crawl.failures.length > 30) lines.push(`  … ${report.crawl.failures.length - 30} more`);
  }
  return `${lines.join('\n')}\n`;
}

/** What changed since a previous audit of the same site, as text. */
export function renderChangesText(previous: Report, current: Report): string {
  const diff = diffReports(previous, current);
  const lines = ['', `เปลี่ยนแปลงจากการตรวจครั้งก่อน (${thaiDate(diff.previous.asOf)}) / changes since the audit as of ${diff.previous.asOf}:`];
  if (diff.checklistChanged) lines.push(`  ! เกณฑ์ต่างกัน (${plainText(diff.previous.checklistId)} → ${plainText(current.checklist.id)}) เลขข้ออาจไม่ตรงกัน / different checklists: item numbers may not match`);
  for (const c of diff.changed) {
    const arrow = c.direction === 'better' ? '↑ ดีขึ้น/better' : '↓ แย่ลง/worse';
    lines.push(`  ${c.id.padEnd(4)} ${STATUS_LABEL[c.from].th} → ${STATUS_LABEL[c.to].th} (${c.from} → ${c.to}) ${arrow} — ${plainText(c.title)}`);
  }
  for (const a of diff.added) lines.push(`  ${a.id.padEnd(4)} ใหม่/new: ${STATUS_LABEL[a.status].th} (${a.status}) — ${plainText(a.title)}`);
  for (const r of diff.removed) lines.push(`  ${r.id.padEnd(4)} ไม่มีในเกณฑ์นี้/no longer listed — ${plainText(r.title)}`);
  if (!hasChanges(diff)) lines.push('  ไม่มีข้อใดเปลี่ยนสถานะ / no item changed status');
  return `${lines.join('\n')}\n`;
}

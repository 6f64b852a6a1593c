import type { ChecklistItem } from '../checklist/checklist-schema.ts';
import { judgeFreshness } from '../checklist/freshness-rules.ts';
import type { CalendarDate } from '../thai/fiscal-year.ts';
import type { Attention, ItemVerdict, Status } from '../report/report-schema.ts';
import { MATCH_RANK, type Candidate, type TargetState } from './collect-evidence.ts';

export interface JudgeContext {
  asOf: CalendarDate;
  /** The crawl stopped at its budget. */
  budgetStopped: boolean;
  /** Labels of links still queued when the crawl stopped (normalised). */
  pendingMatches: boolean;
  /** Share of same-site pages that answered 403/429 (rate limiting or blocking). */
  blockedShare: number;
}

const MAX_EVIDENCE = 20;

interface Outcome {
  status: Status;
  reason: string;
  reasonEn: string;
  months?: { present: string[]; missing: string[] };
  attention: Attention[];
}

function noValidEvidence(item: ChecklistItem, states: Set<TargetState>, ctx: JudgeContext): Outcome {
  const t = item.title;
  if (states.has('script-filled'))
    return { status: 'review', reason: `พบหน้า "${t}" แต่รายการโหลดด้วย JavaScript ตรวจเองในเบราว์เซอร์`, reasonEn: `Found a page for "${item.titleEn}" but its list is filled in by JavaScript; check it in the browser.`, attention: [] };
  if (states.has('blocked'))
    return { status: 'review', reason: `พบลิงก์ "${t}" แต่เปิดไม่ได้ (403/429/5xx) ตรวจเองอีกครั้ง`, reasonEn: `Found a link for "${item.titleEn}" but the page refused or failed (403/429/5xx); check it by hand.`, attention: [] };
  if (states.has('external'))
    return { status: 'review', reason: `พบ "${t}" เฉพาะบนเว็บไซต์ภายนอก (เช่น Google Drive, Facebook) ตรวจเนื้อหาเอง`, reasonEn: `"${item.titleEn}" is only on an external host (e.g. Google Drive, Facebook); check its content by hand.`, attention: [] };
  if (states.has('broken'))
    return { status: 'incomplete', reason: `มีลิงก์ "${t}" แต่ลิงก์เสีย (404) แก้ลิงก์หรืออัปโหลดไฟล์ใหม่`, reasonEn: `"${item.titleEn}" is linked but the link is broken (404); fix the link or upload the file.`, attention: [] };
  if (states.has('placeholder'))
    return { status: 'incomplete', reason: `มีหัวข้อ "${t}" แต่ยังไม่มีไฟล์หรือลิงก์ (ลิงก์ว่าง) อัปโหลดเอกสาร`, reasonEn: `"${item.titleEn}" is listed but its link is empty; upload the document.`, attention: [] };
  if (ctx.blockedShare >= 0.2)
    return { status: 'review', reason: `ไม่พบ "${t}" แต่หลายหน้าตอบ 403/429 จึงตรวจไม่ครบ`, reasonEn: `"${item.titleEn}" was not found, but many pages answered 403/429, so the check is incomplete.`, attention: [] };
  return { status: 'missing', reason: `ไม่พบ "${t}" บนเว็บไซต์ เผยแพร่และลิงก์จากหน้า ITA`, reasonEn: `"${item.titleEn}" was not found on the site; publish it and link it from the ITA page.`, attention: [] };
}

/** A sortable day of the newest date a piece of evidence names (0 when it names none). */
function newestDay(c: Candidate): number {
  let best = 0;
  for (const d of c.evidence.dates) {
    const end = d.until ?? d;
    best = Math.max(best, end.year * 10_000 + (end.month ?? 12) * 100 + (end.day ?? 28));
  }
  return best;
}

/** The evidence to paste first: documents and pages named by their own label, newest first. */
function byUsefulness(a: Candidate, b: Candidate): number {
  return MATCH_RANK[a.evidence.matchedBy] - MATCH_RANK[b.evidence.matchedBy] || newestDay(b) - newestDay(a);
}

/** A link labelled with one month ("เดือน ตุลาคม 2567"): a piece of a monthly series. */
function isOneMonth(c: Candidate): boolean {
  const label = c.evidence.dates.filter((d) => d.source === 'link-label');
  return label.length > 0 && label.every((d) => d.precision === 'month' && d.until === undefined);
}

/** Rules for one document per year or period: a month's file, found only by its row or heading, is not one. */
const ONE_DOCUMENT_RULES = new Set(['in-force', 'previous-fiscal-year', 'first-half', 'multi-year']);

/** One checklist item → its verdict, from the evidence collected for its concepts. */
export function judgeItem(item: ChecklistItem, allCandidates: Candidate[], ctx: JudgeContext): ItemVerdict {
  const candidates = ONE_DOCUMENT_RULES.has(item.freshness.kind)
    ? allCandidates.filter((c) => !(isOneMonth(c) && (c.evidence.matchedBy === 'ita-index-row' || c.evidence.matchedBy === 'heading')))
    : allCandidates;
  const valid = candidates.filter((c) => c.target === 'ok');
  const states = new Set(candidates.map((c) => c.target));
  let outcome: Outcome;
  if (valid.length === 0 || valid.length < item.minEvidence) {
    outcome = noValidEvidence(item, states, ctx);
    if (valid.length > 0 && outcome.status === 'missing') {
      outcome = {
        status: 'incomplete',
        reason: `พบ "${item.title}" ${valid.length} ช่องทาง ต้องมีอย่างน้อย ${item.minEvidence}`,
        reasonEn: `Found ${valid.length} of the ${item.minEvidence} required for "${item.titleEn}".`,
        attention: [],
      };
    }
  } else if (item.freshness.kind === 'in-force') {
    outcome = { status: 'pass', reason: `พบ "${item.title}"`, reasonEn: `Found "${item.titleEn}".`, attention: [] };
  } else {
    const f = judgeFreshness(item.freshness, valid.flatMap((c) => c.parts), ctx.asOf, { subject: item.title, subjectEn: item.titleEn });
    outcome = { status: f.status, reason: f.reason, reasonEn: f.reasonEn, months: f.months, attention: f.attention };
    if (f.status !== 'pass' && states.has('script-filled')) {
      outcome = { ...outcome, status: 'review', reason: `${f.reason} (บางรายการโหลดด้วย JavaScript ตรวจเอง)`, reasonEn: `${f.reasonEn} (some lists are filled in by JavaScript; check by hand)` };
    }
  }
  if (item.watch && valid.length > 0) {
    const w = judgeFreshness(item.watch, valid.flatMap((c) => c.parts), ctx.asOf, { subject: item.title, subjectEn: item.titleEn });
    if (w.status !== 'pass') {
      const extra = w.attention.length > 0 ? w.attention : [{ kind: w.status === 'review' ? ('check' as const) : ('stale' as const), message: w.reason, messageEn: w.reasonEn }];
      outcome = { ...outcome, attention: [...outcome.attention, ...extra] };
    }
  }
  const ordered = [...[...valid].sort(byUsefulness), ...candidates.filter((c) => c.target !== 'ok')];
  return {
    id: item.id,
    title: item.title,
    titleEn: item.titleEn,
    subIndicator: item.subIndicator,
    owner: item.owner,
    confidence: item.confidence,
    status: outcome.status,
    reason: outcome.reason,
    reasonEn: outcome.reasonEn,
    evidence: ordered.slice(0, MAX_EVIDENCE).map((c) => c.evidence),
    ...(outcome.months ? { months: outcome.months } : {}),
    attention: outcome.attention,
    couldChange: ctx.budgetStopped && outcome.status !== 'pass' && (outcome.status === 'missing' || ctx.pendingMatches),
  };
}

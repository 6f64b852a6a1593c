import { builtInConcepts, defaultChecklistId, listChecklists } from '../checklist/built-in-checklists.ts';
import type { Checklist } from '../checklist/checklist-schema.ts';
import { oneLineErrors, priorityTermsOf } from '../checklist/choose-checklist.ts';
import { parseChecklist } from '../checklist/load-checklist.ts';
import { parseIsoDate, type CalendarDate } from '../thai/fiscal-year.ts';
import type { ResolvedChecklist } from '../extension/audit-service.ts';
import { type ChecklistParser, readImported } from './imported-checklists.ts';
import type { ChecklistOption } from './panel-deps.ts';

/** Validates a user's checklist against the shipped concepts. */
export const parseWithBuiltInConcepts: ChecklistParser = (json, source) => parseChecklist(json, source, builtInConcepts);

const optionOf = (c: Checklist, imported: boolean): ChecklistOption => ({ id: c.id, title: c.title, ...(c.year !== undefined ? { year: c.year } : {}), imported });

export function builtInOptions(): ChecklistOption[] {
  return listChecklists().map((c) => optionOf(c, false));
}

/** Imported checklists that still validate (the concepts may have changed since they were imported). */
function validImported(stored: unknown): Checklist[] {
  const out: Checklist[] = [];
  for (const [id, entry] of Object.entries(readImported(stored))) {
    const result = parseWithBuiltInConcepts(entry.json, entry.fileName);
    if (result.ok && result.checklist.id === id) out.push(result.checklist);
  }
  return out;
}

/** The picker: the shipped ITA years newest first, eit-web, then imported checklists. */
export function checklistOptions(importedStored: unknown): ChecklistOption[] {
  const builtIn = builtInOptions().sort((a, b) => (b.year ?? 0) - (a.year ?? 0));
  return [...builtIn, ...validImported(importedStored).map((c) => optionOf(c, true))];
}

/** The default checklist for an ISO as-of date (the newest when the date is not valid). */
export function defaultChecklistFor(asOfIso: string): string {
  const asOf = parseIsoDate(asOfIso);
  return defaultChecklistId(asOf ?? { year: 9999, month: 1, day: 1 });
}

/** A shipped or imported checklist by id, with the concepts and the crawler's priority terms. */
export function resolveAnyChecklist(id: string, asOf: CalendarDate, importedStored: unknown): ResolvedChecklist {
  void asOf;
  const shipped = listChecklists().find((c) => c.id === id);
  const concepts = builtInConcepts.concepts;
  if (shipped) return { ok: true, checklist: shipped, concepts, priorityTerms: priorityTermsOf(shipped, concepts) };
  const entry = readImported(importedStored)[id];
  if (!entry) {
    const known = checklistOptions(importedStored).map((c) => c.id).join(', ');
    return { ok: false, message: `ไม่พบเกณฑ์ "${id}" / unknown checklist "${id}"; known: ${known}` };
  }
  const result = parseWithBuiltInConcepts(entry.json, entry.fileName);
  if (!result.ok) return { ok: false, message: oneLineErrors(entry.fileName, result.errors) };
  return { ok: true, checklist: result.checklist, concepts, priorityTerms: priorityTermsOf(result.checklist, concepts) };
}

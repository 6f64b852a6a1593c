import type { CalendarDate } from '../thai/fiscal-year.ts';
import { builtInConcepts, defaultChecklistId, getChecklist, listChecklists } from './built-in-checklists.ts';
import type { Checklist, Concept } from './checklist-schema.ts';
import { parseChecklist, type ChecklistError } from './load-checklist.ts';

export type ChosenChecklist =
  | { ok: true; checklist: Checklist; concepts: Concept[]; priorityTerms: string[] }
  | { ok: false; message: string };

/** Every synonym of the concepts a checklist uses: the crawler visits links carrying them first. */
export function priorityTermsOf(checklist: Checklist, concepts: Concept[]): string[] {
  const used = new Set(checklist.items.flatMap((i) => i.concepts));
  return concepts.filter((c) => used.has(c.id)).flatMap((c) => c.terms.map((t) => t.replace(/\*/g, ' ')));
}

function chosen(checklist: Checklist): ChosenChecklist {
  const concepts = builtInConcepts.concepts;
  return { ok: true, checklist, concepts, priorityTerms: priorityTermsOf(checklist, concepts) };
}

/** One line for a terminal or a status bar: every problem, by JSON path. */
export function oneLineErrors(source: string, errors: readonly ChecklistError[]): string {
  const shown = errors.slice(0, 12).map((e) => `${e.path}: ${e.message}`);
  const more = errors.length > shown.length ? `; … ${errors.length - shown.length} more` : '';
  return `checklist ${source} is invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}): ${shown.join('; ')}${more}`;
}

/** A shipped checklist by id, or the default for the as-of date when no id is given. */
export function resolveChecklist(id: string | undefined, asOf: CalendarDate): ChosenChecklist {
  const wanted = id ?? defaultChecklistId(asOf);
  const checklist = getChecklist(wanted);
  if (!checklist) {
    const known = listChecklists().map((c) => c.id).join(', ');
    return { ok: false, message: `unknown checklist "${wanted}"; known checklists: ${known} (or a path to a checklist .json file)` };
  }
  return chosen(checklist);
}

/** A checklist written by a user: parsed, validated against the schema and the shipped concepts. */
export function parseUserChecklist(text: string, source: string): ChosenChecklist {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `checklist ${source} is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const result = parseChecklist(json, source, builtInConcepts);
  if (!result.ok) return { ok: false, message: oneLineErrors(source, result.errors) };
  return chosen(result.checklist);
}

export async function loadChecklistFile(file: string, readFile: (path: string) => Promise<string | null>): Promise<ChosenChecklist> {
  let text: string | null;
  try {
    text = await readFile(file);
  } catch (e) {
    return { ok: false, message: `cannot read checklist ${file}: ${e instanceof Error ? e.message : String(e)}` };
  }
  if (text === null) return { ok: false, message: `checklist file ${file} does not exist` };
  return parseUserChecklist(text, file);
}

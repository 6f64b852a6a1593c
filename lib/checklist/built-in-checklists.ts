import { fiscalYearOf, type CalendarDate } from '../thai/fiscal-year.ts';
import conceptsJson from '../../checklists/concepts.json' with { type: 'json' };
import eitWebJson from '../../checklists/eit-web.json' with { type: 'json' };
import ita2565Json from '../../checklists/ita-2565.json' with { type: 'json' };
import ita2566Json from '../../checklists/ita-2566.json' with { type: 'json' };
import ita2567Json from '../../checklists/ita-2567.json' with { type: 'json' };
import ita2568Json from '../../checklists/ita-2568.json' with { type: 'json' };
import ita2569Json from '../../checklists/ita-2569.json' with { type: 'json' };
import type { Checklist, ConceptFile } from './checklist-schema.ts';
import { formatChecklistErrors, parseChecklist, parseConceptFile } from './load-checklist.ts';

/** The shipped JSON files, by file name (the name appears in error messages). */
export const BUILT_IN_FILES: readonly { file: string; json: unknown }[] = [
  { file: 'ita-2565.json', json: ita2565Json },
  { file: 'ita-2566.json', json: ita2566Json },
  { file: 'ita-2567.json', json: ita2567Json },
  { file: 'ita-2568.json', json: ita2568Json },
  { file: 'ita-2569.json', json: ita2569Json },
  { file: 'eit-web.json', json: eitWebJson },
];

function loadConcepts(): ConceptFile {
  const result = parseConceptFile(conceptsJson);
  if (!result.ok) throw new Error(formatChecklistErrors('concepts.json', result.errors));
  return result.value;
}

/** The shipped concept file (synonyms written once), validated. */
export const builtInConcepts: ConceptFile = loadConcepts();

function loadChecklists(): Checklist[] {
  return BUILT_IN_FILES.map(({ file, json }) => {
    const result = parseChecklist(json, file, builtInConcepts);
    if (!result.ok) throw new Error(formatChecklistErrors(file, result.errors));
    return result.checklist;
  });
}

const checklists: readonly Checklist[] = loadChecklists();

/** Every shipped checklist: the ITA years oldest first, then eit-web. */
export function listChecklists(): readonly Checklist[] {
  return checklists;
}

export function getChecklist(id: string): Checklist | undefined {
  return checklists.find((c) => c.id === id);
}

/**
 * The default ITA checklist for an as-of date: the newest shipped ITA year not later than the fiscal year
 * of the as-of date (the ITA of year N is assessed during fiscal year N). Today that is the newest shipped
 * year (ita-2569); a back-dated audit (as-of 2025-05-15, FY 2568) gets ita-2568; a date before every
 * shipped year gets the oldest.
 */
export function defaultChecklistId(asOf: CalendarDate): string {
  const fiscalYear = fiscalYearOf(asOf);
  const ita = checklists.filter((c): c is Checklist & { year: number } => c.year !== undefined).sort((a, b) => a.year - b.year);
  const chosen = ita.filter((c) => c.year <= fiscalYear).pop() ?? ita[0];
  if (!chosen) throw new Error('no ITA checklist is shipped');
  return chosen.id;
}

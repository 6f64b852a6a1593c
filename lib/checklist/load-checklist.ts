import type { z } from 'zod';
import { Checklist, ConceptFile, FRESHNESS_KINDS } from './checklist-schema.ts';

/** One problem in a checklist or concept file; `path` is a JSON path such as `$.items[3].freshness.kind`. */
export interface ChecklistError {
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ChecklistError[] };
export type ChecklistParseResult = { ok: true; checklist: Checklist } | { ok: false; errors: ChecklistError[] };

type PathKey = PropertyKey;

/** ['items', 3, 'freshness', 'kind'] → "$.items[3].freshness.kind". */
export function toJsonPath(path: readonly PathKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A zod issue as one plain sentence. */
function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator === 'kind') {
    return `expected one of ${FRESHNESS_KINDS.join(', ')}`;
  }
  if (issue.code === 'invalid_type' && /received undefined$/.test(issue.message)) {
    return `required field is missing (expected ${issue.expected})`;
  }
  return issue.message;
}

function zodErrors(error: z.ZodError): ChecklistError[] {
  return error.issues.map((issue) => ({ path: toJsonPath(issue.path), message: describeIssue(issue) }));
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks that need the raw input and other files: duplicate item ids and concept ids not in the concept file.
 * Runs even when the schema fails, so that one pass lists every problem.
 */
function crossCheck(json: unknown, conceptIds: ReadonlySet<string>): ChecklistError[] {
  const errors: ChecklistError[] = [];
  if (!isRecord(json) || !Array.isArray(json.items)) return errors;
  const firstAt = new Map<string, number>();
  json.items.forEach((item: unknown, i: number) => {
    if (!isRecord(item)) return;
    if (typeof item.id === 'string') {
      const first = firstAt.get(item.id);
      if (first === undefined) firstAt.set(item.id, i);
      else errors.push({ path: toJsonPath(['items', i, 'id']), message: `duplicate item id ${item.id} (first at ${toJsonPath(['items', first])})` });
    }
    if (Array.isArray(item.concepts)) {
      item.concepts.forEach((concept: unknown, j: number) => {
        if (typeof concept === 'string' && !conceptIds.has(concept)) {
          errors.push({ path: toJsonPath(['items', i, 'concepts', j]), message: `unknown concept "${concept}" (not defined in concepts.json)` });
        }
      });
    }
  });
  return errors;
}

/**
 * Validate a checklist (parsed JSON) against the schema and the concept file. Lists every problem:
 * schema issues, unknown concept ids and duplicate item ids, each with a JSON path.
 */
export function parseChecklist(json: unknown, source: string, concepts: ConceptFile): ChecklistParseResult {
  void source; // named in formatChecklistErrors; kept in the signature so callers pass it along
  const conceptIds = new Set(concepts.concepts.map((c) => c.id));
  const parsed = Checklist.safeParse(json);
  const errors = [
    ...(parsed.success ? [] : zodErrors(parsed.error).filter((e) => !e.message.startsWith('duplicate item id'))),
    ...crossCheck(json, conceptIds),
  ];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, checklist: parsed.data };
}

/** Validate concepts.json (schema + duplicate concept ids). */
export function parseConceptFile(json: unknown): ParseResult<ConceptFile> {
  const parsed = ConceptFile.safeParse(json);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: zodErrors(parsed.error) };
}

/**
 * One line per problem: "checklist my.json: $.items[3].freshness.kind: expected one of …".
 * Returns the lines joined with newlines.
 */
export function formatChecklistErrors(source: string, errors: readonly ChecklistError[]): string {
  return errors.map((e) => `checklist ${source}: ${e.path}: ${e.message}`).join('\n');
}

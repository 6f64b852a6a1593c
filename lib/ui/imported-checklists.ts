import { z } from 'zod';
import type { Checklist } from '../checklist/checklist-schema.ts';

/** A checklist file the user imported on the options page, kept as the JSON it was (re-validated on use). */
export const ImportedChecklist = z.object({
  json: z.unknown(),
  fileName: z.string(),
  importedAt: z.string(),
});
export type ImportedChecklist = z.infer<typeof ImportedChecklist>;

/** Stored imported checklists by checklist id. */
export type ImportedChecklists = Record<string, ImportedChecklist>;

export interface ChecklistProblem {
  /** JSON path, e.g. "$.items[3].freshness.kind"; "$" for the file as a whole. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; checklist: Checklist } | { ok: false; errors: ChecklistProblem[] };
/** The checklist validator with the concepts already bound (parseChecklist from lib/checklist). */
export type ChecklistParser = (json: unknown, source: string) => ParseResult;

export function readImported(stored: unknown): ImportedChecklists {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return {};
  const out: ImportedChecklists = {};
  for (const [id, value] of Object.entries(stored as Record<string, unknown>)) {
    const parsed = ImportedChecklist.safeParse(value);
    if (parsed.success) out[id] = parsed.data;
  }
  return out;
}

/**
 * Validates the text of a checklist file. Refused (with every problem by JSON path) when it is not JSON,
 * does not pass the checklist schema, or uses the id of a built-in checklist.
 */
export function checkImportedFile(text: string, fileName: string, parse: ChecklistParser, builtInIds: readonly string[]): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '$', message: `ไม่ใช่ JSON ที่ถูกต้อง / not valid JSON: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
  const result = parse(json, fileName);
  if (!result.ok) return result;
  if (builtInIds.includes(result.checklist.id)) {
    return {
      ok: false,
      errors: [
        {
          path: '$.id',
          message: `"${result.checklist.id}" เป็นรหัสของเกณฑ์ที่มีอยู่แล้วในโปรแกรม ให้ใช้รหัสอื่น / is the id of a built-in checklist; use another id`,
        },
      ],
    };
  }
  return result;
}

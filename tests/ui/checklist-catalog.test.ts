import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checklistOptions, defaultChecklistFor, parseWithBuiltInConcepts, resolveAnyChecklist } from '../../lib/ui/checklist-catalog.ts';
import { checkImportedFile } from '../../lib/ui/imported-checklists.ts';

const shippedText = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'checklists', 'ita-2569.json'), 'utf8');
const shipped = JSON.parse(shippedText) as Record<string, unknown> & { items: Record<string, unknown>[] };
const mine = { ...shipped, id: 'my-2569', title: 'เกณฑ์ของฉัน' };
const asOf = { year: 2026, month: 5, day: 20 };
const builtInIds = checklistOptions(undefined).map((c) => c.id);

describe('checklist catalog', () => {
  it('lists the shipped checklists newest ITA year first, then valid imported ones', () => {
    const stored = {
      'my-2569': { json: mine, fileName: 'mine.json', importedAt: 'x' },
      broken: { json: { id: 'broken' }, fileName: 'broken.json', importedAt: 'x' },
    };
    const ids = checklistOptions(stored).map((c) => c.id);
    expect(ids[0]).toBe('ita-2569');
    expect(ids).toContain('eit-web');
    expect(ids.at(-1)).toBe('my-2569');
    expect(ids).not.toContain('broken');
  });

  it('defaults by the fiscal year of the as-of date', () => {
    expect(defaultChecklistFor('2026-05-20')).toBe('ita-2569');
    expect(defaultChecklistFor('2025-05-15')).toBe('ita-2568');
  });

  it('resolves shipped and imported checklists with priority terms, and names unknown ids', () => {
    const shippedResolved = resolveAnyChecklist('ita-2569', asOf, undefined);
    expect(shippedResolved.ok && shippedResolved.priorityTerms.length).toBeGreaterThan(0);
    const imported = resolveAnyChecklist('my-2569', asOf, { 'my-2569': { json: mine, fileName: 'mine.json', importedAt: 'x' } });
    expect(imported.ok && imported.checklist.title).toBe('เกณฑ์ของฉัน');
    const unknown = resolveAnyChecklist('nope', asOf, undefined);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toContain('nope');
  });
});

describe('checkImportedFile', () => {
  it('accepts a valid file', () => {
    const result = checkImportedFile(JSON.stringify(mine), 'mine.json', parseWithBuiltInConcepts, builtInIds);
    expect(result.ok).toBe(true);
  });

  it('lists every problem by JSON path', () => {
    const bad = { ...mine, title: '', items: [{ ...shipped.items[0], freshness: { kind: 'sometimes' } }, { ...shipped.items[1], concepts: ['no-such'] }] };
    const result = checkImportedFile(JSON.stringify(bad), 'bad.json', parseWithBuiltInConcepts, builtInIds);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['$.title', '$.items[0].freshness.kind', '$.items[1].concepts[0]']));
  });

  it('refuses text that is not JSON and a built-in id', () => {
    const notJson = checkImportedFile('{"id":', 'x.json', parseWithBuiltInConcepts, builtInIds);
    expect(!notJson.ok && notJson.errors[0]?.path).toBe('$');
    const clash = checkImportedFile(shippedText, 'ita-2569.json', parseWithBuiltInConcepts, builtInIds);
    expect(!clash.ok && clash.errors[0]?.path).toBe('$.id');
  });
});

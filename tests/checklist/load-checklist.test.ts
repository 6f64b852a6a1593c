import { describe, expect, it } from 'vitest';
import { builtInConcepts } from '../../lib/checklist/built-in-checklists.ts';
import { formatChecklistErrors, parseChecklist, parseConceptFile, toJsonPath } from '../../lib/checklist/load-checklist.ts';

const goodItem = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  title: 'โครงสร้าง',
  titleEn: 'Structure',
  indicator: '9',
  subIndicator: '9.1 ข้อมูลพื้นฐาน',
  evidence: 'แผนผังโครงสร้าง',
  evidenceEn: 'Org chart',
  concepts: ['structure'],
  freshness: { kind: 'in-force' },
  owner: 'สำนักปลัด',
  ownerEn: 'Office of the Permanent Secretary',
  confidence: 'confirmed',
  ...extra,
});
const list = (items: unknown[]) => ({ $schema: './schema.json', id: 'my-list', title: 'ทดสอบ', titleEn: 'Test', source: 'test', items });

describe('parseChecklist', () => {
  it('accepts a minimal checklist and fills defaults', () => {
    const r = parseChecklist(list([goodItem('O1'), goodItem('O2', { freshness: { kind: 'monthly', fromMonth: 1, toMonth: 6 } })]), 'my.json', builtInConcepts);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.checklist.items[0]?.minEvidence).toBe(1);
    expect(r.checklist.items[1]?.freshness).toEqual({ kind: 'monthly', fromMonth: 1, toMonth: 6, fiscalYear: 'current', graceDays: 0 });
  });

  it('lists every problem of a malformed checklist with its JSON path', () => {
    const { title: _dropped, ...noTitle } = goodItem('O2');
    const bad = list([
      goodItem('O1'),
      noTitle,
      goodItem('O3', { concepts: ['structure', 'no-such-concept'] }),
      goodItem('O4', { freshness: { kind: 'yearly' } }),
      goodItem('O1'),
      goodItem('O6', { freshness: { kind: 'first-half', due: '04-31' } }),
      goodItem('O7', { freshness: { kind: 'previous-fiscal-year', due: '4-30' } }),
    ]);
    const r = parseChecklist(bad, 'my.json', builtInConcepts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.errors.map((e) => [e.path, e.message]));
    expect(Object.keys(byPath).sort()).toEqual([
      '$.items[1].title',
      '$.items[2].concepts[1]',
      '$.items[3].freshness.kind',
      '$.items[4].id',
      '$.items[5].freshness.due',
      '$.items[6].freshness.due',
    ]);
    expect(byPath['$.items[1].title']).toContain('missing');
    expect(byPath['$.items[2].concepts[1]']).toContain('no-such-concept');
    expect(byPath['$.items[3].freshness.kind']).toBe('expected one of in-force, current-fiscal-year, previous-fiscal-year, first-half, multi-year, monthly, recent');
    expect(byPath['$.items[4].id']).toBe('duplicate item id O1 (first at $.items[0])');
    expect(byPath['$.items[5].freshness.due']).toContain('MM-DD');
    expect(byPath['$.items[6].freshness.due']).toContain('MM-DD');
  });

  it('reports a duplicate id once when everything else is valid', () => {
    const r = parseChecklist(list([goodItem('O1'), goodItem('O1')]), 'my.json', builtInConcepts);
    expect(r).toEqual({ ok: false, errors: [{ path: '$.items[1].id', message: 'duplicate item id O1 (first at $.items[0])' }] });
  });

  it('rejects unknown fields (typos) and a monthly window that runs backwards', () => {
    const r = parseChecklist(list([goodItem('O1', { freshnes: {} }), goodItem('O2', { freshness: { kind: 'monthly', fromMonth: 6, toMonth: 1 } })]), 'x.json', builtInConcepts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual(['$.items[0]', '$.items[1].freshness.toMonth']);
    expect(r.errors[0]?.message).toContain('freshnes');
  });

  it('accepts required parts of the item\'s own concepts, and names a part concept that is not one', () => {
    const parts = { concepts: ['structure', 'authority'], parts: [['structure'], ['authority']] };
    expect(parseChecklist(list([goodItem('O1', parts)]), 'p.json', builtInConcepts).ok).toBe(true);
    const r = parseChecklist(list([goodItem('O1', { ...parts, parts: [['structure'], ['news']] })]), 'p.json', builtInConcepts);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual(['$.items[0].parts[1][0]']);
    expect(r.errors[0]?.message).toContain('news');
  });

  it('reports a non-object input at the root', () => {
    const r = parseChecklist('nope', 'x.json', builtInConcepts);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.path).toBe('$');
  });
});

describe('formatChecklistErrors', () => {
  it('writes one line per problem naming the file and the path', () => {
    const text = formatChecklistErrors('my.json', [
      { path: '$.items[3].freshness.kind', message: 'expected one of in-force, …' },
      { path: '$.items[4].id', message: 'duplicate item id O1' },
    ]);
    expect(text.split('\n')).toEqual([
      'checklist my.json: $.items[3].freshness.kind: expected one of in-force, …',
      'checklist my.json: $.items[4].id: duplicate item id O1',
    ]);
  });
});

describe('toJsonPath', () => {
  it('quotes keys that are not identifiers', () => {
    expect(toJsonPath(['items', 0, 'freshness', 'kind'])).toBe('$.items[0].freshness.kind');
    expect(toJsonPath(['a-b', 2])).toBe('$["a-b"][2]');
    expect(toJsonPath([])).toBe('$');
  });
});

describe('parseConceptFile', () => {
  it('rejects duplicate concept ids and empty term lists', () => {
    const r = parseConceptFile({ concepts: [{ id: 'a', name: 'A', terms: ['x'] }, { id: 'a', name: 'A2', terms: [] }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path).sort()).toEqual(['$.concepts[1].id', '$.concepts[1].terms']);
    const dup = parseConceptFile({ concepts: [{ id: 'a', name: 'A', terms: ['x'] }, { id: 'a', name: 'A2', terms: ['y'] }] });
    expect(dup.ok ? [] : dup.errors).toEqual([{ path: '$.concepts[1].id', message: 'duplicate concept id a' }]);
  });
  it('validates proper names: a known kind, at least one name, known concept ids', () => {
    const ok = parseConceptFile({ concepts: [{ id: 'laws', name: 'L', terms: ['กฎหมาย'] }], properNames: [{ kind: 'law', names: ['พระราชบัญญัติเทศบาล'], concepts: ['laws'] }] });
    expect(ok.ok).toBe(true);
    const bad = parseConceptFile({ concepts: [{ id: 'laws', name: 'L', terms: ['กฎหมาย'] }], properNames: [{ kind: 'person', names: [] }] });
    expect(bad.ok ? [] : bad.errors.map((e) => e.path).sort()).toEqual(['$.properNames[0].kind', '$.properNames[0].names']);
    const unknown = parseConceptFile({ concepts: [{ id: 'laws', name: 'L', terms: ['กฎหมาย'] }], properNames: [{ kind: 'law', names: ['x'], concepts: ['nope'] }] });
    expect(unknown.ok ? [] : unknown.errors).toEqual([{ path: '$.properNames[0].concepts[0]', message: 'unknown concept "nope"' }]);
  });
  it("siblingHostHints: none by default; words or '*', never an empty string", () => {
    const none = parseConceptFile({ concepts: [{ id: 'e-service', name: 'E', terms: ['E-Service'] }] });
    expect(none.ok ? none.value.concepts[0]?.siblingHostHints : null).toEqual([]);
    const any = parseConceptFile({ concepts: [{ id: 'e-service', name: 'E', terms: ['E-Service'], siblingHostHints: ['*'] }] });
    expect(any.ok ? any.value.concepts[0]?.siblingHostHints : null).toEqual(['*']);
    const bad = parseConceptFile({ concepts: [{ id: 'e-service', name: 'E', terms: ['E-Service'], siblingHostHints: [''] }] });
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['$.concepts[0].siblingHostHints[0]']);
  });
});

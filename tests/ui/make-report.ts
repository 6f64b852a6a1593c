import type { Evidence, ItemVerdict, Report, Status } from '../../lib/report/report-schema.ts';

export function makeEvidence(over: Partial<Evidence> = {}): Evidence {
  return {
    url: 'https://www.example.go.th/files/plan.pdf',
    label: 'แผนปฏิบัติการป้องกันการทุจริต ประจำปี 2569',
    labelSource: 'text',
    foundOn: 'https://www.example.go.th/ita',
    matchedBy: 'synonym',
    term: 'แผนป้องกันการทุจริต',
    kind: 'document',
    dates: [],
    ...over,
  };
}

export function makeItem(id: string, status: Status, over: Partial<ItemVerdict> = {}): ItemVerdict {
  return {
    id,
    title: `รายการ ${id}`,
    titleEn: `item ${id}`,
    subIndicator: '9.1 ข้อมูลพื้นฐาน',
    owner: 'สำนักปลัด',
    confidence: 'confirmed',
    status,
    reason: `เหตุผล ${id}`,
    reasonEn: `reason ${id}`,
    evidence: status === 'missing' ? [] : [makeEvidence()],
    attention: [],
    couldChange: false,
    ...over,
  };
}

export function makeReport(items: ItemVerdict[], over: Partial<Report> = {}): Report {
  const summary: Record<Status, number> = { pass: 0, missing: 0, outdated: 0, incomplete: 0, review: 0 };
  for (const i of items) summary[i.status] += 1;
  return {
    schemaVersion: 1,
    tool: { name: 'oit-audit', version: '0.1.0' },
    site: 'https://www.example.go.th',
    startUrl: 'https://www.example.go.th/',
    checklist: { id: 'ita-2569', title: 'ITA 2569', year: 2569 },
    asOf: '2026-05-20',
    fiscalYear: 2569,
    generatedAt: '2026-05-20T03:04:05.000Z',
    crawl: { pagesFetched: 12, documentsChecked: 3, stoppedBy: 'done', elapsedMs: 65_000, failures: [] },
    summary,
    items,
    ...over,
  };
}

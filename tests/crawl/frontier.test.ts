import { describe, expect, it } from 'vitest';
import { Frontier, type FrontierEntry, frontierEntry } from '../../lib/crawl/frontier.ts';
import { createPrioritiser } from '../../lib/crawl/priority.ts';

const prioritise = createPrioritiser(['สรุปผลการจัดซื้อจัดจ้าง', 'แผนการจัดซื้อจัดจ้าง']);
let n = 0;
function entry(label: string, depth: number, path = `/p${n++}`, kind: FrontierEntry['kind'] = 'page'): Omit<FrontierEntry, 'seq'> {
  const url = new URL(path, 'http://x.go.th');
  return { url: url.href, key: url.href, kind, depth, label, tier: prioritise(label, url), year: 0, parent: null };
}

describe('priority', () => {
  it('puts site maps and ITA/OIT pages first, checklist terms second, the rest last', () => {
    expect(prioritise('ผังเว็บไซต์', null)).toBe(0);
    expect(prioritise('แผนผัง เว็บไซต์', null)).toBe(0);
    expect(prioritise('Sitemap', null)).toBe(0);
    expect(prioritise('ITA 2568', null)).toBe(0);
    expect(prioritise('การประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ', null)).toBe(0);
    expect(prioritise('x', new URL('http://x.go.th/Pages/all_web'))).toBe(0);
    expect(prioritise('สรปุผล', null)).toBe(2);
    expect(prioritise('สรุปผลการจัดซื้อจัดจ้าง ประจำเดือน', null)).toBe(1);
    expect(prioritise('capital city', null)).toBe(2);
    expect(prioritise('ข่าวประชาสัมพันธ์', null)).toBe(2);
  });
});

describe('Frontier', () => {
  it('takes best-first: tier, then depth, then discovery order', () => {
    const f = new Frontier();
    f.add(entry('ข่าว', 1, '/news'));
    f.add(entry('ติดต่อเรา', 1, '/contact'));
    f.add(entry('สรุปผลการจัดซื้อจัดจ้าง', 3, '/summary'));
    f.add(entry('อื่น ๆ', 2, '/deep'));
    f.add(entry('ผังเว็บไซต์', 4, '/sitemap'));
    const order: string[] = [];
    for (let e = f.take({ page: true, document: true }); e; e = f.take({ page: true, document: true })) {
      order.push(new URL(e.url).pathname);
      f.finish(e.key);
    }
    expect(order).toEqual(['/sitemap', '/summary', '/news', '/contact', '/deep']);
  });

  it('dedupes by key, keeps the longest label and upgrades priority', () => {
    const f = new Frontier();
    expect(f.add(entry('', 2, '/a'))).toBe('added');
    expect(f.add(entry('ITA', 3, '/a'))).toBe('upgraded');
    f.add(entry('ข่าว', 1, '/b'));
    expect(f.queued).toBe(2);
    const first = f.take({ page: true, document: true });
    expect(first?.url).toBe('http://x.go.th/a');
    expect(first?.label).toBe('ITA');
    f.finish(first?.key ?? '');
    expect(f.add(entry('ITA again', 1, '/a'))).toBe('known');
  });

  it('can hold back documents, puts aborted entries back, and round-trips its state', () => {
    const f = new Frontier();
    f.add(entry('plan.pdf', 1, '/plan.pdf', 'document'));
    f.add(entry('page', 1, '/page'));
    const p = f.take({ page: true, document: false });
    expect(p?.kind).toBe('page');
    expect(f.take({ page: true, document: false })).toBeNull();
    f.putBack(p as FrontierEntry);
    const restored = new Frontier(f.state());
    expect(restored.pending().map((e) => new URL(e.url).pathname).sort()).toEqual(['/page', '/plan.pdf']);
    expect(restored.take({ page: true, document: true })).not.toBeNull();
  });
});

describe('frontierEntry', () => {
  const base = { url: 'https://x.go.th/a', key: 'x.go.th/a', kind: 'page' as const, depth: 2, label: 'ข่าว', tier: 1 as const, year: 2567, parent: 'https://x.go.th/' };

  it('copies every field, seq last, as `{ ...entry, seq }` wrote them', () => {
    expect(JSON.stringify(frontierEntry(base, 7))).toBe(JSON.stringify({ ...base, seq: 7 }));
    expect(JSON.stringify(frontierEntry({ ...base, paginated: true }, 8))).toBe(JSON.stringify({ ...base, paginated: true, seq: 8 }));
    expect(frontierEntry({ ...base, paginated: false }, 9).paginated).toBe(false);
    expect('paginated' in frontierEntry(base, 1)).toBe(false);
  });

  it('makes a new object, leaving the one it copies alone', () => {
    const e = frontierEntry(base, 1);
    const copy = frontierEntry(e, 2);
    expect(copy).not.toBe(e);
    expect(e.seq).toBe(1);
    expect(copy).toEqual({ ...base, seq: 2 });
  });
});

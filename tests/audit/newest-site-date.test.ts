import { describe, expect, it } from 'vitest';
import { newestSiteMonth } from '../../lib/audit/newest-site-date.ts';
import type { DatedMention, PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';
import { findDates } from '../../lib/thai/index.ts';

const dated = (text: string, source: DatedMention['source'] = 'body'): DatedMention[] => findDates(text).map((d) => ({ ...d, source }));
const page = (dates: DatedMention[], linkDates: DatedMention[] = []): Pick<PageSnapshot, 'dates' | 'links'> => ({
  dates,
  links: linkDates.length ? [{ href: 'a.pdf', url: 'https://x.go.th/a.pdf', kind: 'document', origin: 'a', label: 'ข่าว', labelSource: 'text', context: '', heading: '', dates: linkDates }] : [],
});
const asOf = { year: 2022, month: 5, day: 31 };

describe('newestSiteMonth', () => {
  it('is the newest month named by any page or link of the site', () => {
    expect(newestSiteMonth([page(dated('ประกาศเมื่อ 30/01/2016')), page([], dated('ข่าว 15 มีนาคม 2559', 'link-label'))], asOf)).toEqual({ year: 2016, month: 3 });
  });
  it('counts a range of several years only through its first year: a plan\'s horizon is no sign that the site lived on', () => {
    // A faculty site of 2017 linking its 'แผน 2560-2563' is not alive in 2020 (real20 ku-soc-faculty-2565 O2).
    expect(newestSiteMonth([page(dated('แผนพัฒนาท้องถิ่น พ.ศ. 2561-2565'))], asOf)).toEqual({ year: 2018, month: 12 });
    expect(newestSiteMonth([page(dated('แผนยุทธศาสตร์ 2560-2563'))], asOf)).toEqual({ year: 2017, month: 12 });
  });
  it('takes the end of a short range, but never past the as-of month', () => {
    expect(newestSiteMonth([page(dated('ระหว่างวันที่ 1 – 15 มีนาคม 2565'))], asOf)).toEqual({ year: 2022, month: 3 });
    expect(newestSiteMonth([page(dated('ตุลาคม 2564 – มิถุนายน 2565'))], asOf)).toEqual({ year: 2022, month: 5 });
  });
  it('ignores the server Last-Modified header and dates after the as-of month', () => {
    expect(newestSiteMonth([page([...dated('2016-01-30'), ...dated('2022-05-30', 'last-modified'), ...dated('มกราคม 2570')])], asOf)).toEqual({ year: 2016, month: 1 });
  });
  it('does not run a period open to the present ("2556 – ปัจจุบัน") to today: an abandoned site keeps saying ปัจจุบัน', () => {
    // A roll of heads 'นพ.… 26 กรกฎาคม พ.ศ.2556 - ปัจจุบัน' on a site left in 2013 is no sign of life (tried for real44
    // aranyaprathet O2 and reverted: it would pass the people list of every abandoned site that keeps such a roll).
    expect(newestSiteMonth([page(dated('26 กรกฎาคม พ.ศ.2556 - ปัจจุบัน'))], asOf)).toEqual({ year: 2013, month: 7 });
  });
  it('is null when the site names no date', () => {
    expect(newestSiteMonth([page([])], asOf)).toBeNull();
  });
});

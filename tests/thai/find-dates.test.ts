import { describe, expect, it } from 'vitest';
import { DateMention } from '../../lib/thai/date-mention.ts';
import { findDates } from '../../lib/thai/index.ts';
import { budgetNamesYear } from '../../lib/thai/find-dates.ts';

/** What a test expects of one mention (offsets are checked separately). */
interface Expect {
  raw?: string;
  year: number;
  month?: number;
  day?: number;
  precision: DateMention['precision'];
  era: DateMention['era'];
  until?: { year: number; month?: number; day?: number };
}

const day = (year: number, month: number, d: number, era: 'BE' | 'CE' = 'BE'): Expect => ({ year, month, day: d, precision: 'day', era });
const dayRange = (from: [number, number, number], to: [number, number, number]): Expect => ({
  year: from[0],
  month: from[1],
  day: from[2],
  precision: 'day',
  era: 'BE',
  until: { year: to[0], month: to[1], day: to[2] },
});
const month = (year: number, m: number, era: 'BE' | 'CE' = 'BE'): Expect => ({ year, month: m, precision: 'month', era });
const monthRange = (from: [number, number], to: [number, number]): Expect => ({
  year: from[0],
  month: from[1],
  precision: 'month',
  era: 'BE',
  until: { year: to[0], month: to[1] },
});
const quarter = (from: [number, number], to: [number, number]): Expect => ({
  year: from[0],
  month: from[1],
  precision: 'quarter',
  era: 'BE',
  until: { year: to[0], month: to[1] },
});
const half = (from: [number, number], to: [number, number]): Expect => ({
  year: from[0],
  month: from[1],
  precision: 'half-year',
  era: 'BE',
  until: { year: to[0], month: to[1] },
});
const fy = (endYearCE: number, untilCE?: number): Expect => ({
  year: endYearCE,
  precision: 'fiscal-year',
  era: 'BE',
  ...(untilCE === undefined ? {} : { until: { year: untilCE } }),
});
const year = (y: number, era: 'BE' | 'CE' = 'BE', untilCE?: number): Expect => ({
  year: y,
  precision: 'year',
  era,
  ...(untilCE === undefined ? {} : { until: { year: untilCE } }),
});
const withRaw = (e: Expect, raw: string): Expect => ({ ...e, raw });

/** [input, expected mention] — the input must yield exactly this one mention. */
const HITS: [string, Expect][] = [
  // --- day precision: formats from ita-oit.md §10 and real-sites.md §1 item 5 / §3
  ['11 ธ.ค. 2567', withRaw(day(2024, 12, 11), '11 ธ.ค. 2567')],
  ['05 ม.ค. 2567', day(2024, 1, 5)],
  ['22 พฤษภาคม 2568', day(2025, 5, 22)],
  ['10 ม.ค. 67', day(2024, 1, 10)],
  ['17 ก.ค. 55', day(2012, 7, 17)],
  ['21 พ.ย. 2567 ประกาศผู้ชนะการเสนอราคา', withRaw(day(2024, 11, 21), '21 พ.ย. 2567')],
  ['ดูทั้งหมด 4 ธ.ค. 2567 จ้างซ่อมแซมถนนเพื่อการเกษตร', withRaw(day(2024, 12, 4), '4 ธ.ค. 2567')],
  ['27/02/2563', day(2020, 2, 27)],
  ['31/03/2566', day(2023, 3, 31)],
  ['31 มี.ค. 66', day(2023, 3, 31)],
  ['วันจันทร์ที่ 18 มีนาคม 2567 เวลา 09.30 น.', withRaw(day(2024, 3, 18), 'วันจันทร์ที่ 18 มีนาคม 2567')],
  ['อาทิตย์ ที่ 26 เดือน กันยายน พ.ศ.2564', withRaw(day(2021, 9, 26), 'อาทิตย์ ที่ 26 เดือน กันยายน พ.ศ.2564')],
  ['วันศุกร์ที่ 1 พฤศจิกายน 2567', day(2024, 11, 1)],
  ['พุธ 6 ธ.ค. 2566', day(2023, 12, 6)],
  ['15-01-2025', day(2025, 1, 15, 'CE')],
  ['2025-10-03', day(2025, 10, 3, 'CE')],
  ['"date":"2025-10-03T08:00:00"', withRaw(day(2025, 10, 3, 'CE'), '2025-10-03T08:00:00')],
  ['2024-02-29T23:59:59+07:00', day(2024, 2, 29, 'CE')],
  ['2567/10/03', day(2024, 10, 3)],
  ['31.03.2566', day(2023, 3, 31)],
  ['31/03/66', day(2023, 3, 31)],
  ['๒๒ พฤษภาคม ๒๕๖๘', withRaw(day(2025, 5, 22), '๒๒ พฤษภาคม ๒๕๖๘')],
  ['๓๑ มี.ค. ๒๕๖๖', day(2023, 3, 31)],
  ['วันที่ ๕ พฤศจิกายน พ.ศ. ๒๕๖๗', withRaw(day(2024, 11, 5), '๕ พฤศจิกายน พ.ศ. ๒๕๖๗')],
  ['ภายในวันที่30สิงหาคม 2567', withRaw(day(2024, 8, 30), '30สิงหาคม 2567')],
  ['อย่างช้าภายในวันที่ 28 มีนาคม 2567 16.2.2.3', withRaw(day(2024, 3, 28), '28 มีนาคม 2567')],
  ['15 มีนาคม 2567 นำ link วางในระบบ MITAS', day(2024, 3, 15)],
  ['18มีนาคม2567', day(2024, 3, 18)],
  ['29 ก.พ. 2567', day(2024, 2, 29)],
  ['1 ม.ค 2568', day(2025, 1, 1)],
  ['1 มค 2568', day(2025, 1, 1)],
  ['1 มกรา 2568', day(2025, 1, 1)],
  ['5 กุมภาพันธุ์ 2568', day(2025, 2, 5)],
  ['5 กรกฏาคม 2567', day(2024, 7, 5)],
  ['5 มิถุมนายน 2567', day(2024, 6, 5)],
  ['5 มินุนายน 2567', day(2024, 6, 5)],
  ['20 พฤษจิกายน 2566', day(2023, 11, 20)],
  ['1 ตุ.ค. 2566', day(2023, 10, 1)],
  ['9 ก.ย. พ.ศ. 2567', day(2024, 9, 9)],
  ['3 October 2025', day(2025, 10, 3, 'CE')],
  ['October 3, 2025', day(2025, 10, 3, 'CE')],
  // a WordPress theme's "M, j, Y" under a post title, lower-cased by a crawler
  ['sep, 28, 2016', day(2016, 9, 28, 'CE')],
  ['3 Oct 2025', day(2025, 10, 3, 'CE')],
  ['12 ต.ค. ค.ศ. 2024', day(2024, 10, 12, 'CE')],
  // --- day ranges
  ['๒ - ๕ พ.ค. ๕๕', withRaw(dayRange([2012, 5, 2], [2012, 5, 5]), '๒ - ๕ พ.ค. ๕๕')],
  ['1-15 ม.ค. 2568', dayRange([2025, 1, 1], [2025, 1, 15])],
  ['1 ตุลาคม 2566-31 มีนาคม 2567', dayRange([2023, 10, 1], [2024, 3, 31])],
  ['(1 เมษายน 2567-30 กันยายน 2567)', withRaw(dayRange([2024, 4, 1], [2024, 9, 30]), '1 เมษายน 2567-30 กันยายน 2567')],
  ['1 ต.ค. - 31 ธ.ค. 2567', dayRange([2024, 10, 1], [2024, 12, 31])],
  ['1 ธ.ค. 2567 - 15 ม.ค. 2568', dayRange([2024, 12, 1], [2025, 1, 15])],
  ['1 ธ.ค. - 15 ม.ค. 2568', dayRange([2024, 12, 1], [2025, 1, 15])],
  ['1 ตุลาคม 2566 ถึง 31 มีนาคม 2567', dayRange([2023, 10, 1], [2024, 3, 31])],
  // --- month precision
  ['ประจำเดือนตุลาคม 2565', withRaw(month(2022, 10), 'เดือนตุลาคม 2565')],
  ['ประจำเดือน ตุลาคม 2565', month(2022, 10)],
  ['เดือน ธันวาคม2567', withRaw(month(2024, 12), 'เดือน ธันวาคม2567')],
  ['12.สขร.เดือน ธันวาคม2567', withRaw(month(2024, 12), 'เดือน ธันวาคม2567')],
  ['ตุลาคม 68', month(2025, 10)],
  ['เดือน ตุลาคม 2566', month(2023, 10)],
  ['เดือน  พฤศจิกายน  2566', month(2023, 11)],
  ['งวด 1- รายงานงบทดลองประจำเดือน ตุลาคม 68', withRaw(month(2025, 10), 'เดือน ตุลาคม 68')],
  ['สรุปผลการจัดซื้อจัดจ้าง ต.ค. 2567', month(2024, 10)],
  ['ต.ค 2567', month(2024, 10)],
  ['ตุลา 67', month(2024, 10)],
  ['เดือนมกรา 2568', month(2025, 1)],
  ['January 2025', month(2025, 1, 'CE')],
  ['ธ.ค. พ.ศ. 2567', month(2024, 12)],
  ...(
    [
      ['มกราคม', 1],
      ['กุมภาพันธ์', 2],
      ['มีนาคม', 3],
      ['เมษายน', 4],
      ['พฤษภาคม', 5],
      ['มิถุนายน', 6],
      ['กรกฎาคม', 7],
      ['สิงหาคม', 8],
      ['กันยายน', 9],
      ['ตุลาคม', 10],
      ['พฤศจิกายน', 11],
      ['ธันวาคม', 12],
    ] as const
  ).map(([name, m]): [string, Expect] => [`${name} 2567`, month(2024, m)]),
  ...(['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'] as const).map(
    (abbr, i): [string, Expect] => [`${abbr} 67`, month(2024, i + 1)],
  ),
  ...(['มค', 'กพ', 'มีค', 'เมย', 'พค', 'มิย', 'กค', 'สค', 'กย', 'ตค', 'พย', 'ธค'] as const).map((abbr, i): [string, Expect] => [
    `${abbr} 2568`,
    month(2025, i + 1),
  ]),
  ...(['มี.ค', 'เม.ย', 'ก.ค'] as const).map((abbr): [string, Expect] => [`${abbr} 2568`, month(2025, abbr === 'มี.ค' ? 3 : abbr === 'เม.ย' ? 4 : 7)]),
  ...(
    ['มกรา', 'กุมภา', 'มีนา', 'เมษา', 'พฤษภา', 'มิถุนา', 'กรกฎา', 'สิงหา', 'กันยา', 'ตุลา', 'พฤศจิกา', 'ธันวา'] as const
  ).map((spoken, i): [string, Expect] => [`${spoken} 2568`, month(2025, i + 1)]),
  ['กรกฏาคม 2567', month(2024, 7)],
  ['มิถุมนายน 2567', month(2024, 6)],
  ['มินุนายน 2567', month(2024, 6)],
  ['กุมภาพันธุ์ 2567', month(2024, 2)],
  ['พฤษจิกายน 2567', month(2024, 11)],
  ['ตุ.ค. 66', month(2023, 10)],
  // --- month ranges
  ['ตุลาคม 2565 - มีนาคม 2566', withRaw(monthRange([2022, 10], [2023, 3]), 'ตุลาคม 2565 - มีนาคม 2566')],
  ['ต.ค.-ธ.ค. 67', monthRange([2024, 10], [2024, 12])],
  ['เดือนตุลาคม-ธันวาคม 2559', withRaw(monthRange([2016, 10], [2016, 12]), 'เดือนตุลาคม-ธันวาคม 2559')],
  ['(ตุลาคม 2566 – มีนาคม 2567)', monthRange([2023, 10], [2024, 3])],
  ['ต.ค. 66 - มี.ค. 67', monthRange([2023, 10], [2024, 3])],
  ['ตุลาคม-มีนาคม 2567', monthRange([2023, 10], [2024, 3])],
  ['เดือนมกราคม 2567-เดือนมีนาคม 2567', monthRange([2024, 1], [2024, 3])],
  // --- quarters (fiscal: Q1 = Oct–Dec of the previous calendar year)
  ['ไตรมาสที่ 1/2568', withRaw(quarter([2024, 10], [2024, 12]), 'ไตรมาสที่ 1/2568')],
  ['ไตรมาส 2 ปีงบประมาณ 2568', quarter([2025, 1], [2025, 3])],
  ['ไตรมาสที่ 3/2568', quarter([2025, 4], [2025, 6])],
  ['ไตรมาสที่ 4 ปีงบประมาณ พ.ศ. 2567', quarter([2024, 7], [2024, 9])],
  ['ไตรมาส 1/68', quarter([2024, 10], [2024, 12])],
  ['ไตรมาสที่ ๒/๒๕๖๘', quarter([2025, 1], [2025, 3])],
  ['ปีงบประมาณ 2568 ไตรมาสที่ 1', quarter([2024, 10], [2024, 12])],
  [
    'ไตรมาสที่ 1 เดือนตุลาคม 2566-เดือนธันวาคม 2566',
    withRaw(quarter([2023, 10], [2023, 12]), 'ไตรมาสที่ 1 เดือนตุลาคม 2566-เดือนธันวาคม 2566'),
  ],
  ['(แบบ สขร. 1) ไตรมาสที่ 2 เดือนมกราคม 2567-เดือนมีนาคม 2567', quarter([2024, 1], [2024, 3])],
  // the real kosamphi page has the typo "...2566-เดือนธันวาคม 2567": the end year is repaired to a 3-month quarter
  ['ไตรมาสที่ 1 เดือนตุลาคม 2566-เดือนธันวาคม 2567', quarter([2023, 10], [2023, 12])],
  ['ไตรมาส 1 (ต.ค.-ธ.ค. 67)', quarter([2024, 10], [2024, 12])],
  // --- six-month and twelve-month rounds
  ['รอบ 6 เดือน ปีงบประมาณ 2568', withRaw(half([2024, 10], [2025, 3]), 'รอบ 6 เดือน ปีงบประมาณ 2568')],
  ['ในรอบ 6 เดือนแรกของปีงบประมาณ 2568', half([2024, 10], [2025, 3])],
  ['รอบ 6 เดือนแรก ปีงบประมาณ 2569', half([2025, 10], [2026, 3])],
  ['6 เดือนหลัง ปีงบประมาณ 2567', half([2024, 4], [2024, 9])],
  ['ประจำปีงบประมาณ พ.ศ. 2567 (รอบ 6 เดือน)', withRaw(half([2023, 10], [2024, 3]), 'ประจำปีงบประมาณ พ.ศ. 2567 (รอบ 6 เดือน)')],
  ['รอบ 12 เดือน ปีงบประมาณ 2567', fy(2024)],
  ['ประจำปีงบประมาณ พ.ศ. 2567รอบ 12เดือน', fy(2024)],
  // --- fiscal years: year = CE year in which the fiscal year ends
  ['ปีงบประมาณ พ.ศ. 2566', withRaw(fy(2023), 'ปีงบประมาณ พ.ศ. 2566')],
  ['ประจำปีงบประมาณ 2567', withRaw(fy(2024), 'ประจำปีงบประมาณ 2567')],
  ['ปีงบ 69', fy(2026)],
  ['ปีงบ 2569', fy(2026)],
  ['ปีงบประมาณ ๒๕๖๘', fy(2025)],
  ['งบประมาณ พ.ศ. 2568', fy(2025)],
  ['จัดซื้อจัดจ้างและการจัดหาพัสดุประจำปีงบประมาณ พ.ศ.2563', fy(2020)],
  ['ITA ปีงบฯ 2564', withRaw(fy(2021), 'ปีงบฯ 2564')],
  ['ในปีงบประมาณพ.ศ. 2566-2567 ตามประกาศ', withRaw(fy(2023, 2024), 'ปีงบประมาณพ.ศ. 2566-2567')],
  ['ประจำปีงบประมาณ พ.ศ. ๒๕๖๖', fy(2023)],
  ['ปีงบประมาณ พ.ศ.. 2568', fy(2025)],
  // --- plain years
  ['พ.ศ. 2567', withRaw(year(2024), 'พ.ศ. 2567')],
  ['พ.ศ.2568', year(2025)],
  ['พ.ศ.. 2566', year(2023)],
  ['พ.ศ 2566', year(2023)],
  ['ประจำปี 2567', withRaw(year(2024), 'ประจำปี 2567')],
  ['ภาษีป้าย ประจำปี พ.ศ.2568', withRaw(year(2025), 'พ.ศ.2568')],
  ['ปี 2568', year(2025)],
  // short-keyword-year: two digits after ปี / ประจำปี are a Buddhist-era year
  ['แผนปฎิบัติการป้องกันปราบปรามทุจริตปี55', withRaw(year(2012), 'ปี55')],
  ['รายงานผลการดำเนินงาน ประจำปี 64', withRaw(year(2021), 'ประจำปี 64')],
  ['ปีการศึกษา 2568', year(2025)],
  ['ปีการศึกษา ๒๕๖๘', year(2025)],
  ['แผนพัฒนาท้องถิ่น2567.pdf', withRaw(year(2024), '2567')],
  ['ITA 2567', withRaw(year(2024), '2567')],
  ['ITA 66', withRaw(year(2023), '66')],
  ['oit66', year(2023)],
  ['ita-67', year(2024)],
  ['ita2568', year(2025)],
  ['แผนพัฒนาท้องถิ่น 2566-2570', withRaw(year(2023, 'BE', 2027), '2566-2570')],
  ['พ.ศ. 2566 – 2570', withRaw(year(2023, 'BE', 2027), 'พ.ศ. 2566 – 2570')],
  ['กำแพงเพชร ระยะ 20 ปี (พ.ศ. 2561-2580)', withRaw(year(2018, 'BE', 2037), 'พ.ศ. 2561-2580')],
  // An end typed with a wrong first digit (๓ for ๒) is read in the start's millennium.
  ['แผนอัตรากำลัง ๓ ปี ๒๕๖๑ - ๓๕๖๓', withRaw(year(2018, 'BE', 2020), '๒๕๖๑ - ๓๕๖๓')],
  ['ค.ศ. 2024', year(2024, 'CE')],
  ['พระราชบัญญัติมาตรฐานทางจริยธรรม พ.ศ. 2562', year(2019)],
];

/** Inputs that must yield no mention at all. */
const MISSES: string[] = [
  '2561 - 3590',
  '2565 - 1560',
  '1,250.00 บาท',
  '2,568 บาท',
  'งบประมาณ 2,568,000 บาท',
  'งบประมาณ 2568 บาท',
  'จำนวน 2567 คน',
  '0 4372 9000',
  '043-729-000',
  '02-123-4567',
  'โทรศัพท์ 0-4203-9209',
  'โทร. 054-520573',
  'ข้อ 9.3',
  'O21',
  'มาตรา 9(8)',
  '9.1.2',
  '5.1.2 มีแบบสรุปผลการดำเนินการ',
  '16.2.2.3',
  'v2.1.3',
  '09.30 น.',
  '10:45',
  'ตั้งแต่เวลา 8.30 - 16.30น.',
  'เข้าชม 708 ครั้ง',
  '2568 ครั้ง',
  '31 ก.พ. 2567',
  '29 ก.พ. 2566',
  '31 เม.ย. 2567',
  '30/02/2567',
  '13/13/2567',
  '15/13/2567',
  '00/01/2567',
  'MOIT 5',
  'MOIT 13 หน่วยงานประเมินการดำเนินการ',
  'MOIT01 - MOIT22',
  'ส.ค.ส. 2567',
  'ตุลาการ 2567',
  'หมู่ที่ 106',
  'ไตรมาสที่4',
  'ไตรมาสที่ 1',
  'รอบ 6 เดือนแรก',
  'ความละเอียดหน้าจอไม่ต่ำกว่า 1366x768pixel',
  'จังหวัดเลย 42180',
  'ขนาดผิวจราจรกว้าง ๔.๐๐ เมตร ยาว ๙๘๐.๐๐ เมตร หนา ๐.๑๕ เมตร',
  'ปีนี้ 0008839 คน',
  '4 ปี ago',
  'ด้วยวิธีซื้อ เลขที่ 1/2568',
  'ซอย 7) หมู่ที่ 4',
  'ตามตัวอย่างในหน้า 78 และหน้า 79',
  'มีนาคม',
  'เดือนมีนาคม 15 เรื่อง',
  'ระยะเวลา 1 ปี 12 เดือน',
  'ภายใน 1 ปี 30 วัน',
  'ปี 05',
];

function project(m: DateMention): Expect {
  const e: Expect = { year: m.year, precision: m.precision, era: m.era, raw: m.raw };
  if (m.month !== undefined) e.month = m.month;
  if (m.day !== undefined) e.day = m.day;
  if (m.until !== undefined) e.until = m.until;
  return e;
}

describe('findDates: hits', () => {
  it('has a large table', () => {
    expect(HITS.length + MISSES.length).toBeGreaterThanOrEqual(150);
  });
  it.each(HITS)('%s', (input, expected) => {
    const found = findDates(input);
    expect(found).toHaveLength(1);
    const [m] = found;
    if (!m) return;
    expect(DateMention.parse(m)).toEqual(m);
    expect(input.slice(m.start, m.end)).toBe(m.raw);
    const got = project(m);
    if (expected.raw === undefined) delete got.raw;
    expect(got).toEqual(expected);
  });
});

describe('findDates: non-dates', () => {
  it.each(MISSES)('%s', (input) => {
    expect(findDates(input)).toEqual([]);
  });
});

describe('findDates: several mentions and overlaps', () => {
  it('reads consecutive month links', () => {
    const found = findDates('เดือน ตุลาคม 2566 เดือน พฤศจิกายน 2566 เดือน ธันวาคม 2566');
    expect(found.map((m) => [m.year, m.month, m.precision])).toEqual([
      [2023, 10, 'month'],
      [2023, 11, 'month'],
      [2023, 12, 'month'],
    ]);
  });

  it('keeps a six-month round and its explicit day range apart', () => {
    const found = findDates('ประจำปีงบประมาณ พ.ศ. 2567 รอบ 6 เดือน (1 ตุลาคม 2566-31 มีนาคม 2567) หน่วยงานต้องนำ link วาง');
    expect(found.map((m) => m.precision)).toEqual(['half-year', 'day']);
    expect(found[1]?.until).toEqual({ year: 2024, month: 3, day: 31 });
  });

  it('does not report a fiscal year again as a plain year', () => {
    const found = findDates('ของปีงบประมาณ พ.ศ. 2566 และปีงบประมาณ พ.ศ. 2567');
    expect(found.map((m) => [m.precision, m.year])).toEqual([
      ['fiscal-year', 2023],
      ['fiscal-year', 2024],
    ]);
  });

  it('never reports overlapping spans', () => {
    const text =
      'ITA 2567 05 | MOIT 5 ประจำปีงบประมาณ พ.ศ. 2567 ไตรมาสที่ 1 เดือนตุลาคม 2566-เดือนธันวาคม 2566 เดือน ตุลาคม 2566 11 ธ.ค. 2567 ประกาศ';
    const found = findDates(text);
    for (let i = 1; i < found.length; i++) expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
    expect(found.map((m) => m.precision)).toEqual(['year', 'fiscal-year', 'quarter', 'month', 'day']);
  });

  it('reads a listing line with a date prefix and Thai digits in the title', () => {
    const found = findDates('11 ธ.ค. 2567 ประกาศผู้ชนะการเสนอราคา (สายบ้านนายางเหนือ ซอย๗) หมู่ที่ 4 บ้านนายางเหนือ');
    expect(found.map(project)).toEqual([withRaw(day(2024, 12, 11), '11 ธ.ค. 2567')]);
  });
});

describe('findDates: offsets refer to the original text', () => {
  it('with Thai digits (same length)', () => {
    const text = 'ประกาศ ณ วันที่ ๑๑ ธ.ค. ๒๕๖๗ เป็นต้นไป';
    const [m] = findDates(text);
    expect(m?.start).toBe(text.indexOf('๑๑'));
    expect(m?.raw).toBe('๑๑ ธ.ค. ๒๕๖๗');
  });

  it('with decomposed SARA AM before the date', () => {
    const text = 'ก\u0E4D\u0E32หนดส่ง 31 มี.ค. 2566';
    const [m] = findDates(text);
    expect(m?.start).toBe(text.indexOf('31'));
    expect(m?.end).toBe(text.length);
    expect(m?.raw).toBe('31 มี.ค. 2566');
  });

  it('with zero-width characters inside the date', () => {
    const text = 'x 31\u200B มี.ค.\u200B 2566 y';
    const [m] = findDates(text);
    expect(m?.raw).toBe('31\u200B มี.ค.\u200B 2566');
    expect(m?.start).toBe(2);
    expect(m).toMatchObject({ year: 2023, month: 3, day: 31 });
  });

  it('with a decomposed SARA AM inside a fiscal label', () => {
    const text = 'ป\u0E35งบประมาณ พ.ศ. 2568 และ ก\u0E4D\u0E32หนด ปีงบประมาณ 2569';
    const found = findDates(text);
    expect(found.map((m) => [m.year, m.raw])).toEqual([
      [2025, 'ปีงบประมาณ พ.ศ. 2568'],
      [2026, 'ปีงบประมาณ 2569'],
    ]);
    expect(text.slice(found[1]?.start, found[1]?.end)).toBe('ปีงบประมาณ 2569');
  });
});

describe('readRangeEndTypo', () => {
  it('reads an end with a wrong first digit in the start\'s millennium, only for a span of 1–20 years', async () => {
    const { readRangeEndTypo } = await import('../../lib/thai/find-dates.ts');
    expect(readRangeEndTypo('2561', '3563')).toBe('2563');
    expect(readRangeEndTypo('2561', '3590')).toBeNull();
    expect(readRangeEndTypo('2565', '1560')).toBeNull();
    expect(readRangeEndTypo('2561', '2563')).toBeNull();
  });
});

describe('rule budget-year (budgetNamesYear)', () => {
  it('bare "งบประมาณ" names a fiscal year with an era marker or four BE digits, not an amount', () => {
    expect(budgetNamesYear('พ.ศ.', '2568', 'ใน')).toBe(true);
    expect(budgetNamesYear(undefined, '2568', 'ใน')).toBe(true);
    expect(budgetNamesYear(undefined, '68', 'ใน')).toBe(false);
    expect(budgetNamesYear(undefined, '2025', '')).toBe(false);
    expect(budgetNamesYear(undefined, '2568', 'วงเงิน')).toBe(false);
  });
  it('reads "ในงบประมาณ 2568" as fiscal year 2568 and leaves "วงเงินงบประมาณ 2568" alone', () => {
    expect(findDates('ข่าวประชาสัมพันธ์ในงบประมาณ 2568').map((d) => [d.precision, d.year])).toEqual([['fiscal-year', 2025]]);
    expect(findDates('วงเงินงบประมาณ 2568')).toEqual([]);
  });
});

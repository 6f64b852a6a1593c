import { describe, expect, it } from 'vitest';
import { datesFromUrl, findDates, pathDates, periodDates, urlDateText, type DateMention } from '../../lib/thai/index.ts';

/** Rules added after the dates-real measurement (tests/fixtures/dates-real), each on literal inputs. */
function brief(ms: readonly DateMention[]): string[] {
  return ms.map((m) => `${m.precision} ${m.year}-${m.month ?? ''}-${m.day ?? ''}${m.until ? `..${m.until.year}-${m.until.month ?? ''}-${m.until.day ?? ''}` : ''}`);
}

describe('unit-is-a-word: a counting unit that begins a longer word does not make a year a quantity', () => {
  it('reads the year before รายละเอียด, รายงาน, ตัวชี้วัด, ครั้งที่, เครื่องมือ', () => {
    expect(brief(findDates('ประจำปี 2567 รายละเอียด : กิจกรรม'))).toEqual(['year 2024--']);
    expect(brief(findDates('ปีงบประมาณ 2568 รายงานผลการดำเนินงาน'))).toEqual(['fiscal-year 2025--']);
    expect(brief(findDates('ปีงบประมาณ 2568 ตัวชี้วัดที่ 1'))).toEqual(['fiscal-year 2025--']);
    expect(brief(findDates('สมัยสามัญ ประจำปี 2567 ครั้งที่ 1'))).toEqual(['year 2024--']);
    expect(brief(findDates('ประจำปี 2566 เครื่องมือการประเมิน'))).toEqual(['year 2023--']);
  });
  it('still reads a number before a unit as a quantity', () => {
    for (const t of ['จำนวน 2567 คน', 'ประจำปี 2565 ราย', '2568 ครั้ง', 'ปี 2560 บาท', 'ประจำปี 2566 ตัว', 'ปี 2561 เครื่อง']) expect(findDates(t)).toEqual([]);
  });
});

describe('slashed-day-month-year: day, month word and year between slashes', () => {
  it('reads a news stamp with spaced or tight slashes', () => {
    expect(brief(findDates('วันที่ 07 / ต.ค. / 2565'))).toEqual(['day 2022-10-7']);
    expect(brief(findDates('5/มิ.ย./2567'))).toEqual(['day 2024-6-5']);
    expect(brief(findDates('วันที่ 20 / เมษายน / 2567'))).toEqual(['day 2024-4-20']);
  });
  it('needs both slashes and a real day', () => {
    expect(brief(findDates('ที่ 7/ ต.ค. 2565'))).toEqual(['month 2022-10-']);
    expect(brief(findDates('31 / ก.พ. / 2567'))).toEqual([]);
  });
});

describe('month table: "ม.ย." (the ิ of มิ.ย. dropped) is June', () => {
  it('reads it dotted and glued to a two-digit year', () => {
    expect(brief(findDates('ประกาศกระทรวงมหาดไทย 8 ม.ย.63'))).toEqual(['day 2020-6-8']);
    expect(brief(findDates('ม.ย. 2567'))).toEqual(['month 2024-6-']);
  });
  it('does not read its undotted form inside a Thai word', () => {
    expect(findDates('มยุรา 2567 คน')).toEqual([]);
  });
});

describe('numericYmd: a day followed by a decimal part is a section number', () => {
  it('does not read "2023/12/4.2" as 4 December', () => {
    expect(brief(findDates('/wp-content/uploads/2023/12/4.2 ประกาศรับสมัคร'))).toEqual([]);
    expect(brief(findDates('2023/12/04 เวลา 10.30 น.'))).toEqual(['day 2023-12-4']);
    expect(brief(findDates('2025-10-03T08:00:00'))).toEqual(['day 2025-10-3']);
  });
});

describe('timestamp-alias: a Joomla alias made of the creation time', () => {
  it('reads it alone, after an id and a dash, or after "id:"', () => {
    expect(brief(findDates('/index.php/2018-03-11-15-36-44/69-2020-05-08-06-32-35'))).toEqual(['day 2018-3-11', 'day 2020-5-8']);
    expect(brief(findDates('id=106:2018-10-26-04-32-37&catid=40:2016-02-02-14-09-09'))).toEqual(['day 2018-10-26', 'day 2016-2-2']);
    expect(brief(findDates('power-pland/40-2015-06-16-02-22-30.html'))).toEqual(['day 2015-6-16']);
  });
  it('needs a valid time and date after the year', () => {
    expect(findDates('2018-13-26-04-32-37')).toEqual([]);
    expect(brief(findDates('12-2018-10-26-25-32-37'))).toEqual([]);
  });
});

describe('glued-code-is-not-a-day: a number glued to a code (Latin letters, bare Thai consonants) is not a day', () => {
  it('reads the month of "สขร1 มีนาคม 2569", "มท1 ม.ค. 2567" and "O11 ม.ค. 2568"', () => {
    expect(brief(findDates('มท1 ม.ค. 2567'))).toEqual(['month 2024-1-']);
    expect(brief(findDates('สขร1 มีนาคม 2569'))).toEqual(['month 2026-3-']);
    expect(brief(findDates('O11 ม.ค. 2568'))).toEqual(['month 2025-1-']);
  });
  it('still reads a day glued to a word with vowels, or to ณ', () => {
    expect(brief(findDates('ข้อปฏิบัติรปค.26ปรับ15พย64'))).toEqual(['day 2021-11-15']);
    expect(brief(findDates('วันที่1 มีนาคม 2569'))).toEqual(['day 2026-3-1']);
    expect(brief(findDates('ลงวันที่15 ก.ค. 2567'))).toEqual(['day 2024-7-15']);
    expect(brief(findDates('วันจันทร์ที่18 มีนาคม 2567'))).toEqual(['day 2024-3-18']);
    expect(brief(findDates('ณ5 พ.ค. 2567'))).toEqual(['day 2024-5-5']);
    expect(brief(findDates('ประกาศ 1 มีนาคม 2569'))).toEqual(['day 2026-3-1']);
  });
});

describe('amendment-year: the year of an amendment of a cited law is a law year', () => {
  it('drops both the law year and the amendment year', () => {
    expect(periodDates('ตามระเบียบกระทรวงมหาดไทย ว่าด้วยการจัดทำแผนพัฒนาขององค์กรปกครองส่วนท้องถิ่น พ.ศ. 2548 และแก้ไขเพิ่มเติมถึง (ฉบับที่ 3) พ.ศ. 2561')).toEqual([]);
    expect(periodDates('พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ แก้ไขเพิ่มเติมถึง (ฉบับที่ ๗) พ.ศ. ๒๕๖๒ และระเบียบ')).toEqual([]);
  });
  it('keeps a year after an amendment clause that follows no law', () => {
    expect(brief(periodDates('แผนพัฒนาท้องถิ่น พ.ศ. 2566 แก้ไขเพิ่มเติม (ฉบับที่ 2) พ.ศ. 2567'))).toEqual(['year 2023--', 'year 2024--']);
    expect(brief(periodDates('ระเบียบ…ว่าด้วยการจัดทำแผน พ.ศ. 2548 ประจำปี พ.ศ. 2567'))).toEqual(['year 2024--']);
  });
});

describe('slug-abbreviation: a slug\'s hyphenated abbreviation gets its dots back', () => {
  it('reads "8-พ-ย-65" and "พ-ศ-๒๕๖๗" in a URL', () => {
    expect(urlDateText('https://www.a.go.th/กิจกรรม-8-พ-ย-65-เวลา-09-00-น/')).toBe('/กิจกรรม 8 พ.ย. 65 เวลา 09-00 น/');
    expect(brief(datesFromUrl('https://www.a.go.th/กิจกรรม-8-พ-ย-65-เวลา-09-00-น/'))).toEqual(['day 2022-11-8']);
    expect(brief(datesFromUrl('https://a.go.th/p/แผน-ประจำปีงบประมาณ-พ-ศ-๒๕๖๗-๓-โครงการ/'))).toEqual(['fiscal-year 2024--']);
  });
  it('leaves a hyphenated pair inside a Thai word alone', () => {
    expect(urlDateText('/ข่าวสพ-ย-1/')).toBe('/ข่าวสพ ย 1/');
  });
});

describe('upload-folder-is-not-a-year: a BE year folder followed by a month folder', () => {
  it('is not read as a fiscal-year folder by datesFromUrl, and pathDates reads its month', () => {
    const url = 'http://www.thailocaladmin.go.th/upload/document/type2/2553/12/8674_1.pdf';
    expect(datesFromUrl(url)).toEqual([]);
    expect(brief(pathDates(url))).toEqual(['month 2010-12-']);
  });
  it('still reads a lone year folder', () => {
    expect(brief(datesFromUrl('https://a.go.th/ita/2567/o12.pdf'))).toEqual(['year 2024--']);
    expect(brief(datesFromUrl('https://a.go.th/2567/13/x.pdf'))).toEqual(['year 2024--']);
  });
});

describe('year-comma-time: a comma and a clock time after a year end a date-time stamp', () => {
  it('reads "25 มิ.ย. 2565,15:50"', () => {
    expect(brief(findDates('โพสเมื่อ : 25 มิ.ย. 2565,15:50'))).toEqual(['day 2022-6-25']);
    expect(brief(findDates('29 มิ.ย. 2560,20:54 อ่าน 2478 ครั้ง'))).toEqual(['day 2017-6-29']);
  });
  it('still reads "2565,15" or "2,565" as a number', () => {
    expect(findDates('ประจำปี 2565,15 รายการ')).toEqual([]);
    expect(findDates('25 มิ.ย. 2565,150')).toEqual([]);
  });
});

describe('ellipsis-before-day: an ellipsis is not a decimal dot', () => {
  it('reads the day after "..."', () => {
    expect(brief(findDates('...๑๘ กุมภาพันธ์ ๒๕๖๘ สธ.ตรัง'))).toEqual(['day 2025-2-18']);
  });
  it('still reads a section number "2.1 มกราคม 2567" as no day', () => {
    expect(brief(findDates('ข้อ 2.1 มกราคม 2567'))).toEqual(['month 2024-1-']);
  });
});

describe('amendment-year: number lists and spelling slips in the clause', () => {
  it('drops "พ.ศ.๒๕๔๑ เเก้ไขเพิ่มเติมถึง (ฉบับที่๒,๓) พ.ศ. ๒๕๔๓" and "พ.ศ.2541และท่แก้ไขเพิ่มเติมถึงฉบับที่ 3 พ.ศ2543"', () => {
    expect(periodDates('ระเบียบกระทรวงมหาดไทยว่าด้วยวิธีการงบประมาณขององค์กรปกครองส่วนท้องถิ่น พ.ศ.๒๕๔๑ เเก้ไขเพิ่มเติมถึง (ฉบับที่๒,๓) พ.ศ. ๒๕๔๓')).toEqual([]);
    expect(periodDates('ระเบียบกระทรวงมหาดไทยว่าด้วยวิธีการงบประมาณ องค์กรปกครองส่วนท้องถิ่น พ.ศ.2541และท่แก้ไขเพิ่มเติมถึงฉบับที่ 3 พ.ศ2543')).toEqual([]);
  });
});

describe('english-ordinal-day: an English ordinal day, with or without "of"', () => {
  it('reads "12th of April 2024", "1st October 2023" and "8th-12th September 2014"', () => {
    expect(brief(findDates('on Friday the 12th of April 2024.'))).toEqual(['day 2024-4-12']);
    expect(brief(findDates('from 1st October 2023'))).toEqual(['day 2023-10-1']);
    expect(brief(findDates('from 8th-12th September 2014.'))).toEqual(['day 2014-9-8..2014-9-12']);
  });
  it('does not take a word that merely starts with "of"', () => {
    expect(brief(findDates('12 office April 2024'))).toEqual(['month 2024-4-']);
  });
});

describe('slug-is-the-file-name: pathDates reads the last segment of a permalink ending in "/"', () => {
  it('reads the year of "/คู่มือจัดทำ-งปม-รายจ่าย-2560/"', () => {
    expect(brief(pathDates('http://ppd.a.ac.th/คู่มือจัดทำ-งปม-รายจ่าย-2560/'))).toEqual(['year 2017--']);
  });
  it('still reads the upload folder when the last segment names no year, and skips an ITA round', () => {
    expect(brief(pathDates('https://a.go.th/uploads/2566/03/'))).toEqual(['month 2023-3-']);
    expect(pathDates('https://a.go.th/ita-2567/')).toEqual([]);
  });
});

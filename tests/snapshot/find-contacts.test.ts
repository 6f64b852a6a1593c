import { describe, expect, it } from 'vitest';
import { CLOAKED_EMAIL, findContacts, isMapUrl } from '../../lib/snapshot/find-contacts.ts';

describe('findContacts', () => {
  it('reads phone, e-mail, address and social links', () => {
    const c = findContacts('ที่อยู่ หมู่ที่ 3 ตำบลบ้านสวน โทรศัพท์ 0 4372 9000 อีเมล saraban@bansuan.go.th', [
      'https://www.facebook.com/bansuan',
      'https://line.me/R/ti/p/@x',
      'mailto:info@x.go.th',
    ]);
    const kinds = new Set(c.map((x) => x.kind));
    expect([...kinds].sort()).toEqual(['address', 'email', 'facebook', 'line', 'phone']);
  });
  it('reads Bangkok addresses and a district with its province and postcode as addresses', () => {
    const address = (t: string) => findContacts(t, []).find((c) => c.kind === 'address')?.value;
    // OBEC's footer: a เขต with the city and postcode; a แขวง with its เขต; a faculty's 'อ.หาดใหญ่ จ.สงขลา 90110'.
    expect(address('กระทรวงศึกษาธิการ ถนนราชดำเนินนอก เขตดุสิต กรุงเทพมหานคร 10300')).toBe('เขตดุสิต กรุงเทพมหานคร 10300');
    expect(address('47/101 ถนนติวานนท์ แขวงตลาดขวัญ เขตเมือง')).toBe('แขวงตลาดขวัญ เขตเมือง');
    expect(address('15 ถ.กาญจนวณิชย์ อ.หาดใหญ่ จ.สงขลา 90110')).toBe('อ.หาดใหญ่ จ.สงขลา 90110');
    // A place without a postcode (a header's 'อำเภอเมืองสกลนคร จังหวัดสกลนคร', a news line) is no postal address.
    expect(address('เทศบาลเมืองสกลนคร อำเภอเมืองสกลนคร จังหวัดสกลนคร')).toBeUndefined();
    expect(address('ประชุม ณ เขตดุสิต กรุงเทพมหานคร')).toBeUndefined();
  });
  it('reads an e-mail address wherever the text holds an @, and none from a text without one', () => {
    expect(findContacts('ติดต่อ Saraban@X.go.th หรือ info @ x.go.th', []).filter((c) => c.kind === 'email')).toEqual([{ kind: 'email', value: 'saraban@x.go.th' }]);
    expect(findContacts('ติดต่อ saraban at x.go.th', [])).toEqual([]);
  });
  it("reads an address whose '@' slipped into a dot when its label announces it, and no web address as one", () => {
    const emails = (t: string) => findContacts(t, []).filter((c) => c.kind === 'email').map((c) => c.value);
    expect(emails('โทรศัพท์ : 0 3951 1011 อีเมล : trat23moph.mail.go.th')).toEqual(['trat23moph.mail.go.th']);
    expect(emails('E-mail: Saraban.Tambon.go.th')).toEqual(['saraban.tambon.go.th']);
    expect(emails('เว็บไซต์ www.tambon.go.th')).toEqual([]);
    expect(emails('อีเมล : info@tambon.go.th')).toEqual(['info@tambon.go.th']);
  });
  it("reads a phone after 'หมายเลข' and in the 1 + 4 + 4 grouping; a tel: link of placeholder letters is no phone", () => {
    const phones = (t: string, links: string[] = []) => findContacts(t, links).filter((c) => c.kind === 'phone').map((c) => c.value);
    expect(phones('1. ทางโทรศัพท์ หมายเลข 0 5361 8074')).toEqual(['0 5361 8074']);
    expect(phones('ติดต่อสำนักงาน 0 5361 8074 ในเวลาราชการ')).toEqual(['0 5361 8074']);
    expect(phones('สายตรง 0-2306-8746')).toEqual(['0-2306-8746']);
    expect(phones('📞 0-5641-1639 ต่อ 11 โทรศัพท์: 056-411639')).toEqual(['0-5641-1639', '056-411639']);
    expect(phones('โทร 0-2XXX-XXXX', ['tel:0-2xxx-xxxx'])).toEqual([]);
    expect(phones('', ['tel:076-342-633'])).toEqual(['076-342-633']);
    // tel-not-a-number: a template's filler digits, or digits that form no Thai number, are no phone; hotlines and +66 are.
    expect(phones('', ['tel:9999999990', 'tel:0000000000', 'tel:12345'])).toEqual([]);
    expect(phones('', ['tel:1669'])).toEqual(['1669']);
    expect(phones('', ['tel:+66812345678'])).toEqual(['+66812345678']);
    expect(phones('', ['tel:081-234-5678'])).toEqual(['081-234-5678']);
    expect(phones('', ['tel:03723303336'])).toEqual(['03723303336']);
    // Written internationally after its label (an English page): 'tel : +66 2942 8858', '+66 (0) 2942 8858'.
    expect(phones('tel : +66 2942 8858, +66 2942 8171-2')).toEqual(['+66 2942 8858']);
    expect(phones('Tel. +66 (0) 2942 8858')).toEqual(['+66 (0) 2942 8858']);
    // An English label: 'phone: 042-725042 ต่อ 1010' (a director's card), 'Mobile 081-234-5678'.
    expect(phones('phone: 042-725042 ต่อ 1010 email: a@ku.th')).toEqual(['042-725042']);
    expect(phones('Mobile 081-234-5678')).toEqual(['081-234-5678']);
    // A year and a count are no phone.
    expect(phones('ปี 2565 จำนวน 1234 5678 คน')).toEqual([]);
  });
  it('email-cloaked: Joomla\'s notice in place of a scripted address is an e-mail the browser shows (English and Thai packs)', () => {
    const emails = (text: string) => findContacts(text, []).filter((c) => c.kind === 'email').map((c) => c.value);
    expect(emails('สอบถามได้ที่อีเมลล์ this email address is being protected from spambots. you need javascript enabled to view it.')).toEqual([CLOAKED_EMAIL]);
    expect(emails('อีเมล: อีเมลนี้จะถูกป้องกันจากสแปมบอท แต่คุณต้องเปิดการใช้งานจาวาสคริปก่อน')).toEqual([CLOAKED_EMAIL]);
    // A written address beside the notice is the address; no notice, no e-mail.
    expect(emails('saraban@abt.go.th This email address is being protected from spambots.')).toEqual(['saraban@abt.go.th']);
    expect(emails('ระบบป้องกันสแปม กรุณากรอกรหัส')).toEqual([]);
  });
  it('stays linear on long runs of letters (no catastrophic backtracking)', () => {
    const long = 'a'.repeat(200_000);
    // if this were quadratic the test would not finish within the suite's timeout
    expect(findContacts(long, [])).toEqual([]);
  });
});

describe('isMapUrl', () => {
  const map = (u: string) => isMapUrl(new URL(u));
  it('knows map hosts, short links and the maps path of general hosts', () => {
    expect(map('https://www.google.com/maps/embed?pb=!1m18!1m12')).toBe(true);
    expect(map('https://www.google.co.th/maps/place/x')).toBe(true);
    expect(map('https://maps.google.com/?q=13.7,100.5')).toBe(true);
    expect(map('https://maps.google.co.th/maps?q=x')).toBe(true);
    expect(map('https://goo.gl/maps/AbC123')).toBe(true);
    expect(map('https://maps.app.goo.gl/xyz')).toBe(true);
    expect(map('https://www.openstreetmap.org/export/embed.html?bbox=1')).toBe(true);
    expect(map('https://map.longdo.com/p/A1234')).toBe(true);
    expect(map('https://www.bing.com/maps?q=x')).toBe(true);
    // the Maps Embed API's frame and the JavaScript API a page draws its map with
    expect(map('https://www.google.com/maps/embed/v1/place?key=k&q=x')).toBe(true);
    expect(map('https://maps.googleapis.com/maps/embed/v1/place?key=k&q=x')).toBe(true);
    expect(map('https://maps.googleapis.com/maps/api/js?language=th&version=3.exp')).toBe(true);
    expect(map('https://maps.googleapis.com/maps/api/geocode/json?address=x')).toBe(false);
  });
  it('not other pages of those hosts, nor a short link of something else', () => {
    expect(map('https://www.google.com/search?q=maps')).toBe(false);
    // A Google My Maps map shows many places someone drew (risk areas, routes), not where the office is.
    expect(map('https://www.google.com/maps/d/embed?mid=1L8YImZKlyDcg3mmTBvajYvsp3VYQeaGs')).toBe(false);
    expect(map('https://www.google.com/maps/d/viewer?mid=abc')).toBe(false);
    expect(map('https://goo.gl/forms/abc')).toBe(false);
    expect(map('https://docs.google.com/forms/d/e/1/viewform')).toBe(false);
    expect(map('https://www.example.go.th/maps.php')).toBe(false);
  });
  it('a map link or embed is a map contact of the page', () => {
    expect(findContacts('', ['https://www.google.com/maps/embed?pb=1']).map((c) => c.kind)).toEqual(['map']);
    expect(findContacts('', ['https://goo.gl/forms/abc'])).toEqual([]);
  });
});

describe('fax numbers', () => {
  it("a number after 'โทรสาร', 'แฟกซ์' or 'Fax' is a fax (ITA 2565's contact item names it); a phone alone is none", () => {
    const kinds = (text: string) => findContacts(text, []).filter((c) => c.kind === 'fax').map((c) => c.value);
    expect(kinds('โทรศัพท์ 0 2942 8491 โทรสาร 0 2942 8492')).toEqual(['0 2942 8492']);
    expect(kinds('Tel/Fax: 02-579-0113')).toEqual(['02-579-0113']);
    expect(kinds('แฟกซ์. 042-725026')).toEqual(['042-725026']);
    expect(kinds('แฟกซ์ :: 055-589116')).toEqual(['055-589116']);
    expect(kinds('2. ทางโทรสาร หมายเลข 0 5361 8089')).toEqual(['0 5361 8089']);
    expect(kinds('โทร. 042-725025 , 088-5108007')).toEqual([]);
  });
});

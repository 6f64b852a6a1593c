import { describe, expect, it } from 'vitest';
import {
  arabicDigits,
  bePrefix,
  beStrip,
  iconWrap,
  listToBr,
  mapText,
  monthAbbrev,
  monthFull,
  nbsp,
  numericDate,
  shortYear,
  saraAm,
  splitHtml,
  thaiDigits,
  thaiEntities,
  titleAttr,
  TRANSFORMS,
  upperCase,
  whitespace,
  wrapperDivs,
  zwsp,
} from '../../lib/eval/metamorph.ts';

describe('splitHtml / mapText', () => {
  it('gives the input back and keeps scripts, styles, comments and attributes out of the text', () => {
    const html = '<!doctype html><p title="a > 1">ข่าว 1</p><script>var x = 1 < 2;</script><!-- 3 --><style>p{top:1px}</style>ท้าย';
    expect(splitHtml(html).map((p) => p.value).join('')).toBe(html);
    expect(mapText(html, (t) => t.replace(/\d/g, '9'))).toBe(
      '<!doctype html><p title="a > 1">ข่าว 9</p><script>var x = 1 < 2;</script><!-- 3 --><style>p{top:1px}</style>ท้าย',
    );
  });
  it('leaves character references as written', () => {
    expect(mapText('<p>1&#3588;&nbsp;2</p>', (t) => t.replace(/\d/g, '๙'))).toBe('<p>๙&#3588;&nbsp;๙</p>');
  });
});

describe('metamorphic transforms', () => {
  it('thai-digits: Arabic digits in prose → Thai, web addresses and file names untouched', () => {
    expect(thaiDigits('<a href="/n/12">ประกาศ 15 ม.ค. 2567 www.x.go.th plan2567.pdf</a>')).toBe(
      '<a href="/n/12">ประกาศ ๑๕ ม.ค. ๒๕๖๗ www.x.go.th plan2567.pdf</a>',
    );
  });
  it('arabic-digits: Thai digits in prose → Arabic', () => {
    expect(arabicDigits('<td>๓๑ ต.ค. ๒๕๖๖</td>')).toBe('<td>31 ต.ค. 2566</td>');
  });
  it('month-abbrev and month-full: only months in dates', () => {
    expect(monthAbbrev('<li>15 มกราคม 2567, เดือนตุลาคม 2566, งานมกราคม</li>')).toBe('<li>15 ม.ค. 2567, เดือนต.ค. 2566, งานมกราคม</li>');
    expect(monthFull('<li>5 ก.พ. 67 ก.พ.ร. มี.ค.พ.ศ. 2567</li>')).toBe('<li>5 กุมภาพันธ์ 67 ก.พ.ร. มีนาคมพ.ศ. 2567</li>');
  });
  it('be-prefix: a bare 25xx year gets พ.ศ.; numeric dates, ranges and named years do not', () => {
    expect(bePrefix('<p>แผนปี 2567 ณ 15/01/2567 (2566-2570) พ.ศ.2568</p>')).toBe('<p>แผนปี พ.ศ. 2567 ณ 15/01/2567 (2566-2570) พ.ศ.2568</p>');
  });
  it('be-strip: พ.ศ. before a year is dropped, keeping a space between words', () => {
    expect(beStrip('<p>ปีงบประมาณ พ.ศ. 2567 ในพ.ศ.๒๕๖๘ (พ.ศ.2566)</p>')).toBe('<p>ปีงบประมาณ 2567 ใน ๒๕๖๘ (2566)</p>');
  });
  it('zwsp: zero-width spaces between Thai words only', () => {
    const out = zwsp('<p>ประกาศเรื่อง ITA</p>');
    expect(out.replace(/\u200B/g, '')).toBe('<p>ประกาศเรื่อง ITA</p>');
    expect(out).toContain('ประกาศ\u200Bเรื่อง');
  });
  it('nbsp: spaces in prose → &nbsp;, blank text between tags untouched', () => {
    expect(nbsp('<p>ข่าว ประชาสัมพันธ์</p> <p>x</p>')).toBe('<p>ข่าว&nbsp;ประชาสัมพันธ์</p> <p>x</p>');
  });
  it('icon-wrap: text-only links get an icon and a span', () => {
    expect(iconWrap('<a href="/o1">โครงสร้าง</a> <a href="/x"><b>b</b></a>')).toBe(
      '<a href="/o1"><i class="fa fa-file-text-o" aria-hidden="true"></i> <span>โครงสร้าง</span></a> <a href="/x"><b>b</b></a>',
    );
  });
  it('title-attr: a short link text moves to title and an image alt; titled or long links stay', () => {
    expect(titleAttr('<a href="/o1">O1 "โครงสร้าง"</a><a href="/a" title="t">x</a>')).toBe(
      '<a href="/o1" title="O1 &quot;โครงสร้าง&quot;"><img src="/images/button.png" alt="O1 &quot;โครงสร้าง&quot;"></a><a href="/a" title="t">x</a>',
    );
  });
  it('case: Latin words upper-cased, web addresses kept', () => {
    expect(upperCase('<a href="/News">News e-Service https://x.go.th/Ab</a>')).toBe('<a href="/News">NEWS E-SERVICE https://x.go.th/Ab</a>');
  });
  it('whitespace: indentation in prose, link text on its own line, newlines between block tags', () => {
    expect(whitespace('<ul><li><a href="/a">ข่าว ใหม่</a></li></ul>')).toBe(
      '<ul>\n\t<li><a href="/a">\n\t\tข่าว\n\t\t\tใหม่\n\t</a></li>\n\t</ul>',
    );
  });
  it('wrapper-divs: li/td content wrapped twice, lists with nested structure left alone', () => {
    expect(wrapperDivs('<ul><li><a href="/a">ก</a> 1 ม.ค.</li><li>x<ul><li>y</li></ul></li></ul>')).toBe(
      '<ul><li><div class="item-wrap"><div class="item-inner"><a href="/a">ก</a> 1 ม.ค.</div></div></li><li>x<ul><li><div class="item-wrap"><div class="item-inner">y</div></div></li></ul></li></ul>',
    );
  });
  it('sara-am: ำ written as NIKHAHIT + SARA AA (tone mark kept in between)', () => {
    expect(saraAm('<p>คำ น้ำ</p>')).toBe('<p>ค\u0E4D\u0E32 น\u0E4D\u0E49\u0E32</p>');
  });
  it('entities: Thai letters → numeric character references', () => {
    expect(thaiEntities('<p>คน 1</p>')).toBe('<p>&#3588;&#3609; 1</p>');
  });
  it('every transform is named once, says where it is seen, and keeps a page without text unchanged', () => {
    expect(new Set(TRANSFORMS.map((t) => t.name)).size).toBe(TRANSFORMS.length);
    for (const t of TRANSFORMS) {
      expect(t.seenOn.length).toBeGreaterThan(0);
      expect(t.apply('<script>var a = "2567 มกราคม";</script>')).toBe('<script>var a = "2567 มกราคม";</script>');
    }
  });
});

describe('date-format transforms', () => {
  it("short-year: a full date's year written with two digits", () => {
    expect(shortYear('<td>15 มกราคม 2567, 5 ม.ค. พ.ศ. 2568, ปี 2567</td>')).toBe('<td>15 มกราคม 67, 5 ม.ค. 68, ปี 2567</td>');
  });
  it('numeric-date: a full date written as dd/mm/yyyy', () => {
    expect(numericDate('<td>5 ธ.ค. 2567 และ 30 กันยายน 2568, 1.5 ม.ค. 2567</td>')).toBe('<td>05/12/2567 และ 30/09/2568, 1.5 ม.ค. 2567</td>');
  });
});

describe('list-to-br', () => {
  it('writes a simple list as <br> lines and leaves nested lists alone', () => {
    expect(listToBr('<ul>\n<li><a href="/a">ก</a> 1 ม.ค.</li>\n<li>ข</li>\n</ul>')).toBe('<div class="list"><a href="/a">ก</a> 1 ม.ค.<br>\nข<br>\n</div>');
    const nested = '<ul><li>x<ul><li>y</li></ul></li></ul>';
    expect(listToBr(nested)).toBe('<ul><li>x<div class="list">y<br>\n</div></li></ul>');
  });
});

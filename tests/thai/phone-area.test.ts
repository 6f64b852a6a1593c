import { describe, expect, it } from 'vitest';
import { phoneFitsPostcode, provincePostcodes } from '../../lib/thai/phone-area.ts';

describe('provincePostcodes', () => {
  it('reads a postcode written after a province or Bangkok', () => {
    expect(provincePostcodes('เลขที่ 100 หมู่ 5 ต.หมูม่น อ.สมเด็จ จ.กาฬสินธุ์ 46150 โทร 043-000000')).toEqual(['46150']);
    expect(provincePostcodes('ถ.ราชวิถี แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ 10400')).toEqual(['10400']);
    expect(provincePostcodes('อำเภอเมืองแพร่ จังหวัดแพร่ 54000')).toEqual(['54000']);
  });
  it('no postcode without a province before it, nor a number that is no postcode', () => {
    expect(provincePostcodes('รหัส 46150 จำนวน 12345 คน')).toEqual([]);
    expect(provincePostcodes('จังหวัดขอนแก่น 99999')).toEqual([]);
  });
});

describe('phoneFitsPostcode', () => {
  it("a provincial fixed line fits only its own province's postcodes", () => {
    expect(phoneFitsPostcode('043-811-234', '46150')).toBe(true); // Kalasin, 043
    expect(phoneFitsPostcode('037-536-430', '46150')).toBe(false); // Prachinburi's code on a Kalasin site
    expect(phoneFitsPostcode('0 5361 8074', '58110')).toBe(true); // Mae Hong Son, 053
    expect(phoneFitsPostcode('076-342-633-4', '83150')).toBe(true); // Phuket, 076
    expect(phoneFitsPostcode('+66 76 342 633', '83150')).toBe(true);
    expect(phoneFitsPostcode('074-211030', '83150')).toBe(false);
  });
  it("mobiles, Bangkok's 02 and short hotlines fit any province", () => {
    expect(phoneFitsPostcode('081-765-0099', '46150')).toBe(true);
    expect(phoneFitsPostcode('0 2306 8746', '46150')).toBe(true);
    expect(phoneFitsPostcode('1111', '46150')).toBe(true);
  });
});

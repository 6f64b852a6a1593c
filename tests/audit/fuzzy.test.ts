import { describe, expect, it } from 'vitest';
import { allowedTypos, boundedEditDistance, findFuzzy } from '../../lib/audit/fuzzy.ts';

describe('boundedEditDistance', () => {
  it('counts edits and gives up past the bound', () => {
    expect(boundedEditDistance('สรุปผล', 'สรุปผล', 1)).toBe(0);
    expect(boundedEditDistance('สรปุผล', 'สรุปผล', 2)).toBe(2);
    expect(boundedEditDistance('abc', 'xyz', 1)).toBe(2);
  });
});

describe('findFuzzy', () => {
  it('finds a real-world typo inside a label', () => {
    // "สรปุผลการจัดซื้อจัดจ้าง" (vowel order typo seen on a vendor CMS)
    const hit = findFuzzy('เมนู สรปุผลการจัดซื้อจัดจ้าง ประจำปี', 'สรุปผลการจัดซื้อจัดจ้าง');
    expect(hit).not.toBeNull();
    expect(hit?.distance).toBeLessThanOrEqual(2);
  });
  it('finds "ยุทธศาตร์" for "ยุทธศาสตร์"', () => {
    expect(findFuzzy('แผนยุทธศาตร์การพัฒนา', 'แผนยุทธศาสตร์')).not.toBeNull();
  });
  it('does not match short terms fuzzily', () => {
    expect(allowedTypos('ITA'.length)).toBe(0);
    expect(findFuzzy('OTA', 'ITA')).toBeNull();
  });
  it('does not match unrelated text', () => {
    expect(findFuzzy('ข่าวประชาสัมพันธ์', 'แผนการจัดซื้อจัดจ้าง')).toBeNull();
  });
});

describe('findFuzzy anchors', () => {
  it('does not take a neighbouring word for a typo at the start of a term', () => {
    expect(findFuzzy('กิจกรรมวันสงกรานต์ผู้สูงอายุองค์การบริหารส่วนตำบลบ้านสวน', 'นายกองค์การบริหารส่วนตำบล')).toBeNull();
  });
});

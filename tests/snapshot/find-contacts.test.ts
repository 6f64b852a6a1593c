import { describe, expect, it } from 'vitest';
import { findContacts } from '../../lib/snapshot/find-contacts.ts';

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
  it('stays linear on long runs of letters (no catastrophic backtracking)', () => {
    const long = 'a'.repeat(200_000);
    // if this were quadratic the test would not finish within the suite's timeout
    expect(findContacts(long, [])).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { plainText } from '../../lib/report/plain-text.ts';

describe('plainText', () => {
  it('removes ANSI escapes, control and bidi-override characters from site text', () => {
    expect(plainText('ข่าว\u001b[2J\u001b[31mแดง\u0007')).toBe('ข่าวแดง');
    expect(plainText('a\u202eb')).toBe('ab');
    expect(plainText('line1\nline2')).toBe('line1 line2');
  });
});

import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import th from '../../public/_locales/th/messages.json';
import { dateFor, estimateLeftMs, message, readLangView, textIn } from '../../lib/ui/i18n.ts';

describe('UI text from _locales', () => {
  it('Thai and English have the same messages, with names and $n substitutions the browser accepts', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(th).sort());
    for (const [key, value] of [...Object.entries(th), ...Object.entries(en)]) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      // A "$name$" would need a placeholders entry; only $1…$9 are used.
      expect(value.message).not.toMatch(/\$[A-Za-z_@][A-Za-z0-9_@]*\$/);
    }
  });

  it('substitutes $1…$9 and shows one language or both', () => {
    expect(message('en', 'showing', [3, 26])).toBe('showing 3 of 26 items');
    expect(textIn('both', 'start')).toBe('เริ่มตรวจ / Start');
    expect(textIn('th', 'start')).toBe('เริ่มตรวจ');
    expect(readLangView('fr')).toBeNull();
  });

  it('dates: Buddhist era in Thai, both forms in English', () => {
    expect(dateFor('th', '2026-05-20')).toBe('20 พ.ค. 2569');
    expect(dateFor('en', '2026-05-20T03:00:00Z')).toBe('20 May 2026 (20 พ.ค. 2569)');
  });

  it('estimates the time left from the rate so far, within the page budget', () => {
    expect(estimateLeftMs(2, 100, 50, 1000)).toBeNull();
    expect(estimateLeftMs(10, 20, 50, 10_000)).toBe(10_000);
    expect(estimateLeftMs(10, 200, 0, 10_000)).toBe(0);
  });
});

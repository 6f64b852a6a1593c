import { describe, expect, it } from 'vitest';
import { decodeBody, normaliseCharset } from '../../lib/crawl/decode-body.ts';
import { encodeWindows874 } from '../support/fault-server.ts';

const THAI = 'สวัสดีครับ ภาษาไทย การจัดซื้อจัดจ้าง';
const page = (head: string, body: string): string => `<html><head>${head}<title>t</title></head><body>${body}</body></html>`;
const latin = (s: string): Uint8Array => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

function decoded(bytes: Uint8Array, contentType: string | null): { text: string; charset: string; source: string } {
  const result = decodeBody(bytes, contentType);
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe('normaliseCharset', () => {
  it('maps every Thai label (including x-windows-874, which TextDecoder rejects) to windows-874', () => {
    for (const label of ['tis-620', 'TIS620', 'iso-8859-11', 'windows-874', 'x-windows-874', '"cp874"']) {
      expect(normaliseCharset(label), label).toBe('windows-874');
    }
  });
  it('returns null for unknown labels and canonical names for known ones', () => {
    expect(normaliseCharset('klingon-1')).toBeNull();
    expect(normaliseCharset('UTF8')).toBe('utf-8');
    expect(normaliseCharset('latin1')).toBe('windows-1252');
  });
});

describe('decodeBody', () => {
  it('decodes TIS-620 bytes labelled in the header', () => {
    const bytes = encodeWindows874(page('', THAI));
    const r = decoded(bytes, 'text/html; charset=TIS-620');
    expect(r.text).toContain(THAI);
    expect(r.charset).toBe('windows-874');
    expect(r.source).toBe('header');
  });

  it('decodes windows-874 bytes labelled x-windows-874 in the header', () => {
    expect(decoded(encodeWindows874(page('', THAI)), 'text/html; charset="x-windows-874"').text).toContain(THAI);
  });

  it('uses <meta http-equiv> when the header has no charset', () => {
    const bytes = encodeWindows874(page('<meta http-equiv="Content-Type" content="text/html; charset=tis-620">', THAI));
    const r = decoded(bytes, 'text/html');
    expect(r.text).toContain(THAI);
    expect(r.source).toBe('meta');
  });

  it('takes the first of several conflicting metas', () => {
    const bytes = encodeWindows874(page('<meta charset="windows-874"><meta charset="utf-8"><meta http-equiv="content-type" content="text/html; charset=tis-620">', THAI));
    expect(decoded(bytes, null).charset).toBe('windows-874');
  });

  it('ignores a meta inside a comment', () => {
    const bytes = latin(page('<!-- <meta charset="windows-874"> --><meta charset="utf-8">', THAI));
    expect(decoded(bytes, null).text).toContain(THAI);
  });

  it('falls back to windows-874 when unlabelled bytes are not valid UTF-8', () => {
    const r = decoded(encodeWindows874(page('', THAI)), 'text/html');
    expect(r.text).toContain(THAI);
    expect(r.charset).toBe('windows-874');
    expect(r.source).toBe('sniff');
  });

  it('falls back to windows-874 when a page says UTF-8 but holds TIS-620 bytes', () => {
    const r = decoded(encodeWindows874(page('<meta charset="utf-8">', THAI)), 'text/html; charset=utf-8');
    expect(r.text).toContain(THAI);
  });

  it('decodes unlabelled UTF-8 as UTF-8', () => {
    const r = decoded(latin(page('', THAI)), null);
    expect(r.text).toContain(THAI);
    expect(r.charset).toBe('utf-8');
  });

  it('lets a UTF-8 BOM win over a wrong header label, and strips it', () => {
    const r = decoded(concat(new Uint8Array([0xef, 0xbb, 0xbf]), latin(page('', THAI))), 'text/html; charset=windows-874');
    expect(r.text).toContain(THAI);
    expect(r.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(r.source).toBe('bom');
  });

  it('keeps Word-exported windows-1252 pages with numeric entities intact for the HTML parser', () => {
    const r = decoded(latin(page('<meta http-equiv=Content-Type content="text/html; charset=windows-1252">', '&#3588;&#3635;&#3626;&#3633;&#3656;&#3591;')), null);
    expect(r.charset).toBe('windows-1252');
    expect(r.text).toContain('&#3588;');
  });

  it('rejects binary data served as text/html', () => {
    const bytes = concat(latin('GIF89a'), new Uint8Array([0, 1, 2, 0, 0, 255]), latin('<html>'));
    expect(decodeBody(bytes, 'text/html')).toEqual({ ok: false, reason: 'not HTML (binary)' });
  });

  it('does not call a truncated UTF-8 page invalid because the cut split a character', () => {
    const full = latin(page('', THAI));
    const cut = full.subarray(0, full.indexOf(0xe0, 60) + 1); // ends in the first byte of a Thai character
    expect(decoded(cut, 'text/html').charset).toBe('windows-874'); // without the flag the cut looks invalid
    expect(decodeBody(cut, 'text/html', true)).toMatchObject({ ok: true, charset: 'utf-8' });
  });
});

/**
 * Bytes → text for an HTML page. Charset from (in order) a byte-order mark, the Content-Type
 * header, a `<meta>` in the first 2 KB, and finally UTF-8 with a windows-874 fallback.
 * TIS-620 / ISO-8859-11 / windows-874 / x-windows-874 all decode as windows-874 (Thai).
 */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'sniff';

export type DecodedBody =
  | { ok: true; text: string; charset: string; source: CharsetSource }
  | { ok: false; reason: string };

const THAI_LABELS = new Set([
  'tis-620', 'tis620', 'tis_620', 'iso-8859-11', 'iso8859-11', 'iso_8859-11', 'iso885911',
  'windows-874', 'x-windows-874', 'cp874', 'dos-874', 'ms874', 'ibm874', 'x-ibm874', 'thai',
]);

/** A charset label TextDecoder accepts (its canonical name), or null for an unknown label. */
export function normaliseCharset(label: string): string | null {
  const l = label.trim().replace(/^["']|["']$/g, '').trim().toLowerCase();
  if (l === '') return null;
  if (THAI_LABELS.has(l)) return 'windows-874';
  if (l === 'utf8') return 'utf-8';
  try {
    return new TextDecoder(l).encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type header, or null. */
export function headerCharset(contentType: string | null): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*("?)([^";,\s]+)\1/i.exec(contentType);
  return m?.[2] ?? null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The first usable charset named by a `<meta>` in the first 2 KB (read as latin1). */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048)).replace(/<!--[\s\S]*?-->/g, '');
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const tag of metas) {
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag);
    if (direct?.[1]) {
      const cs = normaliseCharset(direct[1]);
      if (cs !== null) return cs;
    }
  }
  return null;
}

/** NUL bytes in the first KB: this is not text, whatever the Content-Type says. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i < n; i += 1) if (bytes[i] === 0) return true;
  return false;
}

function decodeFatal(bytes: Uint8Array, charset: string): string | null {
  try {
    return new TextDecoder(charset, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The bytes without a UTF-8 sequence cut off at the end (a truncated body may stop mid-character). */
function withoutPartialUtf8Tail(bytes: Uint8Array): Uint8Array {
  let i = bytes.length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && ((bytes[i] ?? 0) & 0xc0) === 0x80) {
    i -= 1;
    continuation += 1;
  }
  if (i < 0) return bytes;
  const lead = bytes[i] ?? 0;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return bytes.length - i < need ? bytes.subarray(0, i) : bytes;
}

/** Thai text from bytes that are not valid UTF-8 (a tis620 database behind a page that says utf-8). */
function thaiFallback(bytes: Uint8Array): string | null {
  const text = new TextDecoder('windows-874').decode(bytes);
  return /[\u0e01-\u0e5b]/.test(text) ? text : null;
}

/**
 * Decodes an HTML body. `truncated` bodies may end inside a multi-byte character, so the
 * last 3 bytes are not allowed to make UTF-8 "invalid".
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null, truncated = false): DecodedBody {
  const bom = bomCharset(bytes);
  const fromHeader = normaliseCharset(headerCharset(contentType) ?? '');
  const utf16 = bom?.startsWith('utf-16') || fromHeader?.startsWith('utf-16');
  if (!utf16 && looksBinary(bytes)) return { ok: false, reason: 'not HTML (binary)' };

  let charset: string;
  let source: CharsetSource;
  if (bom !== null) {
    charset = bom;
    source = 'bom';
  } else if (fromHeader !== null) {
    charset = fromHeader;
    source = 'header';
  } else {
    const fromMeta = metaCharset(bytes);
    if (fromMeta !== null) {
      charset = fromMeta;
      source = 'meta';
    } else {
      charset = 'utf-8';
      source = 'sniff';
    }
  }
  // Browsers treat a declared UTF-16 in a byte stream without a BOM as UTF-8 for HTML meta; keep headers as given.
  if (source === 'meta' && charset.startsWith('utf-16')) charset = 'utf-8';

  if (charset === 'utf-8') {
    const checked = truncated ? withoutPartialUtf8Tail(bytes) : bytes;
    const strict = decodeFatal(checked, 'utf-8');
    if (strict !== null) return { ok: true, text: new TextDecoder('utf-8').decode(bytes), charset, source };
    const thai = thaiFallback(bytes);
    if (thai !== null) return { ok: true, text: thai, charset: 'windows-874', source: 'sniff' };
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes), charset, source };
  }
  return { ok: true, text: new TextDecoder(charset).decode(bytes), charset, source };
}

/**
 * Dedupe key of a URL: host (lower-case, without `www.`), path (percent-encoding made uniform),
 * sorted query without session, tracking, print-view and cache-buster parameters, no scheme,
 * no fragment except a hash route (`#/news/3`), which a script turns into a page of its own.
 * Two URLs with the same key are the same page; the original URL is what gets requested.
 */
export function urlKey(url: URL): string {
  const host = url.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  const port = url.port ? `:${url.port}` : '';
  const path = canonicalPath(url.pathname);
  const query = canonicalQuery(url.search);
  return `${host}${port}${path}${query === '' ? '' : `?${query}`}${hashRoute(url) ?? ''}`;
}

/**
 * The client-side route in a URL's fragment (`#/news/3`, `#!/news/3`, `#!news`), without a trailing
 * slash; null for a plain anchor (`#top`) or an empty route (`#/`, `#!/`), which is the page itself.
 */
export function hashRoute(url: URL): string | null {
  const m = /^#(!?)\/?(.*)$/.exec(url.hash);
  if (!m) return null;
  const bang = m[1] ?? '';
  const hadSlash = url.hash.startsWith(`#${bang}/`);
  if (!bang && !hadSlash) return null;
  const route = (m[2] ?? '').replace(/\/+$/, '');
  if (route === '') return null;
  return `#${bang}/${route}`;
}

function canonicalComponent(text: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    return text.replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
  }
  return encodeURIComponent(decoded);
}

function canonicalPath(pathname: string): string {
  // `;jsessionid=...` path parameters are session noise.
  const withoutSession = pathname.replace(/;(?:jsessionid|phpsessid|sid)=[^/]*/gi, '');
  return withoutSession
    .split('/')
    .map((segment) => canonicalComponent(segment))
    .join('/');
}

const DROPPED_KEYS = new Set([
  'phpsessid', 'sid', 'jsessionid', 'aspsessionid', 'sessionid', 'session_id', 'zenid', 'oscsid', 'cfid', 'cftoken',
  'fbclid', 'gclid', 'dclid', 'msclkid', 'yclid', 'mc_cid', 'mc_eid', '_ga', '_gl', 'igshid',
  'v', 'ver', 'cb', 'nocache', 'rand', 'random', 'timestamp', 'ts',
]);

/** Whether a query parameter is noise for deduplication. */
export function isIgnoredParam(key: string, value: string): boolean {
  const k = key.toLowerCase();
  if (DROPPED_KEYS.has(k) || k.startsWith('utm_') || k.startsWith('aspsessionid')) return true;
  if (k === '_' && /^\d*$/.test(value)) return true;
  if (/^\d+$/.test(k) && value === '') return true; // bare cache-buster `?135416`
  const v = value.toLowerCase();
  if (k === 'tmpl' && v === 'component') return true;
  if (k === 'print' && (v === '1' || v === 'true' || v === 'yes')) return true;
  if (k === 'format' && v === 'print') return true;
  return false;
}

function canonicalQuery(search: string): string {
  if (search === '' || search === '?') return '';
  const pairs: [string, string][] = [];
  for (const part of search.slice(1).split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    const rawValue = eq === -1 ? '' : part.slice(eq + 1);
    const key = canonicalComponent(rawKey.replace(/\+/g, ' '));
    const value = canonicalComponent(rawValue.replace(/\+/g, ' '));
    if (isIgnoredParam(safeDecode(key), safeDecode(value))) continue;
    pairs.push([key, value]);
  }
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

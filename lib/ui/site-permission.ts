/**
 * The host permission an audit needs: the audited site only, but the whole of it as the crawler sees
 * it — with and without `www.`, over http and https (match patterns carry no port; `*` scheme is http
 * or https). Returns null for a URL that is not a web page.
 */
export function sitePermissionOrigins(url: string): string[] | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const isIp = /^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.');
  return isIp ? [`*://${host}/*`] : [`*://${host}/*`, `*://www.${host}/*`];
}

const NOT_FOLLOWED = /^(?:javascript|mailto|tel|data|vbscript|about|blob|sms|callto):/i;
const SURROUNDING_SPACE = /^[\s\u200b\u200c\u200d\ufeff]+|[\s\u200b\u200c\u200d\ufeff]+$/g;

/**
 * Resolves an href as written in a page into an absolute http(s) URL, or null when the link
 * goes nowhere (empty, `#`, `#!`, `javascript:`, `mailto:`, `tel:`, `data:` or another scheme).
 *
 * Repairs what real Thai sites write: backslashes in the path, `www.host/...` with no scheme,
 * raw Thai and spaces (encoded exactly once by WHATWG URL; existing `%XX` stay as they are).
 */
export function resolveLink(href: string, baseUrl: string): URL | null {
  let text = href.replace(SURROUNDING_SPACE, '');
  if (text === '' || text === '#' || text === '#!') return null;
  if (NOT_FOLLOWED.test(text.replace(/\s+/g, ''))) return null;
  // Backslashes in the path (not in the query or fragment): `themes\images\pdf.png`.
  const cut = text.search(/[?#]/);
  const path = cut === -1 ? text : text.slice(0, cut);
  const rest = cut === -1 ? '' : text.slice(cut);
  text = path.replace(/\\/g, '/') + rest;
  // `www.example.go.th/page` written without a scheme would resolve as a relative path.
  if (/^www\.[^/\s]+\.[a-z]{2,}/i.test(text)) text = `http://${text}`;
  let url: URL;
  try {
    url = new URL(text, baseUrl);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  return url;
}

const VIEWER_HOSTS = new Set(['docs.google.com', 'drive.google.com']);
/** Query parameters that hold the real document behind a viewer page. */
const WRAPPED_PARAMS = ['pdf', 'file'] as const;

/**
 * The document behind a viewer wrapper: `docs.google.com/viewer?url=X` (also `viewerng`),
 * flipbooks and PDF.js viewers `...?pdf=X` / `viewer.html?file=X`. Any other URL comes back unchanged.
 */
export function unwrapViewerUrl(url: URL): URL {
  // Every wrapper names its document in the query: a URL without one (most links) is read no further.
  if (url.search === '') return url;
  const params = url.searchParams;
  let inner: string | null = null;
  if (VIEWER_HOSTS.has(url.hostname.toLowerCase()) && /\/viewer(?:ng\/viewer)?$/.test(url.pathname)) {
    inner = params.get('url') ?? params.get('srcid');
    if (inner !== null && !/^https?:/i.test(inner) && !inner.startsWith('//')) return url;
  } else {
    for (const name of WRAPPED_PARAMS) {
      const value = params.get(name);
      if (value !== null && /\.(?:pdf|docx?|xlsx?|pptx?)(?:$|[?#])/i.test(value)) {
        inner = value;
        break;
      }
    }
  }
  if (inner === null || inner.trim() === '') return url;
  return resolveLink(inner, url.href) ?? url;
}

/** Social-network plugin frames (an embedded page box): host pattern, path, and the network's name. */
const SOCIAL_PLUGINS: readonly { host: RegExp; path: RegExp; network: string }[] = [
  { host: /(^|\.)facebook\.com$/i, path: /^\/(?:v[\d.]+\/)?plugins\//i, network: 'Facebook' },
];

/**
 * The page a social-network plugin frame shows (`facebook.com/plugins/page.php?href=X` → X, with the
 * network's name), or null for any other URL: an embedded page box is a link to that page.
 */
export function socialPluginTarget(url: URL): { page: URL; network: string } | null {
  const plugin = SOCIAL_PLUGINS.find((p) => p.host.test(url.hostname) && p.path.test(url.pathname));
  const inner = plugin ? url.searchParams.get('href') : null;
  if (!plugin || !inner) return null;
  const page = resolveLink(inner, url.href);
  return page && plugin.host.test(page.hostname) ? { page, network: plugin.network } : null;
}

/**
 * URLs that look like they change server state when requested with GET: counters, votes,
 * logouts, deletes, carts. The crawler never requests them (they are still recorded as links).
 */
const PATH_PATTERNS: RegExp[] = [
  /(?:^|[/_-])increment(?:[_-]|$)/i, // CodeIgniter vendor: Pages/increment_download_*
  /(?:^|\/)(?:log-?out|sign-?out|logoff)(?:[./?]|$)/i,
  /(?:^|[/_-])(?:delete|remove|destroy)(?:[_./-]|$)/i,
  /(?:^|[/_-])(?:vote|like|unlike|poll_vote)(?:[_./-]|$)/i,
  /(?:^|[/_-])add-?to-?cart(?:[_./-]|$)/i,
  /(?:^|\/)counter\.(?:php|asp|aspx|cgi)$/i,
  /(?:^|[/_-])(?:hit|hits|count|counter|view_?count|download_?count)(?:\.php|\.asp|\.aspx)?$/i,
];

const ACTION_VALUES = /^(?:delete|remove|destroy|logout|signout|vote|like|unlike|addtocart|add_to_cart|increment|count|hit)$/i;
const ACTION_KEYS = new Set(['action', 'act', 'do', 'op', 'task', 'cmd', 'mode', 'method']);
const COUNTER_KEYS = new Set(['count', 'counter', 'hit', 'hits', 'increment', 'vote', 'like', 'logout', 'delete']);

/** Whether a GET to this URL may change state on the server (and so must not be requested). */
export function isStateChanging(url: URL): boolean {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    path = url.pathname;
  }
  if (PATH_PATTERNS.some((re) => re.test(path))) return true;
  for (const [key, value] of url.searchParams) {
    const k = key.toLowerCase();
    if (ACTION_KEYS.has(k) && ACTION_VALUES.test(value)) return true;
    if (COUNTER_KEYS.has(k)) return true;
  }
  return false;
}

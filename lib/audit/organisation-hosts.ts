/**
 * The organisation's other hosts: a university's registration system (reg.nrru.ac.th), its procurement office
 * (procurement.kmutnb.ac.th), a department's complaint system (complain.dwf.go.th). An item the audited host does not
 * show may be published there; a person must look (check on-organisation-host), it is not simply missing.
 */

/** Second-level labels under .th below which names are registered (kmutnb.ac.th, dwf.go.th, egat.co.th). */
const TH_SECOND_LEVEL = new Set(['ac', 'co', 'go', 'in', 'mi', 'net', 'or']);

/** Public-body second-level domains: an e-mail address under one of them names a body ('saraban@dwf.go.th'). */
const PUBLIC_BODY_SUFFIX = /\.(?:go|ac|or|mi|in)\.th$/;

/** Hosts an organisation keeps for its staff, not for the public (mail, intranet, log-in, back office). */
const STAFF_HOST = /^(?:mail|webmail|e?-?mail\d*|smtp|imap|owa|intranet|vpn|login|sso|backoffice|admin|cpanel|ftp|ns\d*)$/;

function isIpOrLocal(host: string): boolean {
  return host === 'localhost' || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.includes(':');
}

/** The name a host is registered under ('reg.nrru.ac.th' → 'nrru.ac.th', 'www3.egat.co.th' → 'egat.co.th'); null for an IP or localhost. */
export function registrableDomain(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (isIpOrLocal(h)) return null;
  const labels = h.split('.').filter((l) => l !== '');
  if (labels.length < 2) return null;
  const keep = labels.at(-1) === 'th' && TH_SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  return labels.length < keep ? null : labels.slice(-keep).join('.');
}

/**
 * The organisation's registered domain: the audited host's own when the site is served under a name; for a copy served
 * from an address (127.0.0.1, a staging IP), the public-body domain most pages print in their e-mail addresses
 * ('contact@dwf.go.th' → dwf.go.th). Null when neither says.
 */
export function organisationDomain(siteHosts: Iterable<string>, emailDomainPages: ReadonlyMap<string, number>): string | null {
  for (const host of siteHosts) {
    const d = registrableDomain(host);
    if (d) return d;
  }
  let best: string | null = null;
  let bestPages = 0;
  for (const [domain, pages] of emailDomainPages) {
    const d = registrableDomain(domain);
    if (d && PUBLIC_BODY_SUFFIX.test(d) && pages > bestPages) {
      best = d;
      bestPages = pages;
    }
  }
  return best;
}

/**
 * The host of a URL when it is another host of the organisation than the audited site's: under the organisation's
 * domain, not one of the site's hosts, not the bare domain or its www (the organisation's main site), not a staff host
 * (mail, intranet, log-in). Null otherwise.
 */
export function otherOrganisationHost(url: string, orgDomain: string | null, siteHosts: ReadonlySet<string>): string | null {
  if (!orgDomain) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\d*\./, '');
  } catch {
    return null;
  }
  if (host === orgDomain || siteHosts.has(host) || registrableDomain(host) !== orgDomain) return null;
  return STAFF_HOST.test(host.split('.')[0] ?? '') ? null : host;
}

/**
 * The organisation's other hosts whose links may hold an item: every one for a concept whose hint is '*' (online
 * services are systems on hosts of their own), else those whose host name or path holds one of the hints
 * ('procurement', 'pasadu'). Sorted, without repeats.
 */
export function hostsHinting(links: readonly { host: string; url: string }[], hints: readonly string[]): string[] {
  if (hints.length === 0) return [];
  const any = hints.includes('*');
  const words = hints.filter((h) => h !== '*').map((h) => h.toLowerCase());
  const out = new Set<string>();
  for (const l of links) {
    let where: string;
    try {
      const u = new URL(l.url);
      where = `${u.hostname}${u.pathname}`.toLowerCase();
    } catch {
      continue;
    }
    if (any || words.some((w) => where.includes(w))) out.add(l.host);
  }
  return [...out].sort();
}

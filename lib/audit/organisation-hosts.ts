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

/**
 * Domains of a ministry or department under which each of its offices has a host of its own (a hospital at
 * laplaehospital.moph.go.th, a land office at 60bdanni.dol.go.th, a provincial office at chiangmai.doae.go.th): there
 * an organisation is named one label further down, and the hosts of its sister offices are not its own.
 */
const UMBRELLA_DOMAINS = new Set(['moph.go.th', 'dol.go.th', 'obec.go.th', 'dla.go.th', 'moi.go.th', 'police.go.th', 'prd.go.th', 'nso.go.th', 'doae.go.th', 'dld.go.th', 'cdd.go.th', 'doe.go.th', 'm-society.go.th', 'ldd.go.th', 'mnre.go.th', 'opm.go.th']);

/**
 * The name a host is registered under ('reg.nrru.ac.th' → 'nrru.ac.th', 'www3.egat.co.th' → 'egat.co.th'), one label
 * further under an umbrella domain ('covid19.ddc.moph.go.th' → 'ddc.moph.go.th'); null for an IP or localhost.
 */
export function registrableDomain(host: string): string | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (isIpOrLocal(h)) return null;
  const labels = h.split('.').filter((l) => l !== '');
  if (labels.length < 2) return null;
  let keep = labels.at(-1) === 'th' && TH_SECOND_LEVEL.has(labels.at(-2)!) ? 3 : 2;
  if (labels.length > keep && UMBRELLA_DOMAINS.has(labels.slice(-keep).join('.')) && !/^www\d*$/.test(labels.at(-keep - 1)!)) keep += 1;
  return labels.length < keep ? null : labels.slice(-keep).join('.');
}

/** A copy on an address names its organisation by linking at least this many of the organisation's hosts. */
export const MIN_LINKED_HOSTS = 3;

/**
 * The organisation's registered domain: the audited host's own when the site is served under a name; for a copy served
 * from an address (127.0.0.1, a staging IP), the public-body domain most pages print in their e-mail addresses
 * ('contact@dwf.go.th' → dwf.go.th), else the public-body domain under which its links reach the most distinct hosts,
 * at least MIN_LINKED_HOSTS and more than any other domain (a university's systems and faculties: reg.rmutk.ac.th,
 * booking.rmutk.ac.th, www.ascar.rmutk.ac.th). Null when none says.
 */
export function organisationDomain(siteHosts: Iterable<string>, emailDomainPages: ReadonlyMap<string, number>, linkedHosts: Iterable<string> = []): string | null {
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
  if (best) return best;
  const hostsByDomain = new Map<string, Set<string>>();
  for (const host of linkedHosts) {
    const h = host.toLowerCase().replace(/^www\d*\./, '');
    const d = registrableDomain(h);
    if (!d || !PUBLIC_BODY_SUFFIX.test(d)) continue;
    const set = hostsByDomain.get(d) ?? new Set<string>();
    set.add(h);
    hostsByDomain.set(d, set);
  }
  const ranked = [...hostsByDomain].map(([d, hosts]) => [d, hosts.size] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= MIN_LINKED_HOSTS && (!second || first[1] > second[1]) ? first[0] : null;
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
  // The ministry or department that owns an umbrella domain has every host under it (its offices and systems).
  const under = UMBRELLA_DOMAINS.has(orgDomain) ? host.endsWith(`.${orgDomain}`) : registrableDomain(host) === orgDomain;
  if (host === orgDomain || siteHosts.has(host) || !under) return null;
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

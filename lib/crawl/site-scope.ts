/**
 * Which URLs belong to the audited site: the start host with and without `www.`,
 * over http and https (and the same port, when the start URL names one).
 */
export interface SiteScope {
  /** Start host, lower-case, without a leading `www.` (and with `:port` when one is given). */
  readonly siteHost: string;
  isSameSite(url: URL): boolean;
  /** Politeness key: every URL of the site shares one host key. */
  hostKey(url: URL): string;
}

/** Lower-case host without a leading `www.`, plus `:port` for a non-default port. */
export function bareHost(url: URL): string {
  const host = url.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  return url.port ? `${host}:${url.port}` : host;
}

export function createSiteScope(startUrl: string): SiteScope {
  const start = new URL(startUrl);
  const siteHost = bareHost(start);
  return {
    siteHost,
    isSameSite(url: URL): boolean {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
      return bareHost(url) === siteHost;
    },
    hostKey(url: URL): string {
      return bareHost(url);
    },
  };
}

/** The scope of a running crawl: replaced once when the start URL redirects to another host. */
export interface SiteRef {
  current: SiteScope;
}

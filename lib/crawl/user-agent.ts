/** Version of the crawler named in its User-Agent (kept in step with package.json). */
export const CRAWLER_VERSION = '0.1.0';

/** An honest User-Agent. Browsers ignore it for extension fetches; the CLI sends it. */
export const CRAWLER_USER_AGENT = `OIT-Audit/${CRAWLER_VERSION} (+ITA/OIT transparency checker; contact: site owner)`;

import robotsParser from 'robots-parser';

/** What robots.txt allows for one origin. */
export interface RobotsRules {
  isAllowed(url: URL): boolean;
  /** Crawl-delay in ms, if robots.txt sets one for us or for `*`. */
  crawlDelayMs: number | null;
  /** Set when robots.txt could not be read and everything is allowed for that reason. */
  note: string | null;
}

export const ROBOTS_AGENT = 'OIT-Audit';

export const ALLOW_ALL: RobotsRules = { isAllowed: () => true, crawlDelayMs: null, note: null };

/** Rules from a robots.txt body served at `robotsUrl`. */
export function parseRobots(robotsUrl: string, text: string): RobotsRules {
  const robot = robotsParser(robotsUrl, text);
  const delay = robot.getCrawlDelay(ROBOTS_AGENT);
  return {
    isAllowed: (url) => robot.isAllowed(url.href, ROBOTS_AGENT) !== false,
    crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay > 0 ? delay * 1000 : null,
    note: null,
  };
}

export function robotsUrlFor(url: URL): string {
  return `${url.origin}/robots.txt`;
}

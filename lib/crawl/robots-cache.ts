import { decodeBody } from './decode-body.ts';
import type { HostGate } from './host-gate.ts';
import { type HttpSettings, politeRequest } from './http-request.ts';
import { discardBody, readBodyLimited } from './read-body.ts';
import { ALLOW_ALL, parseRobots, type RobotsRules, robotsUrlFor } from './robots.ts';

/**
 * robots.txt, read once per origin: whether a URL is blocked, with the Crawl-delay applied to
 * the host's gate. An unreadable robots.txt allows everything and leaves a note.
 */
export interface RobotsCheckDeps {
  http: HttpSettings;
  gateFor: (url: URL) => HostGate;
  respectRobots: boolean;
  /** The run's notes, appended to when a robots.txt cannot be read. */
  notes: string[];
}

export function createRobotsCheck(d: RobotsCheckDeps): (url: URL) => Promise<boolean> {
  const robots = new Map<string, Promise<RobotsRules>>();
  const robotsFor = (url: URL): Promise<RobotsRules> => {
    let rules = robots.get(url.origin);
    if (!rules) {
      rules = loadRobots(url);
      robots.set(url.origin, rules);
    }
    return rules;
  };

  async function loadRobots(url: URL): Promise<RobotsRules> {
    const robotsUrl = robotsUrlFor(url);
    const out = await politeRequest(robotsUrl, 'GET', d.gateFor(url), { ...d.http, retries: Math.min(1, d.http.retries) });
    if (out.kind === 'aborted') return ALLOW_ALL;
    if (out.kind === 'error') {
      const note = `robots.txt at ${robotsUrl} could not be read (${out.reason}); the site was crawled as if it allowed everything`;
      d.notes.push(note);
      return { ...ALLOW_ALL, note };
    }
    try {
      const { response } = out;
      if (response.status >= 400 || !response.ok) {
        await discardBody(response);
        return ALLOW_ALL;
      }
      const { bytes } = await readBodyLimited(response, 512 * 1024);
      const decoded = decodeBody(bytes, response.headers.get('content-type'));
      if (!decoded.ok || /<html[\s>]/i.test(decoded.text.slice(0, 1024))) return ALLOW_ALL;
      const rules = parseRobots(robotsUrl, decoded.text);
      if (rules.crawlDelayMs !== null) d.gateFor(url).setMinDelay(Math.min(rules.crawlDelayMs, 30_000));
      return rules;
    } catch (error) {
      if (d.http.signal.aborted) return ALLOW_ALL;
      const note = `robots.txt at ${robotsUrl} could not be read (${error instanceof Error ? error.message : String(error)}); crawled as allowed`;
      d.notes.push(note);
      return { ...ALLOW_ALL, note };
    } finally {
      out.done();
    }
  }

  return async (url: URL): Promise<boolean> => d.respectRobots && !(await robotsFor(url)).isAllowed(url);
}

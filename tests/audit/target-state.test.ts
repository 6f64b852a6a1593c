import { describe, expect, it } from 'vitest';
import { builtInConcepts } from '../../lib/checklist/built-in-checklists.ts';
import { buildSiteIndex } from '../../lib/audit/site-index.ts';
import { NETWORK_HOSTS, targetState } from '../../lib/audit/target-state.ts';
import { crawlFromHtml } from '../support/crawl-from-html.ts';

const concept = (id: string) => {
  const c = builtInConcepts.concepts.find((x) => x.id === id);
  if (!c) throw new Error(`no concept ${id}`);
  return c;
};

describe('targetState: a social network front page', () => {
  it('the network hosts come from the concepts whose hosts are the evidence', () => {
    expect(NETWORK_HOSTS).toEqual(expect.arrayContaining(['facebook.com', 'line.me', 'messenger.com']));
    expect(NETWORK_HOSTS).not.toContain('go.th');
  });
  it("a 'Messenger' icon to messenger.com/ named for Q&A is listed, not a channel; the body's own page on it is off-site", () => {
    const crawl = crawlFromHtml({
      '/': '<html><body><a href="https://www.messenger.com/">Messenger</a> <a href="https://m.me/tessabanabc">Messenger</a>' +
        ' <a href="https://www.nacc.go.th/">ถาม-ตอบ</a><div class="fb-customerchat"></div></body></html>',
    });
    const index = buildSiteIndex(crawl);
    const [front, own, agency, chat] = crawl.pages[0]!.links.filter((l) => l.kind === 'external');
    expect(targetState(front!, concept('qa'), index)).toBe('placeholder');
    expect(targetState(own!, concept('qa'), index)).toBe('external');
    // An agency's host root is a service, not a network's front page.
    expect(targetState(agency!, concept('qa'), index)).toBe('external');
    // Messenger's chat plugin whose page a script sets is a working chat on another host, not an unfilled icon.
    expect(chat!.label).toBe('Messenger');
    expect(targetState(chat!, concept('qa'), index)).toBe('external');
  });
});

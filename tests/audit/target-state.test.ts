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

describe('targetState: a national portal accepted for an item', () => {
  it("the portal's front page is not the agency's manual there (review); a page or a script route on it is; the complaint service's own front page is the service", () => {
    const crawl = crawlFromHtml({
      '/': '<html><body><a href="https://www.info.go.th/"><img src="/b.png" alt="ศูนย์กลางคู่มือประชาชน"></a>' +
        ' <a href="https://www.info.go.th/#!/th/search/123/">คู่มือประชาชน กรม</a> <a href="https://info.go.th/agency/drr?id=5">คู่มือประชาชน</a>' +
        ' <a href="https://wbs.nacc.go.th/">แจ้งเบาะแสการทุจริต</a></body></html>',
    });
    const index = buildSiteIndex(crawl);
    const [front, hashRoute, agency, wbs] = crawl.pages[0]!.links.filter((l) => l.kind === 'external');
    expect(targetState(front!, concept('service-manual'), index)).toBe('external');
    expect(targetState(hashRoute!, concept('service-manual'), index)).toBe('ok');
    expect(targetState(agency!, concept('service-manual'), index)).toBe('ok');
    expect(targetState(wbs!, concept('complaint-channel'), index)).toBe('ok');
  });
});

describe('front-page-again: a link answered with the front page leads to nothing of its own', () => {
  it("a post id the server ignores ('/?p=64' showing the home) is a soft 404: broken; the home's own links and a page of its own are not", () => {
    const home = '<html><head><title>สำนักงาน</title></head><body><ul><li><a href="/">หน้าแรก</a></li><li><a href="/?p=64">โครงสร้างการบริหาร</a></li><li><a href="/structure">โครงสร้างหน่วยงาน</a></li></ul><p>ยินดีต้อนรับ</p></body></html>';
    const crawl = crawlFromHtml({
      '/': home,
      '/?p=64': home,
      '/structure': '<html><head><title>โครงสร้าง</title></head><body><h1>โครงสร้างหน่วยงาน</h1><img src="/chart.png" alt="แผนภูมิโครงสร้าง"></body></html>',
    });
    const index = buildSiteIndex(crawl);
    const [self, echo, own] = crawl.pages[0]!.links;
    expect(targetState(echo!, concept('structure'), index)).toBe('broken');
    expect(targetState(own!, concept('structure'), index)).toBe('ok');
    expect(targetState(self!, concept('structure'), index)).not.toBe('broken');
  });
});

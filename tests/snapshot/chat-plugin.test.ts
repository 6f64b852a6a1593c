import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const URL_ = 'https://www.example.go.th/';
function links(body: string) {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links.map((l) => ({ url: l.url, label: l.label, kind: l.kind }));
}

describe("Facebook's Messenger chat plugin is a link to a chat on another host, named Messenger", () => {
  it('with its page id, to the page\'s chat (m.me); without one (set by script), to Messenger', () => {
    expect(links('<div class="fb-customerchat" page_id="475415592575845"></div>')).toEqual([{ url: 'https://m.me/475415592575845', label: 'Messenger', kind: 'external' }]);
    expect(links('<div id="fb-customer-chat" class="fb-customerchat"></div>')).toEqual([{ url: 'https://www.messenger.com/t/', label: 'Messenger', kind: 'external' }]);
  });
  it("the WordPress plugin fb-messenger-livechat's bar (<div id=\"fbmsg\"> with a 'live chat' sheet its script fills) is the same chat", () => {
    const bar = '<div id="fbmsg"><div class="fbmsg-badge"><svg class="fbmsg-badge-btn"></svg></div><div class="wp-sheet" style="display:none"><div class="wp-sheet-head"><div class="wp-sheet-head-inner">live chat</div><a href="#" class="wp-sheet-head-close">×</a></div><div class="wp-sheet-body"></div></div></div>';
    expect(links(bar).filter((l) => l.kind === 'external')).toEqual([{ url: 'https://www.messenger.com/t/', label: 'Messenger', kind: 'external' }]);
  });
  it('another div, or a class that only contains the word, is not', () => {
    expect(links('<div class="fb-root"></div><div class="my-fb-customerchat-box"></div>')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { decideTarget, TARGET_CHECKS, type TargetFacts } from '../../../lib/audit/checks/index.ts';
import { isNetworkHome } from '../../../lib/audit/checks/target-checks.ts';

const page: TargetFacts = { kind: 'page', hasUrl: true, onSite: true, acceptedHost: false, scriptFilled: false };
const check = (id: string) => {
  const c = TARGET_CHECKS.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
};

describe('target checks', () => {
  it('link-goes-nowhere: an empty link or one without a web URL is a placeholder', () => {
    expect(check('link-goes-nowhere').run({ ...page, kind: 'placeholder', hasUrl: false })).toBe('placeholder');
    expect(check('link-goes-nowhere').run({ ...page, kind: 'contact', hasUrl: false })).toBe('placeholder');
    expect(check('link-goes-nowhere').run(page)).toBeNull();
  });
  it("form-postback: an ASP.NET postback link (javascript:__doPostBack('…')) opens only through a browser's form post, not an empty link", () => {
    const postback: TargetFacts = { ...page, kind: 'placeholder', hasUrl: false, postback: true };
    expect(check('form-postback').run(postback)).toBe('script-route');
    expect(decideTarget(postback)).toBe('script-route');
    expect(decideTarget({ ...page, kind: 'placeholder', hasUrl: false })).toBe('placeholder');
  });
  it('script-route: a #/… link is its own state', () => {
    expect(check('script-route').run({ ...page, kind: 'script-route' })).toBe('script-route');
    expect(decideTarget({ ...page, kind: 'script-route' })).toBe('script-route');
  });
  it('script-route-base-gone: a #/… route whose page (or base page) answers 404/410 is broken', () => {
    const route: TargetFacts = { ...page, kind: 'script-route' };
    expect(check('script-route-base-gone').run({ ...route, baseFailureStatus: 404 })).toBe('broken');
    expect(check('script-route-base-gone').run({ ...route, failureStatus: 410 })).toBe('broken');
    expect(check('script-route-base-gone').run({ ...route, baseFailureStatus: 503 })).toBeNull();
    expect(check('script-route-base-gone').run(route)).toBeNull();
    expect(check('script-route-base-gone').run({ ...page, failureStatus: 404 })).toBeNull();
    expect(decideTarget({ ...route, baseFailureStatus: 404 })).toBe('broken');
    expect(decideTarget({ ...route, baseFailureStatus: 429 })).toBe('script-route');
  });
  it('failed-fetch: 404/410 broken, anything else blocked', () => {
    expect(check('failed-fetch').run({ ...page, failureStatus: 404 })).toBe('broken');
    expect(check('failed-fetch').run({ ...page, failureStatus: 410 })).toBe('broken');
    expect(check('failed-fetch').run({ ...page, failureStatus: 429 })).toBe('blocked');
    expect(check('failed-fetch').run(page)).toBeNull();
  });
  it('channel-not-a-document: a PDF about a channel is not the channel', () => {
    expect(check('channel-not-a-document').run({ ...page, kind: 'document', channel: true })).toBe('not-a-channel');
    expect(check('channel-not-a-document').run({ ...page, kind: 'document' })).toBeNull();
    expect(check('channel-not-a-document').run({ ...page, channel: true })).toBeNull();
    expect(decideTarget({ ...page, kind: 'document', channel: true, documentStatus: 404 })).toBe('broken');
  });
  it('failed-document: a HEAD answer of 400 or more', () => {
    expect(check('failed-document').run({ ...page, kind: 'document', documentStatus: 404 })).toBe('broken');
    expect(check('failed-document').run({ ...page, kind: 'document', documentStatus: 500 })).toBe('blocked');
    expect(check('failed-document').run({ ...page, kind: 'document', documentStatus: 200 })).toBeNull();
  });
  it('off-site: another host is external unless the concept accepts it', () => {
    expect(check('off-site').run({ ...page, kind: 'external', onSite: false })).toBe('external');
    expect(check('off-site').run({ ...page, kind: 'external', onSite: false, acceptedHost: true })).toBe('ok');
    expect(check('off-site').run(page)).toBeNull();
  });
  it("off-site: an accepted national portal's front page (www.info.go.th/) is not the agency's document there; a channel's accepted host is its service", () => {
    const portal = { ...page, kind: 'external' as const, onSite: false, acceptedHost: true, acceptedHostFront: true };
    expect(check('off-site').run(portal)).toBe('external');
    expect(check('off-site').run({ ...portal, acceptedHostFront: false })).toBe('ok');
    expect(check('off-site').run({ ...portal, channel: true })).toBe('ok');
  });
  it("network-home-link: a network's front page or a template maker's account names no account of the organisation", () => {
    const icon = { ...page, kind: 'external' as const, onSite: false, acceptedHost: true };
    expect(check('network-home-link').run({ ...icon, networkHome: true })).toBe('placeholder');
    expect(check('network-home-link').run({ ...icon, networkHome: false })).toBeNull();
    // Whatever the item: a 'Messenger' icon to messenger.com/ named for Q&A (a host Q&A does not accept) is no channel either.
    expect(check('network-home-link').run({ ...icon, acceptedHost: false, networkHome: true })).toBe('placeholder');
    expect(decideTarget({ ...icon, networkHome: true })).toBe('placeholder');
    for (const url of ['https://www.facebook.com/', 'https://twitter.com/#', 'https://line.me', 'https://www.youtube.com/?hl=th', 'https://www.facebook.com/templatemo', 'https://www.instagram.com/colorlib/', 'https://www.facebook.com/facebook', 'https://facebook.com/yourpage', 'https://www.facebook.com/seedthemes', 'https://twitter.com/seedthemes']) {
      expect(isNetworkHome(url), url).toBe(true);
    }
    for (const url of ['https://www.facebook.com/wangpraosubdistrict/', 'https://www.facebook.com/people/%E0%B8%AD%E0%B8%9A%E0%B8%95/100010671091367', 'https://www.youtube.com/@tessaban', 'https://line.me/R/ti/p/@abc', 'https://www.facebook.com/profile.php?id=100064', 'https://www.facebook.com/groups/123']) {
      expect(isNetworkHome(url), url).toBe(false);
    }
  });
  it('script-filled-target and the default', () => {
    expect(decideTarget({ ...page, scriptFilled: true })).toBe('script-filled');
    expect(decideTarget(page)).toBe('ok');
  });
  it('applies in order: an empty link is a placeholder even off-site', () => {
    expect(decideTarget({ ...page, kind: 'placeholder', hasUrl: false, onSite: false })).toBe('placeholder');
    expect(decideTarget({ ...page, failureStatus: 404, scriptFilled: true })).toBe('broken');
  });
});

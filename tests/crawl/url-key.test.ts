import { describe, expect, it } from 'vitest';
import { urlKey } from '../../lib/crawl/url-key.ts';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';

const key = (u: string): string => urlKey(new URL(u));

describe('urlKey', () => {
  it('ignores scheme, www, host case and fragment', () => {
    expect(key('https://WWW.Example.go.th/a/b#top')).toBe(key('http://example.go.th/a/b'));
  });

  it('ignores query order', () => {
    expect(key('http://x.go.th/index.php?view=article&id=153&option=com_content')).toBe(
      key('http://x.go.th/index.php?option=com_content&id=153&view=article'),
    );
  });

  it('drops session, tracking, print-view and cache-buster parameters', () => {
    const plain = key('http://x.go.th/news.php?id=5');
    for (const extra of ['PHPSESSID=abc', 'sid=9', 'jsessionid=Z', 'utm_source=fb&utm_medium=x', 'fbclid=1', 'gclid=2', 'tmpl=component', 'print=1', 'format=print', '_=1700000000', 'v=3', 'ver=1.2', 'cb=5', 'nocache=1', 'rand=77']) {
      expect(key(`http://x.go.th/news.php?id=5&${extra}`), extra).toBe(plain);
    }
    expect(key('http://x.go.th/banner.jpg?135416')).toBe(key('http://x.go.th/banner.jpg'));
    expect(key('http://x.go.th/a;jsessionid=ABC123')).toBe(key('http://x.go.th/a'));
  });

  it('keeps parameters that select content', () => {
    expect(key('http://x.go.th/news.php?id=5')).not.toBe(key('http://x.go.th/news.php?id=6'));
    expect(key('http://x.go.th/list?page=2')).not.toBe(key('http://x.go.th/list?page=3'));
    expect(key('http://x.go.th/x?tmpl=full')).not.toBe(key('http://x.go.th/x'));
  });

  it('treats raw and percent-encoded Thai as the same path, with any hex case', () => {
    const raw = key('http://x.go.th/ข่าว/ประกาศ');
    expect(key('http://x.go.th/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7/%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%81%E0%B8%B2%E0%B8%A8')).toBe(raw);
    expect(key('http://x.go.th/%e0%b8%82%e0%b9%88%e0%b8%b2%e0%b8%a7/%e0%b8%9b%e0%b8%a3%e0%b8%b0%e0%b8%81%e0%b8%b2%e0%b8%a8')).toBe(raw);
    expect(key('http://x.go.th/a b')).toBe(key('http://x.go.th/a%20b'));
  });

  it('keeps the port and the trailing slash', () => {
    expect(key('http://127.0.0.1:8080/a')).not.toBe(key('http://127.0.0.1:8081/a'));
    expect(key('http://x.go.th/public/')).not.toBe(key('http://x.go.th/public'));
  });
});

describe('createSiteScope', () => {
  const scope = createSiteScope('https://www.samedtai.go.th/home');
  it('treats http/https × www/bare of the start host as one site', () => {
    for (const u of ['http://samedtai.go.th/', 'https://samedtai.go.th/x', 'http://www.samedtai.go.th/y', 'https://WWW.SAMEDTAI.GO.TH/z']) {
      expect(scope.isSameSite(new URL(u)), u).toBe(true);
    }
  });
  it('treats other hosts, subdomains and schemes as external', () => {
    for (const u of ['https://drive.google.com/file/1', 'https://process3.gprocurement.go.th/x', 'https://itas.nacc.go.th/go/eit/1', 'https://sub.samedtai.go.th/', 'ftp://samedtai.go.th/a']) {
      expect(scope.isSameSite(new URL(u)), u).toBe(false);
    }
  });
  it('keeps an explicit port', () => {
    const local = createSiteScope('http://127.0.0.1:4000/');
    expect(local.isSameSite(new URL('http://127.0.0.1:4000/a'))).toBe(true);
    expect(local.isSameSite(new URL('http://127.0.0.1:4001/a'))).toBe(false);
  });
});

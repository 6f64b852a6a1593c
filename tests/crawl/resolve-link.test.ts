import { describe, expect, it } from 'vitest';
import { resolveLink, socialPluginTarget, unwrapViewerUrl } from '../../lib/crawl/resolve-link.ts';

const base = 'http://www.saiyoi.go.th/public/index.php';
const r = (href: string, b = base): string | null => resolveLink(href, b)?.href ?? null;

describe('resolveLink', () => {
  it('returns null for links that go nowhere', () => {
    for (const href of ['', '   ', '#', '#!', 'javascript:void(0)', 'JavaScript:openWin()', 'mailto:a@b.go.th', 'tel:053000000', 'data:text/html,x', ' java\nscript:x']) {
      expect(r(href), JSON.stringify(href)).toBeNull();
    }
  });

  it('resolves relative links against the base (which depends on the trailing slash)', () => {
    expect(r('list/data/index/menu/1630', 'http://x.go.th/public/')).toBe('http://x.go.th/public/list/data/index/menu/1630');
    expect(r('list/data/index/menu/1630', 'http://x.go.th/public')).toBe('http://x.go.th/list/data/index/menu/1630');
    expect(r('../upload/ITA/EB1/01.pdf', 'http://x.go.th/page/ITA64.php')).toBe('http://x.go.th/upload/ITA/EB1/01.pdf');
  });

  it('turns backslashes in the path into slashes', () => {
    expect(r('themes\\images\\pdf.png')).toBe('http://www.saiyoi.go.th/public/themes/images/pdf.png');
  });

  it('understands scheme-less www. links', () => {
    expect(r('www.toptiersoft.com')).toBe('http://www.toptiersoft.com/');
    expect(r('www.dla.go.th/index.jsp')).toBe('http://www.dla.go.th/index.jsp');
  });

  it('encodes raw Thai and spaces exactly once', () => {
    const raw = r('news_auction.php?id=25-ประกาศ สอบราคา');
    expect(raw).toBe('http://www.saiyoi.go.th/public/news_auction.php?id=25-%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%81%E0%B8%B2%E0%B8%A8%20%E0%B8%AA%E0%B8%AD%E0%B8%9A%E0%B8%A3%E0%B8%B2%E0%B8%84%E0%B8%B2');
    // Already encoded: unchanged (no %25 double encoding).
    expect(r(raw as string)).toBe(raw);
    const mixed = r('/file/%E0%B8%82ข่าว 2567.pdf');
    expect(mixed).toBe('http://www.saiyoi.go.th/file/%E0%B8%82%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7%202567.pdf');
    expect(mixed).not.toContain('%25');
  });

  it('drops surrounding whitespace and zero-width marks', () => {
    expect(r('  \u200b/a.php \n')).toBe('http://www.saiyoi.go.th/a.php');
  });
});

describe('unwrapViewerUrl', () => {
  const u = (s: string): string => unwrapViewerUrl(new URL(s)).href;
  it('unwraps the Google Docs viewer', () => {
    expect(u('https://docs.google.com/viewer?url=https%3A%2F%2Fcmarea3.go.th%2F2567%2Fwp-content%2Fuploads%2Fa.pdf&embedded=true')).toBe(
      'https://cmarea3.go.th/2567/wp-content/uploads/a.pdf',
    );
    expect(u('https://docs.google.com/viewerng/viewer?url=http://x.go.th/b.pdf')).toBe('http://x.go.th/b.pdf');
  });
  it('unwraps flipbook ?pdf= and PDF.js ?file= (relative to the viewer)', () => {
    expect(u('https://flowpaper.com/flipbook/?pdf=https://roiet.go.th/f/plan.pdf')).toBe('https://roiet.go.th/f/plan.pdf');
    expect(u('http://x.go.th/pdfjs/web/viewer.html?file=/docs/%E0%B8%81.pdf')).toBe('http://x.go.th/docs/%E0%B8%81.pdf');
  });
  it('leaves other URLs alone', () => {
    expect(u('https://docs.google.com/document/d/abc/edit')).toBe('https://docs.google.com/document/d/abc/edit');
    expect(u('http://x.go.th/view.php?file=report')).toBe('http://x.go.th/view.php?file=report');
  });
  it('hands back a URL without a query as it is, the viewer itself included', () => {
    for (const s of ['https://docs.google.com/viewer', 'http://x.go.th/pdfjs/web/viewer.html?', 'http://x.go.th/a/b.pdf#page=2']) {
      const url = new URL(s);
      expect(unwrapViewerUrl(url)).toBe(url);
    }
  });
});

describe('socialPluginTarget', () => {
  it('reads the page an embedded Facebook page box shows', () => {
    const t = socialPluginTarget(new URL('https://www.facebook.com/plugins/likebox.php?href=https%3A%2F%2Fwww.facebook.com/%E0%B8%AD%E0%B8%9A%E0%B8%95-385447701515686&width=225'));
    expect(t?.network).toBe('Facebook');
    expect(t?.page.href).toBe('https://www.facebook.com/%E0%B8%AD%E0%B8%9A%E0%B8%95-385447701515686');
    expect(socialPluginTarget(new URL('https://www.facebook.com/v18.0/plugins/page.php?href=https://facebook.com/saiyoi'))?.page.hostname).toBe('facebook.com');
  });
  it('leaves other frames alone, and a plugin pointing off the network', () => {
    expect(socialPluginTarget(new URL('https://www.facebook.com/saiyoi'))).toBeNull();
    expect(socialPluginTarget(new URL('https://www.youtube.com/embed/abc'))).toBeNull();
    expect(socialPluginTarget(new URL('https://www.facebook.com/plugins/page.php?href=https://evil.example/x'))).toBeNull();
    expect(socialPluginTarget(new URL('https://www.facebook.com/plugins/page.php'))).toBeNull();
  });
});

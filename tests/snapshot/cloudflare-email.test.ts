import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { cloudflareEmail } from '../../lib/snapshot/extract-links.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const URL_ = 'https://www.forest.go.th/';
function snapshot(body: string) {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  );
}

describe("cloudflare-email: the address Cloudflare's e-mail protection hides is read", () => {
  it('decodes the hex (first byte the XOR key); refuses what does not decode to an address', () => {
    expect(cloudflareEmail('502735323d312324352210363f223523247e373f7e2438')).toBe('webmaster@forest.go.th');
    expect(cloudflareEmail('50')).toBeNull();
    expect(cloudflareEmail('zz11')).toBeNull();
    expect(cloudflareEmail('5011223344')).toBeNull();
  });
  it("a footer's '[email protected]' link (data-cfemail, or the href's fragment) is an e-mail contact", () => {
    const footer = 'โทรศัพท์:(662)-561-4292-3 อีเมล: <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="502735323d312324352210363f223523247e373f7e2438">[email&#160;protected]</a>';
    const s = snapshot(footer);
    expect(s.contacts).toContainEqual({ kind: 'email', value: 'webmaster@forest.go.th' });
    expect(s.links.find((l) => l.kind === 'contact')?.href).toBe('mailto:webmaster@forest.go.th');
    const byHref = snapshot('<a href="/cdn-cgi/l/email-protection#502735323d312324352210363f223523247e373f7e2438">ติดต่อเรา</a>');
    expect(byHref.contacts).toContainEqual({ kind: 'email', value: 'webmaster@forest.go.th' });
  });
});

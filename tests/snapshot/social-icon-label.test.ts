import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

const URL_ = 'https://www.example.go.th/';
function links(body: string): { label: string; labelSource: string; kind: string }[] {
  return PageSnapshot.parse(
    buildSnapshot({ url: URL_, finalUrl: URL_, status: 200, contentType: 'text/html', charset: 'utf-8', html: `<html><body>${body}</body></html>`, truncated: false, depth: 0, fetchedAt: '2026-01-01T00:00:00Z', site: createSiteScope(URL_) }),
  ).links.map(({ label, labelSource, kind }) => ({ label, labelSource, kind }));
}

describe('social-icon-label: an unlinked icon of a social network is named by the network', () => {
  it('names icons that lead nowhere by their network (Bootstrap, Font Awesome, Boxicons classes)', () => {
    const got = links('<footer><a href=""><i class="bi bi-facebook"></i></a><a href="#"><i class="fab fa-youtube-square"></i></a><a href="#"><i class="bx bxl-instagram"></i></a><a href="#"><span class="icofont-line"></span></a></footer>');
    expect(got.map((l) => [l.label, l.labelSource])).toEqual([
      ['Facebook', 'icon'],
      ['YouTube', 'icon'],
      ['Instagram', 'icon'],
      ['Line', 'icon'],
    ]);
    expect(got.every((l) => l.kind === 'placeholder')).toBe(true);
  });
  it('reads the icon class on the link itself', () => {
    expect(links('<ul class="soc_icons"><li><a href="#" class="fa fa-facebook"></a></li><li><a href="" class="fa fa-youtube-play"></a></li></ul>').map((l) => [l.label, l.labelSource])).toEqual([
      ['Facebook', 'icon'],
      ['YouTube', 'icon'],
    ]);
  });
  it('leaves working icon links to their host and place: a staff card\'s icon is a person\'s profile, not the organisation\'s account', () => {
    expect(links('<div class="social-icons"><a class="facebook" href="https://web.facebook.com/ThiTi.T"><i class="fa fa-facebook"></i></a></div>')[0]?.labelSource).not.toBe('icon');
  });
  it('leaves share buttons to be judged by their host, and other icons unnamed', () => {
    expect(links('<a href="https://www.facebook.com/sharer/sharer.php?u=x"><i class="fa fa-facebook"></i></a>')[0]?.labelSource).not.toBe('icon');
    expect(links('<a href="#"><i class="fa fa-line-chart"></i></a>').map((l) => l.labelSource)).not.toContain('icon');
    expect(links('<a href="#"><i class="fa fa-home"></i></a>').map((l) => l.labelSource)).not.toContain('icon');
    expect(links('<a href="#"><i class="bi bi-facebook"></i> หน้าเพจของเรา</a>')[0]).toMatchObject({ label: 'หน้าเพจของเรา', labelSource: 'text' });
  });
});

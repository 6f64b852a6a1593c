import { readFileSync } from 'node:fs';
import { load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { createSiteScope } from '../../lib/crawl/site-scope.ts';
import { capDomDepth, flattenDeepSource, loadBoundedHtml, MAX_DOM_DEPTH } from '../../lib/snapshot/bounded-dom.ts';
import { buildSnapshot } from '../../lib/snapshot/build-snapshot.ts';
import { PageSnapshot } from '../../lib/snapshot/page-snapshot.ts';

function snap(html: string) {
  const url = 'https://deep.go.th/';
  return PageSnapshot.parse(
    buildSnapshot({ url, finalUrl: url, status: 200, contentType: 'text/html', charset: 'utf-8', html, truncated: false, depth: 0, fetchedAt: '2026-11-25T00:00:00.000Z', site: createSiteScope(url) }),
  );
}

/** The deepest element nesting of a parsed tree, measured without recursion. */
function treeDepth(root: AnyNode): number {
  let max = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() ?? [root, 0];
    max = Math.max(max, depth);
    if ('children' in node) for (const c of node.children) stack.push([c, depth + 1]);
  }
  return max;
}

const LINK = '<a href="/files/plan-2569.pdf">แผนการจัดซื้อจัดจ้าง ประจำปี 2569 ประกาศ 1 ต.ค. 2568</a>';
const nested = (open: string, close: string, depth: number, inner: string) => `<html><head><title>ลึก</title></head><body>${open.repeat(depth)}${inner}${close.repeat(depth)}<p>ท้ายหน้า</p></body></html>`;

describe('a page nested thousands of elements deep is still read', () => {
  it.each([
    ['div', '<div>', '</div>', 3000],
    ['div', '<div>', '</div>', 20000],
    ['table', '<table><tr><td>', '</td></tr></table>', 3000],
    ['list', '<ul><li>', '</li></ul>', 3000],
    ['span', '<span>', '</span>', 20000],
  ])('%s × %i: the link, its label and its date survive', (_, open, close, depth) => {
    const s = snap(nested(open, close, depth, LINK));
    const link = s.links.find((l) => l.url === 'https://deep.go.th/files/plan-2569.pdf');
    expect(link?.label).toContain('แผนการจัดซื้อจัดจ้าง');
    expect(link?.dates.some((d) => d.year === 2025 && d.month === 10 && d.day === 1)).toBe(true);
    expect(s.title).toBe('ลึก');
  });

  it('leaves the parsed tree no deeper than the cap', () => {
    const $ = loadBoundedHtml(nested('<div>', '</div>', 5000, LINK));
    const root = $.root().get(0);
    expect(root).toBeDefined();
    if (root) expect(treeDepth(root)).toBeLessThanOrEqual(MAX_DOM_DEPTH + 3);
    expect($('a').text()).toContain('แผนการจัดซื้อจัดจ้าง');
  });
});

describe('flattenDeepSource', () => {
  it('returns every real-world page unchanged', () => {
    for (const name of ['phukradungsao-home.html', 'kosamphi-ita-index.html', 'nysso-ita2564-eb-tree.html', 'saiyoidenchai-procurement-list.html']) {
      const html = readFileSync(new URL(`../fixtures/realworld/${name}`, import.meta.url), 'utf8');
      expect(flattenDeepSource(html)).toBe(html);
    }
  });

  it('leaves out the tags below the limit, keeping their text and links in order', () => {
    const out = flattenDeepSource(`${'<div>'.repeat(5)}a<a href="/x">b</a><br>c${'</div>'.repeat(5)}`, 3);
    expect(out).toBe('<div><div><div>a<a href="/x">b</a><br>c</div></div></div>');
  });

  it('does not read tags inside scripts, comments or svg self-closing shapes as nesting', () => {
    const script = `<script>${'"<div>"+'.repeat(50)}"";</script>`;
    const svg = `<svg>${'<path d="M0"/>'.repeat(50)}</svg>`;
    const comment = `<!--${'<div>'.repeat(50)}-->`;
    const html = `${script}${svg}${comment}<div><div>x</div></div>`;
    expect(flattenDeepSource(html, 3)).toBe(html);
  });

  it('never leaves out a script, so its code never becomes page text', () => {
    const html = `${'<div>'.repeat(10)}<script>var ประกาศ = "1 ม.ค. 2568";</script>ข้อความ${'</div>'.repeat(10)}`;
    const $ = load(flattenDeepSource(html, 3));
    expect($('script').length).toBe(1);
    $('script').remove();
    expect($('body').text()).toBe('ข้อความ');
  });
});

describe('capDomDepth', () => {
  it('unwraps wrappers below the cap, keeping text, leaf elements and links in document order', () => {
    const $ = load(`<body>${'<div>'.repeat(8)}one<span>two</span><div><a href="/a"><b><i>three</i></b></a><img alt="four"></div>${'</div>'.repeat(8)}</body>`);
    const root = $.root().get(0);
    if (!root) throw new Error('no root');
    expect(capDomDepth(root, 4)).toBe(1);
    expect(treeDepth(root)).toBeLessThanOrEqual(4 + 3);
    expect($('body').text()).toBe('onetwothree');
    expect($('a[href="/a"]').text()).toBe('three');
    expect($('img[alt="four"]').length).toBe(1);
  });

  it('leaves an ordinary page untouched', () => {
    const $ = load('<body><div><p>a <a href="/b">b</a></p></div></body>');
    const root = $.root().get(0);
    if (!root) throw new Error('no root');
    expect(capDomDepth(root)).toBe(0);
    expect($.html()).toBe('<html><head></head><body><div><p>a <a href="/b">b</a></p></div></body></html>');
  });
});

/**
 * The fast HTML parse path (lib/snapshot/parse-html.ts) checked on whole trees, not only snapshots: random tag soup
 * (document skeletons with misnested, unclosed and stray tags) and every test-fixture page; wherever the fast path is
 * taken, its tree (node types, names, data, attributes, namespace fields, sibling links) and its serialisation must
 * equal parse5's. Run: node bin/run-ts.mjs bench/parse-html-check.ts [seed] [documents]
 */
import { load } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { fastParse } from '../lib/snapshot/parse-html.ts';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { flattenDeepSource } from '../lib/snapshot/bounded-dom.ts';
const parts = ['<div>', '</div>', '<p>', '</p>', '<span>', '</span>', '<b>', '</b>', '<a href=x>', '</a>', '<ul>', '<li>', '</li>', '</ul>', '<ol>', '</ol>', '<table>', '<tr>', '<td>', '</td>', '</tr>', '</table>', '<tbody>', '</tbody>', '<h2>', '</h2>', '<h3>', '</h3>', '<br>', '</br>', 'text', ' ', '\n', '\r\n', '<!-- c -->', '<form>', '</form>', '<select>', '<option>', '</option>', '<optgroup>', '</select>', '<pre>', '\n', '</pre>', '<em>', '</em>', '<dl>', '<dt>', '<dd>', '</dl>', '<button>', '</button>', '&amp;', '&copy', '<img src=y>', '<th>', '</th>', '<caption>', '</caption>', '<thead>', '</thead>', '<tfoot>', '<input>', '<label>', '</label>', '<font>', '</font>', '</body>', '</html>', '<noscript>', '</noscript>', '<script>x<y</script>', '<style>a{}</style>', '<title>t&amp;</title>', '<textarea>\nq</textarea>', '<meta charset=utf-8>', '<center>', '</center>', '<iframe>', '</iframe>', '<object>', '</object>', '<col>', '<colgroup>', '<hr>', '<h1>', '</h1>', '<section>', '</section>', '<nav>', '</nav>', '<small>', '</small>', '<strong>', '</strong>', '<i>', '</i>', '<u>', '</u>', '</p >', '<P CLASS=A>', '<div/>', '<br/>', '<body class=x>', '<head>', '</head>', '<html lang=th>', '<!DOCTYPE html>', '<?xml x?>', '<svg><path/></svg>', '<template>', '</template>', '<listing>', '</listing>', '<a href="&amp;q=1" title=\'&lt;\'>', '<td>', '<tr>', '<li>', '<xmp><b></xmp>', '<!-->', '<!--x--!>', '&#10;', '&nbsp;', '<h4>', '</h5>', '<address>', '<dir>', '</dir>', '<marquee>', '</marquee>', '<nobr>', '<code>', '</code>', '<tt>', '<big>', '<strike>', '<s>', '</s>',
  // inline svg icons (modelled on the fast path): adjusted tag and attribute names, xlink, self-closing, title and style text
  '<svg viewBox="0 0 2 2" xmlns:xlink="http://www.w3.org/1999/xlink">', '</svg>', '<svg/>', '<path d="M0 0"/>', '<g fill=x>', '</g>', '<linearGradient gradientUnits=u id=a>', '</lineargradient>', '<stop offset=0/>',
  '<title>', '</title>', '<use xlink:href="#a" href=y/>', '<circle r=1>', '</circle>', '<style>.a{fill:red}</style>', '<style>a&amp;b</style>', '<desc>d</desc>', '<clipPath id=c>', '</clipPath>', '<text x=1>', '</text>', '<rect/>', '<defs>', '</defs>', '<SVG><Path/></SVG>'];
let seed = Number(process.argv[2] ?? 7);
/** mulberry32: a small seeded generator, the same documents for the same seed. */
const rnd = (n: number): number => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
};
const pick = (k: number) => Array.from({ length: k }, () => parts[rnd(parts.length)]).join('');
function dump(n: AnyNode): string {
  const o = n as unknown as Record<string, unknown>;
  const kids = 'children' in n ? (n.children as AnyNode[]).map((c, i, a) => { if (c.parent !== n || c.prev !== (a[i - 1] ?? null) || c.next !== (a[i + 1] ?? null)) throw new Error('links'); return dump(c); }).join(',') : '';
  return `${n.type}:${String(o['name'] ?? '')}:${JSON.stringify(o['data'] ?? '')}:${JSON.stringify(o['attribs'] ?? '')}:${String(o['namespace'] ?? '')}:${JSON.stringify(o['x-attribsNamespace'] ?? '')}:${(o['attribs'] ? Object.getPrototypeOf(o['attribs']) === null : 'none')}:${String(o['x-name'] ?? '')}[${kids}]`;
}
let taken = 0, bad = 0;
const N = Number(process.argv[3] ?? 20000);
for (let i = 0; i < N; i++) {
  const head = rnd(3) === 0 ? '' : rnd(2) ? `<head><title>t</title></head>${rnd(2) ? pick(rnd(3)) : ''}` : '<head><meta charset=utf-8>';
  const html = `${rnd(2) ? '<!DOCTYPE html>' : ''}${rnd(2) ? '\n' : ''}<html>${rnd(2) ? '\n' : ''}${head}${rnd(3) ? '\n' : ''}<body>${pick(2 + rnd(20))}${rnd(2) ? '</body>' : ''}${pick(rnd(3))}${rnd(2) ? '</html>' : ''}${rnd(2) ? '\n' : ''}`;
  const r = fastParse(html);
  if (!('doc' in r)) continue;
  taken++;
  const a = load(r.doc).html() + dump(r.doc), b = load(html).html() + dump(load(html).root().get(0) as AnyNode);
  if (a !== b) { bad++; if (bad <= 5) console.log(JSON.stringify(html), '\n FAST', JSON.stringify(a), '\n SPEC', JSON.stringify(b)); }
}
console.log({ N, taken, bad });
const files = fs.readdirSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'fixtures'), { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).filter((f) => !/\.(json|md|txt|pdf|docx?|xlsx?|png|jpe?g|gif|css|js)$/i.test(f));
let ft = 0, fb = 0, fn = 0;
for (const f of files) {
  const html = flattenDeepSource(fs.readFileSync(f, 'utf8'));
  fn++;
  const r = fastParse(html);
  if (!('doc' in r)) continue;
  ft++;
  const a = dump(r.doc), b = dump(load(html).root().get(0) as AnyNode);
  if (a !== b) { fb++; console.log('FIXTURE DIFF', f); }
}
console.log({ fixtures: fn, fast: ft, treeDiffs: fb });
if (bad + fb > 0) process.exitCode = 1;

import { load } from 'cheerio';
import { type AnyNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { fastParse, parseHtml } from '../../lib/snapshot/parse-html.ts';

/** parse5's tree (cheerio's default parser), serialised. */
const spec = (html: string) => load(html).html();
/** The fast path's tree serialised, or the reason it fell back. */
function fast(html: string): string {
  const r = fastParse(html);
  return 'doc' in r ? load(r.doc).html() : `FALLBACK: ${r.reason}`;
}
const doc = (body: string, head = '<title>t</title>') => `<!DOCTYPE html>\n<html>\n<head>${head}</head>\n<body>${body}</body>\n</html>\n`;

describe('parseHtml fast path: the same tree as parse5', () => {
  it.each([
    ['a plain page', doc('<div><h1>x</h1><p>a <a href="/x">b</a></p></div>')],
    ['<p> closed by a block htmlparser2 also closes it for', doc('<p>one<div>two</div><p>three<ul><li>a<li>b</ul>')],
    ['implied tbody, whitespace and comments kept in it', doc('<table>\n<tr><td>a</td></tr>\n<!-- c -->\n<tr><td>b<td>c</tr>\n</table>')],
    ['implied tbody ended by a tfoot', doc('<table><tr><td>a</td></tr><tfoot><tr><td>f</td></tr></tfoot></table>')],
    ['unclosed cells and rows', doc('<table><tbody><tr><td>a<td><b>b</b><tr><td>c</table>')],
    ['whitespace after </body> into an unclosed element', '<html><head></head><body><div>x</body>\n</html>\n'],
    ['no <head>: parse5 implies an empty one', '<html>\n<body><p>x</p></body></html>'],
    ['whitespace and comments before <html> and <head>', '<!-- a -->\n<!DOCTYPE html>\n<html>\n<!-- b -->\n<head></head><body>x</body></html>'],
    ['the newline after <pre> and <textarea>', doc('<pre>\nkeep\n</pre><textarea>\nt</textarea>')],
    ['CR LF line ends', doc('<p>a\r\nb\rc</p>').replace(/\n/g, '\r\n')],
    ['character references, attribute order, duplicates', doc('<p title="&amp;x" id=a id=b>&copy; &amp &lt;3 &#x41;</p>')],
    ['a script with markup in a string', doc('<script>var s = "<div>" + "</p>";</script><p>x</p>')],
    ['options in a select', doc('<select><option>a<option>b<optgroup><option>c</select>')],
    ['a stray end tag both ignore', doc('<div>x</span></li></td>y</div>')],
    ['</p> with no <p> open', doc('<div></p></div>')],
    ['head content after </head> moved into the head', '<html><head><title>t</title></head>\n<!-- c -->\n<link rel="x">\n<script>var a = 1;</script>\n<body>a</body></html>'],
  ])('%s', (_name, html) => {
    expect(fast(html)).toBe(spec(html));
  });
});

/** Every element's name, namespace and attribute maps (names, values, namespaces, prefixes), in document order. */
function elements(root: AnyNode): string[] {
  const out: string[] = [];
  const walk = (n: AnyNode): void => {
    if (n instanceof Element) out.push(JSON.stringify([n.name, n.namespace, n.attribs, Object.entries(n['x-attribsNamespace'] ?? {}).filter(([, v]) => v !== undefined), Object.entries(n['x-attribsPrefix'] ?? {}).filter(([, v]) => v !== undefined)]));
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(root);
  return out;
}

describe('parseHtml fast path: inline svg icons as parse5 builds them', () => {
  it.each([
    ['an icon in a link', doc('<a href="https://facebook.com/x"><svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><title>Facebook</title><path d="M0 0h24v24H0z"/></svg> Facebook</a>')],
    ['gradients, clip paths and xlink', doc('<svg xmlns:xlink="http://www.w3.org/1999/xlink" preserveAspectRatio="none"><defs><linearGradient id="g" gradientUnits="userSpaceOnUse"><stop offset="0"/></linearGradient><clipPath id="c"><rect width="1"/></clipPath></defs><use xlink:href="#g" href="#c"/><text x="1">ข้อความ</text></svg><p>x</p>')],
    ['a self-closing svg, a style and comments', doc('<p>a<svg/>b</p><svg><!-- c --><style>.a{fill:red}</style><g><circle r="1"></circle></g></svg><br/>')],
    ['upper-case tags and a nested svg', doc('<SVG><G><Path D="M0"/></G><svg><polygon points="0,0"/></svg></SVG>')],
  ])('%s', (_name, html) => {
    const r = fastParse(html);
    expect('doc' in r).toBe(true);
    if (!('doc' in r)) return;
    expect(load(r.doc).html()).toBe(spec(html));
    expect(elements(r.doc)).toEqual(elements(load(html).root().get(0) as AnyNode));
  });
});

describe('parseHtml falls back to parse5 when the trees could differ', () => {
  it.each([
    ['an <a> left open (adoption agency)', doc('<a href="/1">one<div><a href="/2">two</a></div>'), '<a> inside <a>'],
    ['a formatting element closed by a block end (reconstruction)', doc('<div><b>x</div>y'), '<b> left open'],
    ['misnested formatting', doc('<b><p>x</b>y</p>'), '</b> misnested'],
    ['a second <body>', doc('<p>x</p><body class="b"><p>y</p>'), '<body> in body'],
    ['several documents pasted together', `${doc('x')}${doc('y')}`, 'doctype not first'],
    ['text directly in a table (foster parenting)', doc('<table>text<tr><td>a</td></tr></table>'), 'text directly in a table'],
    ['an element directly in a table', doc('<table><div>a</div><tr><td>b</td></tr></table>'), '<div> directly in <table>'],
    ['a cell without a row', doc('<table><td>a</td></table>'), '<td> directly in <table>'],
    ['a form in a table', doc('<table><form><tr><td>a</td></tr></form></table>'), '<form> directly in <table>'],
    ['<p> closed by a block it holds inside another element', doc('<p><span>a<div>b</div></span></p>'), '<div>: parse5 closes 2, htmlparser2 0'],
    ['<li> implied end past a <div>', doc('<ul><li><div>a<li>b</ul>'), '<li>: parse5 closes 2, htmlparser2 0'],
    ['a heading closed by another level', doc('<h2>a</h3>b'), '</h3>: parse5 closes 1, htmlparser2 0'],
    ['a non-special end tag across a block', doc('<span><div>a</span>b</div>'), '</span>: parse5 closes 0, htmlparser2 2'],
    ['a template', doc('<template><p>x</p></template>'), '<template> in body'],
    ['markup in <noscript>', doc('<noscript><img src="x.gif"></noscript>'), 'markup in a raw-text element'],
    ['other content in a <select>', doc('<select><div>a</div></select>'), '<div> in <select>'],
    ['a nested <html>', doc('<html lang="th">'), '<html> in body'],
    ['a frameset', '<html><head></head><frameset><frame src="a"></frameset></html>', '<frameset> before <head>'.replace('before <head>', 'after </head>')],
    ['an HTML element inside an svg (it breaks out of it in parse5)', doc('<svg><g><div>a</div></g></svg>'), '<div> in <svg>'],
    ['an svg element the fast path does not model', doc('<svg><foreignObject><p>a</p></foreignObject></svg>'), '<foreignobject> in <svg>'],
    ['markup in an svg <title> (HTML content for parse5)', doc('<svg><title>a <b>b</b></title></svg>'), 'markup in svg <title>'],
    ['a character reference in an svg <style> (raw text for htmlparser2)', doc('<svg><style>a&amp;b</style></svg>'), 'markup in svg <style>'],
    ['a self-closing tag after <svg/> (htmlparser2 still believes it is in an svg)', doc('<svg/><div/>x'), 'self-closing tag closed by htmlparser2 only'],
    ['an end tag closing past an svg', doc('<div><svg><g></div>x'), '</div> in <svg>'],
    ['other content after </head>', '<html><head></head><div>a</div><body>a</body></html>', '<div> after </head>'],
    ['content after </body>', '<html><head></head><body>a</body><p>b</p></html>', '<p> after </body>'],
    ['</body> after </html> (parse5 goes back to the html element)', '<html><head></head><body>a</html></body><!-- c -->', '</body> after </html>'],
    ['a page without <html>', '<p>a fragment</p>', '<p> before <html>'],
    ['a form inside a form', doc('<form><div></div></form><div><form><div><form></div>'), '<form> inside <form>'],
    ['an <?xml?> declaration', `<?xml version="1.0"?>${doc('x')}`, '<?xml'],
    ['a NUL character', doc('a\0b'), 'NUL character'],
  ])('%s', (_name, html, reason) => {
    expect(fast(html)).toBe(`FALLBACK: ${reason}`);
  });

  it('parseHtml gives parse5 tree on both paths', () => {
    for (const html of [doc('<table><tr><td>a</td></tr></table>'), doc('<a>x<div>y</div>')]) expect(parseHtml(html).html()).toBe(spec(html));
  });
});

describe('parseHtml on generated tag soup: whenever the fast path is taken, the tree is parse5\'s', () => {
  const parts = ['<div>', '</div>', '<p>', '</p>', '<span>', '</span>', '<b>', '</b>', '<a href=x>', '</a>', '<ul>', '<li>', '</li>', '</ul>', '<table>', '<tr>', '<td>', '</td>', '</tr>', '</table>', '<tbody>', '</tbody>', '<h2>', '</h2>', '<h3>', '</h3>', '<br>', '</br>', 'text', ' ', '\n', '<!-- c -->', '<form>', '</form>', '<select>', '<option>', '</select>', '<pre>', '\n', '</pre>', '<em>', '</em>', '<dl>', '<dt>', '<dd>', '</dl>', '<button>', '</button>', '&amp;', '<img src=y>', '<th>', '<caption>', '</caption>', '<thead>', '<tfoot>', '<input>', '<label>', '</label>', '<font>', '</font>'];
  it('2,000 random bodies', () => {
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let taken = 0;
    for (let i = 0; i < 2000; i += 1) {
      const body = Array.from({ length: 3 + rnd(14) }, () => parts[rnd(parts.length)]).join('');
      const html = rnd(4) === 0 ? `<html><head></head><body>${body}</body>\n</html>\n${rnd(2) ? ' ' : ''}` : doc(body);
      const r = fastParse(html);
      if (!('doc' in r)) continue;
      taken += 1;
      expect(load(r.doc).html(), html).toBe(spec(html));
    }
    expect(taken).toBeGreaterThan(300);
  });
});

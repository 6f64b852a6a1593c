/**
 * A generated Thai local-government site (อบต. CMS) of any size, served on 127.0.0.1 with an
 * optional per-response latency. Every page carries the same mega-menu (60 named department pages
 * at `/page/1` … `/page/60`, the way some CMSs number them), a body of Thai text with dates and a
 * footer, about 30 KB of HTML. The site is a tree: home → category index → 40 categories per index
 * page → 50 items per category (one list page each, with a numbered pager to a short second page).
 *
 * Run directly (`node bin/run-ts.mjs bench/generated-site.ts <pages> <latencyMs>`) it prints
 * `PORT <n>` and serves until killed, so a benchmark can keep the server out of the measured process.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const DEPARTMENTS = ['สำนักปลัด', 'กองคลัง', 'กองช่าง', 'กองการศึกษา ศาสนาและวัฒนธรรม', 'กองสาธารณสุขและสิ่งแวดล้อม', 'กองสวัสดิการสังคม', 'หน่วยตรวจสอบภายใน', 'กองส่งเสริมการเกษตร', 'งานป้องกันและบรรเทาสาธารณภัย', 'งานนิติการ'];
const TOPICS = ['ข่าวประชาสัมพันธ์', 'ประกาศจัดซื้อจัดจ้าง', 'ผลการจัดซื้อจัดจ้าง', 'กิจกรรม', 'แผนพัฒนาท้องถิ่น', 'รายงานการประชุมสภา', 'คู่มือประชาชน', 'เงินอุดหนุน'];
export const NAMED_MENU_PAGES = 60;
const ITEMS_PER_CATEGORY = 50;
const CATEGORIES_PER_INDEX = 40;

/** Page counts of a generated site that has about `pages` pages. */
export function siteShape(pages: number): { categories: number; indexPages: number } {
  const categories = Math.max(1, Math.ceil((pages - NAMED_MENU_PAGES) / (ITEMS_PER_CATEGORY + 2)));
  return { categories, indexPages: Math.ceil(categories / CATEGORIES_PER_INDEX) };
}

function departmentName(n: number): string {
  return `${DEPARTMENTS[n % DEPARTMENTS.length]} ${n < DEPARTMENTS.length ? '' : `ฝ่ายที่ ${Math.floor(n / DEPARTMENTS.length) + 1}`}`.trim();
}

function thaiDate(n: number): string {
  return `${(n % 28) + 1} ${MONTHS[n % 12]} ${2566 + (n % 3)}`;
}

function layout(title: string, body: string): string {
  const menu = Array.from({ length: NAMED_MENU_PAGES }, (_, i) => `<li><a href="/page/${i + 1}">${departmentName(i)}</a></li>`).join('');
  const topics = TOPICS.map((t, i) => `<li><a href="/index/1?topic=${i}">${t}</a></li>`).join('');
  const filler = Array.from({ length: 12 }, (_, i) => `<p>องค์การบริหารส่วนตำบลทดสอบ ดำเนินการตามแผนพัฒนาท้องถิ่น ปีงบประมาณ พ.ศ. ${2566 + (i % 3)} เพื่อประโยชน์สุขของประชาชนในพื้นที่ หมู่ที่ ${i + 1} ตำบลทดสอบ อำเภอเมือง จังหวัดทดสอบ โทร 0 4372 9000</p>`).join('');
  return `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>${title} | อบต.ทดสอบ</title><link rel="stylesheet" href="/css/site.css"><script>var menuState={};</script></head><body>
<header><a href="/"><img src="/logo.png" alt="อบต.ทดสอบ"></a><nav><ul class="menu"><li><a href="/">หน้าแรก</a></li><li><a href="/index/1">หมวดหมู่ทั้งหมด</a></li>${menu}</ul><ul class="topics">${topics}</ul></nav></header>
<main><h1>${title}</h1>${body}<section class="filler">${filler}</section></main>
<footer><p>องค์การบริหารส่วนตำบลทดสอบ 99 หมู่ 1 ตำบลทดสอบ อำเภอเมือง จังหวัดทดสอบ 30000 โทร 0 4372 9000 อีเมล saraban@example.go.th</p><a href="https://www.facebook.com/example">Facebook</a></footer></body></html>`;
}

/** The HTML of one path, or null (404). */
export function renderPage(pages: number, pathname: string, search: string): string | null {
  const { categories, indexPages } = siteShape(pages);
  if (pathname === '/') {
    const latest = Array.from({ length: 10 }, (_, i) => `<li><a href="/cat/${i % categories}/item/${i}">${thaiDate(i)} ${TOPICS[i % TOPICS.length]} เรื่องที่ ${i}</a></li>`).join('');
    return layout('หน้าแรก', `<h2>ข่าวล่าสุด</h2><ul>${latest}</ul>`);
  }
  let m = /^\/page\/(\d+)$/.exec(pathname);
  if (m) {
    const n = Number(m[1]);
    if (n < 1 || n > NAMED_MENU_PAGES) return null;
    return layout(departmentName(n - 1), `<h2>อำนาจหน้าที่</h2><p>${departmentName(n - 1)} มีอำนาจหน้าที่ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537</p><table><tr><td>ผู้อำนวยการ</td><td>นาย ทดสอบ ใจดี</td><td>โทร 0 4372 90${String(n).padStart(2, '0')}</td></tr></table>`);
  }
  m = /^\/index\/(\d+)$/.exec(pathname);
  if (m) {
    const n = Number(m[1]);
    if (n < 1 || n > indexPages) return null;
    const first = (n - 1) * CATEGORIES_PER_INDEX;
    const list = Array.from({ length: Math.min(CATEGORIES_PER_INDEX, categories - first) }, (_, i) => `<li><a href="/cat/${first + i}">${TOPICS[(first + i) % TOPICS.length]} ชุดที่ ${first + i + 1}</a></li>`).join('');
    const pager = Array.from({ length: indexPages }, (_, i) => (i + 1 === n ? `<span>${i + 1}</span>` : `<a href="/index/${i + 1}">${i + 1}</a>`)).join(' ');
    return layout(`หมวดหมู่ทั้งหมด หน้า ${n}`, `<ul>${list}</ul><div class="pagination">${pager}</div>${search ? '' : ''}`);
  }
  m = /^\/cat\/(\d+)$/.exec(pathname);
  if (m) {
    const c = Number(m[1]);
    if (c >= categories) return null;
    const page = Number(new URLSearchParams(search).get('page') ?? '1');
    if (page !== 1 && page !== 2) return null;
    const items = page === 1
      ? Array.from({ length: ITEMS_PER_CATEGORY }, (_, i) => { const id = c * ITEMS_PER_CATEGORY + i; return `<tr><td>${thaiDate(id)}</td><td><a href="/cat/${c}/item/${id}">${TOPICS[c % TOPICS.length]} เรื่องที่ ${id} ประจำปีงบประมาณ พ.ศ. ${2566 + (id % 3)}</a></td></tr>`; }).join('')
      : '';
    const pager = `<div class="pagination">${page === 1 ? '<span>1</span> <a href="?page=2">2</a> <a href="?page=2">ถัดไป »</a>' : '<a href="?page=1">« ก่อนหน้า</a> <a href="?page=1">1</a> <span>2</span>'}</div>`;
    return layout(`${TOPICS[c % TOPICS.length]} ชุดที่ ${c + 1}`, `<table>${items}</table>${pager}`);
  }
  m = /^\/cat\/(\d+)\/item\/(\d+)$/.exec(pathname);
  if (m) {
    const c = Number(m[1]);
    const id = Number(m[2]);
    if (c >= categories || Math.floor(id / ITEMS_PER_CATEGORY) !== c) return null;
    const related = [1, 2, 3].map((d) => c * ITEMS_PER_CATEGORY + ((id + d) % ITEMS_PER_CATEGORY)).map((r) => `<li><a href="/cat/${c}/item/${r}">เรื่องที่ ${r}</a></li>`).join('');
    return layout(`${TOPICS[c % TOPICS.length]} เรื่องที่ ${id}`, `<p>ประกาศ ณ วันที่ ${thaiDate(id)}</p><p>รายละเอียดเรื่องที่ ${id} ของ${TOPICS[c % TOPICS.length]} งบประมาณ ${(id * 1250).toLocaleString('en')}.00 บาท</p><h3>เรื่องที่เกี่ยวข้อง</h3><ul>${related}</ul><p><a href="/cat/${c}">กลับไปหน้ารายการ</a></p>`);
  }
  return null;
}

/** Serves a generated site of about `pages` pages, each response held back `latencyMs`. */
export async function serveGeneratedSite(pages: number, latencyMs: number): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const answer = (): void => {
      if (u.pathname === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /admin/\n');
      const html = renderPage(pages, u.pathname, u.search);
      if (html === null) return void res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>404</h1>');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    };
    if (latencyMs > 0) setTimeout(answer, latencyMs);
    else answer();
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

if (process.argv[1]?.replaceAll('\\', '/').endsWith('bench/generated-site.ts')) {
  const { url } = await serveGeneratedSite(Number(process.argv[2] ?? 2000), Number(process.argv[3] ?? 0));
  console.log(`URL ${url}`);
}

/** Up to 400 paths of a generated site of `pages` pages: home, the 60 menu pages, the index pages, every category and its second page, items. */
export function samplePaths(pages: number): string[] {
  const { categories, indexPages } = siteShape(pages);
  const paths = ['/', ...Array.from({ length: 60 }, (_, i) => `/page/${i + 1}`), ...Array.from({ length: indexPages }, (_, i) => `/index/${i + 1}`)];
  for (let c = 0; c < categories; c += 1) paths.push(`/cat/${c}`, `/cat/${c}?page=2`);
  for (let id = 0; paths.length < 400 && id < categories * 50; id += 3) paths.push(`/cat/${Math.floor(id / 50)}/item/${id}`);
  return paths;
}

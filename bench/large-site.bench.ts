/**
 * A large generated site (an อบต. CMS with a mega-menu, list pages and detail pages) on 127.0.0.1:
 * crawl throughput, memory per stored snapshot, and audit time per page, measured in one run.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { auditSite } from '../lib/audit/audit-site.ts';
import { builtInConcepts, getChecklist } from '../lib/checklist/built-in-checklists.ts';
import { createCrawler } from '../lib/crawl/crawler.ts';
import type { BenchResult } from './run.ts';

const PAGES = 600;
const MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const MENU = [
  'โครงสร้างส่วนราชการ', 'คณะผู้บริหาร', 'อำนาจหน้าที่', 'แผนพัฒนาท้องถิ่น', 'ข่าวประชาสัมพันธ์', 'สรุปผลการจัดซื้อจัดจ้างรายเดือน',
  'ข่าวจัดซื้อจัดจ้าง', 'คู่มือสำหรับประชาชน', 'ร้องเรียนการทุจริต', 'กระดานถาม-ตอบ', 'ITA', 'ผังเว็บไซต์',
];

function page(n: number): string {
  const menu = MENU.map((m, i) => `<li><a href="/public/list/data/index/menu/${1000 + i}">${m}</a></li>`).join('');
  const items = Array.from({ length: 25 }, (_, i) => {
    const id = (n * 25 + i) % PAGES;
    return `<li><a href="/public/list/data/detail/id/${id}/menu/${1000 + (id % MENU.length)}">${(id % 28) + 1} ${MONTHS[id % 12]} 2568 ประกาศผู้ชนะการเสนอราคา โครงการที่ ${id} ราคา ${(id * 1250).toLocaleString('en')}.00 บาท</a></li>`;
  }).join('');
  const pager = `<a href="?page=${(n % 5) + 2}">ถัดไป</a>`;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>หน้า ${n} | อบต.ทดสอบ</title></head><body><ul class="menu">${menu}</ul><h1>รายการ ${n}</h1><ul>${items}</ul>${pager}<footer>โทร 0 4372 9000 · เข้าชม ${n * 7} ครั้ง</footer></body></html>`;
}

export async function benchLargeSite(): Promise<BenchResult[]> {
  const server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (u.pathname === '/robots.txt') return void res.writeHead(404).end();
    const n = Number(/\/(\d+)(?:\/menu|$)/.exec(u.pathname)?.[1] ?? 0) % PAGES;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(n));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const crawl = await createCrawler({ fetch, clock: Date.now }).run({ startUrl: url, maxPages: PAGES, delayMs: 0, perHostConcurrency: 4, checkDocuments: false });
  const crawlMs = performance.now() - start;
  const heapAfter = process.memoryUsage().heapUsed;
  server.closeAllConnections();
  server.close();
  const checklist = getChecklist('ita-2568');
  if (!checklist) throw new Error('ita-2568 missing');
  const t = performance.now();
  auditSite({ crawl, checklist, concepts: builtInConcepts.concepts, asOf: { year: 2025, month: 5, day: 15 }, generatedAt: '' });
  const auditMs = performance.now() - t;
  const pages = crawl.pages.length;
  return [
    { name: `crawl ${pages} generated pages (4 at a time, 0 ms delay)`, value: pages / (crawlMs / 1000), unit: 'pages/s' },
    { name: 'heap held per crawled page (snapshots and frontier)', value: Math.max(0, heapAfter - heapBefore) / pages / 1024, unit: 'KB', target: '≤ 200' },
    { name: 'stored snapshot JSON per page', value: crawl.pages.reduce((n, p) => n + JSON.stringify(p).length, 0) / pages / 1024, unit: 'KB' },
    { name: 'audit time per page', value: auditMs / pages, unit: 'ms', target: '≤ 5' },
  ];
}

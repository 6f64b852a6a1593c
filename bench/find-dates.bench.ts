/**
 * Throughput of `findDates` on realistic Thai page text: the visible text of the saved real pages
 * (tests/fixtures/realworld), concatenated and cut into ~60 KB pages.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { load } from 'cheerio';
import { findDates } from '../lib/thai/find-dates.ts';
import type { BenchResult } from './run.ts';

const PAGES = [
  'phukradungsao-home.html',
  'kosamphi-ita-index.html',
  'kosamphi-ita-moit05-monthly.html',
  'nysso-ita2564-eb-tree.html',
  'skj-procurement-table.html',
  'saiyoidenchai-procurement-list.html',
];
const PAGE_BYTES = 60_000; // a 60 KB page (UTF-8), about 22 000 Thai characters
const RUNS = 41;

function visibleText(file: string): string {
  const html = readFileSync(new URL(`../tests/fixtures/realworld/${file}`, import.meta.url), 'utf8');
  const $ = load(html);
  $('script, style, noscript').remove();
  return $('body').text().replace(/\s+/g, ' ');
}

/** 60 KB (UTF-8) pages of Thai text, built by cycling through the real pages' visible text. */
export function samplePages(count = 8): string[] {
  const corpus = PAGES.map(visibleText).join(' ');
  const pages: string[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    let page = '';
    let bytes = 0;
    while (bytes < PAGE_BYTES) {
      const ch = corpus[offset] ?? ' ';
      page += ch;
      bytes += Buffer.byteLength(ch, 'utf8');
      offset = (offset + 1) % corpus.length;
    }
    pages.push(page);
  }
  return pages;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export async function benchFindDates(): Promise<BenchResult[]> {
  const pages = samplePages();
  const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p, 'utf8'), 0);
  const chars = pages.reduce((n, p) => n + p.length, 0);
  let mentions = 0;
  for (let i = 0; i < 5; i++) for (const p of pages) mentions = findDates(p).length; // warm-up
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    for (const p of pages) findDates(p);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  const msPerPage = ms / pages.length;
  return [
    { name: 'findDates throughput (UTF-8)', value: bytes / 1e6 / (ms / 1000), unit: 'MB/s', target: '≥ 20' },
    { name: 'findDates throughput (chars)', value: chars / 1e6 / (ms / 1000), unit: 'Mchar/s' },
    { name: 'findDates per 60 KB page', value: msPerPage, unit: 'ms', target: '< 3' },
    { name: 'findDates mentions in last page', value: mentions, unit: 'count' },
  ];
}

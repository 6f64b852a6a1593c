import { describe, expect, it } from 'vitest';
import { formSheet, formSheetCsv, formSheetText } from '../../lib/report/form-sheet.ts';
import { makeEvidence, makeItem, makeReport } from '../ui/make-report.ts';
import { parseCsv } from './parse-csv.ts';

const report = makeReport([
  makeItem('O1', 'pass', {
    title: 'โครงสร้างหน่วยงาน',
    evidence: [
      makeEvidence({ url: 'https://www.example.go.th/structure' }),
      makeEvidence({ url: 'javascript:alert(1)' }),
      makeEvidence({ url: 'https://www.example.go.th/structure#top' }),
      makeEvidence({ url: 'https://www.example.go.th/structure.pdf' }),
    ],
  }),
  makeItem('O2', 'missing', { title: 'ข้อมูลผู้บริหาร', reason: 'ไม่พบ "ข้อมูลผู้บริหาร" บนเว็บไซต์', reasonEn: 'not found' }),
  makeItem('O3', 'review', { title: 'ช่องทางติดต่อ', reason: 'พบเฉพาะบน Facebook ตรวจเอง', reasonEn: 'only on Facebook' }),
  makeItem('O4', 'incomplete', { title: 'รายงาน สขร.1', reason: 'ไม่พบเดือน มี.ค. 2569', reasonEn: 'Mar 2026 missing', evidence: [makeEvidence({ url: 'http://www.example.go.th/skr' })] }),
]);

describe('formSheet', () => {
  it('gives one row per item in checklist order, each http(s) URL once, best first', () => {
    const rows = formSheet(report);
    expect(rows.map((r) => r.id)).toEqual(['O1', 'O2', 'O3', 'O4']);
    expect(rows[0]?.urls).toEqual(['https://www.example.go.th/structure', 'https://www.example.go.th/structure.pdf']);
    expect(rows[0]?.note).toBe('');
    expect(rows[3]?.urls).toEqual(['http://www.example.go.th/skr']);
  });

  it('says why there is no URL or why the URLs are not enough', () => {
    const rows = formSheet(report, 'th');
    expect(rows[1]?.urls).toEqual([]);
    expect(rows[1]?.note).toBe('ไม่พบหลักฐาน: ไม่พบ "ข้อมูลผู้บริหาร" บนเว็บไซต์');
    expect(rows[2]?.note).toBe('ต้องตรวจเอง: พบเฉพาะบน Facebook ตรวจเอง');
    expect(rows[3]?.note).toBe('ไม่พบเดือน มี.ค. 2569');
    expect(formSheet(report, 'en')[1]?.note).toBe('no evidence found: not found');
  });

  it('says when the only evidence is not a web link', () => {
    const r = makeReport([makeItem('O1', 'pass', { evidence: [makeEvidence({ url: 'data:text/html,x' })] })]);
    expect(formSheet(r, 'th')[0]).toMatchObject({ urls: [], note: 'หลักฐานไม่ใช่ลิงก์เว็บ (http/https)' });
  });
});

describe('formSheetText', () => {
  it('is one block per item: the id and title, then one URL a line', () => {
    const text = formSheetText(formSheet(report, 'th'));
    const blocks = text.trimEnd().split('\n\n');
    expect(blocks[0]).toBe('O1 โครงสร้างหน่วยงาน\nhttps://www.example.go.th/structure\nhttps://www.example.go.th/structure.pdf');
    expect(blocks[1]).toBe('O2 ข้อมูลผู้บริหาร\n(ไม่พบหลักฐาน: ไม่พบ "ข้อมูลผู้บริหาร" บนเว็บไซต์)');
    expect(blocks).toHaveLength(4);
  });
});

describe('formSheetCsv', () => {
  const csv = formSheetCsv(report, 'th');

  it('starts with the UTF-8 BOM bytes EF BB BF and uses CRLF line ends', () => {
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.split('\r\n')).toHaveLength(6);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
  });

  it('round-trips with Thai intact, all URLs of an item in one cell', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['ข้อ', 'รายการ', 'ผล', 'ลิงก์หลักฐาน (URL)', 'หมายเหตุ']);
    expect(rows[1]).toEqual(['O1', 'โครงสร้างหน่วยงาน', 'ผ่าน', 'https://www.example.go.th/structure\nhttps://www.example.go.th/structure.pdf', '']);
    expect(rows[2]?.[4]).toBe('ไม่พบหลักฐาน: ไม่พบ "ข้อมูลผู้บริหาร" บนเว็บไซต์');
  });

  it('has bilingual headers by default', () => {
    expect(parseCsv(formSheetCsv(report).slice(1))[0]?.[0]).toBe('ข้อ / item');
  });
});

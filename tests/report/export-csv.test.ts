import { describe, expect, it } from 'vitest';
import { csvCell, reportToCsv } from '../../lib/report/export-csv.ts';
import { makeEvidence, makeItem, makeReport } from '../ui/make-report.ts';
import { parseCsv } from './parse-csv.ts';

describe('csvCell', () => {
  it.each(['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)'])('neutralises a formula-like cell %j', (value) => {
    const cell = csvCell(value);
    const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
    expect(unquoted).toBe(`'${value}`);
  });

  it.each(['\tcmd', '\rcmd', ' =1+1', '\u202e=1+1', '\u0000@SUM(A1)'])('neutralises a cell starting with a tab, CR, blank or control before a formula %j', (value) => {
    const cell = csvCell(value);
    expect(cell.startsWith("'")).toBe(true);
    expect(cell).not.toMatch(/[\t\r\u0000\u202e]/);
  });

  it('quotes commas, quotes and line breaks and leaves plain text alone', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
    expect(csvCell('แผนปฏิบัติการ 2569')).toBe('แผนปฏิบัติการ 2569');
  });
});

describe('reportToCsv', () => {
  it('writes one row per item with the first and all evidence URLs', () => {
    const report = makeReport([
      makeItem('O1', 'pass', {
        title: 'ข้อมูลพื้นฐาน, โครงสร้าง',
        evidence: [makeEvidence({ url: 'https://a.go.th/1' }), makeEvidence({ url: 'https://a.go.th/2' })],
      }),
      makeItem('O2', 'missing', { reason: '=cmd|" /C calc"!A0' }),
    ]);
    const csv = reportToCsv(report);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(['id', 'title', 'status', 'status_th', 'reason', 'reason_en', 'first_evidence_url', 'evidence_urls']);
    expect(rows[1]).toEqual(['O1', 'ข้อมูลพื้นฐาน, โครงสร้าง', 'pass', 'ผ่าน', 'เหตุผล O1', 'reason O1', 'https://a.go.th/1', 'https://a.go.th/1\nhttps://a.go.th/2']);
    expect(rows[2]?.[4]).toBe(`'=cmd|" /C calc"!A0`);
    expect(rows[2]?.[6]).toBe('');
    expect(rows).toHaveLength(3);
  });
});

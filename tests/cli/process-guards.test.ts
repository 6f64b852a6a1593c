import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { interruptMessage, quietOnEpipe } from '../../lib/cli/process-guards.ts';

describe('quietOnEpipe', () => {
  it('ends with code 0 and no message when the reader of stdout went away', () => {
    const out = new PassThrough();
    const err = new PassThrough();
    let written = '';
    err.on('data', (c: Buffer) => (written += c.toString()));
    const codes: number[] = [];
    quietOnEpipe(out, err, (code) => codes.push(code));
    out.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(codes).toEqual([0]);
    expect(written).toBe('');
  });
  it('reports another output error in one line with code 1', () => {
    const out = new PassThrough();
    const err = new PassThrough();
    let written = '';
    err.on('data', (c: Buffer) => (written += c.toString()));
    const codes: number[] = [];
    quietOnEpipe(out, err, (code) => codes.push(code));
    out.emit('error', Object.assign(new Error('no space'), { code: 'ENOSPC' }));
    expect(codes).toEqual([1]);
    expect(written.trim().split('\n')).toHaveLength(1);
    expect(written).toContain('ENOSPC');
  });
});

describe('interruptMessage', () => {
  it('gives the command that resumes, without any password', () => {
    const m = interruptMessage(['https://u:pw@x.go.th/', '--out', 'my report.json']);
    expect(m).toContain("oit-audit 'https://***@x.go.th/' --out 'my report.json' --resume");
    expect(m).not.toContain('pw@');
  });
  it('for a batch, points at summary.csv and resumes with --sites', () => {
    const m = interruptMessage(['--sites', 'list.txt', '--out-dir', 'out']);
    expect(m).toContain('summary.csv');
    expect(m).toContain('--sites list.txt --out-dir out --resume');
  });
});

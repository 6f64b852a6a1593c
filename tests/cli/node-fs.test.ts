import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFs, privateFs } from '../../lib/cli/node-fs.ts';

describe('appending (checkpoint journals)', () => {
  const dirs: string[] = [];
  const scratch = (): string => {
    const d = mkdtempSync(path.join(os.tmpdir(), 'oit-node-fs-'));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('makes the folder on first use and adds text and bytes at the end, written by the time it returns', async () => {
    const file = path.join(scratch(), 'a', 'b', 'journal.jsonl');
    const bytes = new TextEncoder().encode('{"หน้า":2}\n');
    await nodeFs.appendFile(file, '{"page":1}\n');
    await nodeFs.appendFile(file, bytes);
    bytes.fill(0);
    expect(readFileSync(file, 'utf8')).toBe('{"page":1}\n{"หน้า":2}\n');
  });

  it('keeps a private journal readable by its owner only, in a folder of its own', async () => {
    if (process.platform === 'win32') return;
    const folder = path.join(scratch(), 'cp');
    const file = path.join(folder, 'journal.jsonl');
    await privateFs.appendFile(file, 'x\n');
    await privateFs.appendFile(file, new TextEncoder().encode('y\n'));
    expect(readFileSync(file, 'utf8')).toBe('x\ny\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
  });
});

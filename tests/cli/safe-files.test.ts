import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkWritableDir, checkWritableFile, userCacheDir, writeFileAtomic, writeReportSafely } from '../../lib/cli/safe-files.ts';

/** A made-up home folder (joined, so no machine path is written literally). */
const HOME_DIR = path.join(path.sep, 'home', 'u');

describe('safe report files', () => {
  it('replaces a file atomically, leaving no temp file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'oit-safe-'));
    const file = path.join(dir, 'r.json');
    await writeFile(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['r.json']);
  });

  it('says why a destination cannot be written: a file where a folder should be, or a folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'oit-safe-'));
    const aFile = path.join(dir, 'f');
    await writeFile(aFile, 'x');
    expect(await checkWritableFile(path.join(aFile, 'r.json'))).toMatch(/is a file/);
    expect(await checkWritableFile(dir)).toMatch(/is a folder/);
    expect(await checkWritableFile(path.join(dir, 'new', 'deeper', 'r.json'))).toBeNull();
    expect(await checkWritableDir(path.join(dir, 'out'))).toBeNull();
  });

  it('when the write fails after all, keeps the report in a rescue file and names it', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'oit-safe-'));
    const aFile = path.join(dir, 'f');
    await writeFile(aFile, 'x');
    const r = await writeReportSafely(path.join(aFile, 'r.json'), '{"report":1}');
    expect(r.ok).toBe(false);
    const rescue = r.ok ? '' : (/saved to (\S+)$/.exec(r.message)?.[1] ?? '');
    expect(await readFile(rescue, 'utf8')).toBe('{"report":1}');
    await rm(rescue);
  });

  it('puts checkpoints in the user cache folder', () => {
    expect(userCacheDir({ XDG_CACHE_HOME: '/c' }, HOME_DIR)).toBe(path.join('/c', 'oit-audit', 'checkpoints'));
    expect(userCacheDir({}, HOME_DIR)).toBe(path.join(HOME_DIR, '.cache', 'oit-audit', 'checkpoints'));
    expect(userCacheDir({ XDG_CACHE_HOME: 'relative' }, HOME_DIR)).toBe(path.join(HOME_DIR, '.cache', 'oit-audit', 'checkpoints'));
  });
});

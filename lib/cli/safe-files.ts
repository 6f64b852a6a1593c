import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, mkdir, open, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** One line saying why a path cannot be written, from a node:fs error. */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EROFS' ? 'read-only file system' : (code ?? (e instanceof Error ? e.message : String(e)));
}

/** The nearest folder of `dir` that exists (so a folder to be created can be checked). */
async function nearestExisting(dir: string): Promise<string> {
  let d = dir;
  for (let i = 0; i < 64; i += 1) {
    try {
      await stat(d);
      return d;
    } catch {
      const up = path.dirname(d);
      if (up === d) return d;
      d = up;
    }
  }
  return d;
}

/**
 * Null when `file` can be written (its folder exists or can be created, and the file, if any, is a
 * writable file), else a one-line reason. Checked before a crawl, so no audit is lost at the end.
 */
export async function checkWritableFile(file: string): Promise<string | null> {
  try {
    const s = await stat(file);
    if (s.isDirectory()) return `${file} is a folder, not a file`;
    await access(file, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return `cannot write ${file} (${reason(e)})`;
  }
  return checkWritableDir(path.dirname(file));
}

/** Null when files can be created in `dir` (it exists or can be created), else a one-line reason. */
export async function checkWritableDir(dir: string): Promise<string | null> {
  const existing = await nearestExisting(dir);
  try {
    const s = await stat(existing);
    if (!s.isDirectory()) return `cannot write into ${dir} (${existing} is a file)`;
    await access(existing, constants.W_OK | constants.X_OK);
    return null;
  } catch (e) {
    return `cannot write into ${dir} (${reason(e)})`;
  }
}

/**
 * Writes `text` to `file` atomically: a temp file in the same folder, flushed, then renamed over the
 * destination. A reader (or a crash) sees the old file or the new one, never half of one.
 */
export async function writeFileAtomic(file: string, text: string, mode = 0o644): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

/** `writeFileAtomic`, or on failure a one-line reason (with the path of a rescue copy, when one could be written). */
export async function writeReportSafely(file: string, text: string): Promise<{ ok: true } | { ok: false; message: string }> {
  try {
    await writeFileAtomic(file, text);
    return { ok: true };
  } catch (e) {
    const rescue = path.join(os.tmpdir(), `oit-audit-report-${process.pid}-${Date.now()}${path.extname(file)}`);
    try {
      await writeFileAtomic(rescue, text, 0o600);
      return { ok: false, message: `could not write ${file} (${reason(e)}); the report was saved to ${rescue}` };
    } catch {
      return { ok: false, message: `could not write ${file} (${reason(e)})` };
    }
  }
}

/**
 * The per-user folder for checkpoints: $XDG_CACHE_HOME/oit-audit, else ~/.cache/oit-audit, created
 * owner-only (0700) so other users of the machine can neither read nor block it.
 */
export function userCacheDir(env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  const base = env['XDG_CACHE_HOME'] && path.isAbsolute(env['XDG_CACHE_HOME']) ? env['XDG_CACHE_HOME'] : path.join(home, '.cache');
  return path.join(base, 'oit-audit', 'checkpoints');
}

/** Creates `dir` (and parents) and makes it owner-only. */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
}

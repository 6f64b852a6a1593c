import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SpillFile } from '../crawl/snapshot-store.ts';

/**
 * A scratch file for the crawl's page snapshots (see createSpilledSnapshotStore), in a folder of its own
 * under the system's temp folder, readable by its owner only; `remove()` deletes it. Synchronous: the
 * audit reads pages while judging, which is synchronous, and a page is a few kilobytes.
 */
export function createSpillFile(dir: string = os.tmpdir()): SpillFile & { remove(): void } {
  const folder = mkdtempSync(path.join(dir, 'oit-audit-pages-'));
  const fd = openSync(path.join(folder, 'pages.jsonl'), 'w+', 0o600);
  let open = true;
  return {
    append(bytes) {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    },
    read(offset, length) {
      const buffer = new Uint8Array(length);
      let got = 0;
      while (got < length) {
        const n = readSync(fd, buffer, got, length - got, offset + got);
        if (n === 0) throw new Error(`page file ends at byte ${offset + got}, expected ${offset + length}`);
        got += n;
      }
      return buffer;
    },
    remove() {
      if (open) closeSync(fd);
      open = false;
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

import { type CheckpointStore, hasPageObjectsOnly, journalBytes, journalLine, parseJournal, replayCheckpoint } from './checkpoint.ts';

/** The file operations the store needs; the CLI passes node:fs/promises wrapped to this shape. */
export interface CheckpointFs {
  /** The file's text, or null when it does not exist. */
  readFile(path: string): Promise<string | null>;
  writeFile(path: string, text: string): Promise<void>;
  /**
   * Adds text (or UTF-8 bytes) at the end of the file, creating it (and its folder) when missing. The bytes are
   * read by the time the promise settles (the store writes its next line into the same buffer).
   */
  appendFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Optional: delete a file (missing files are not an error). Without it, clear() empties the file. */
  removeFile?(path: string): Promise<void>;
}

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A file-name-safe stem for a checkpoint key. */
export function checkpointFileStem(key: string): string {
  const readable = key.replace(/[^a-zA-Z0-9._-]+/g, '_').slice(0, 80);
  return `${readable}-${fnv1a(key)}`;
}

/**
 * Stores a checkpoint as one journal file, `<dir>/<stem>.jsonl`: one JSON line per save holding
 * only what that save added (see CheckpointDelta), appended, never rewritten. A line cut off by a
 * crash is ignored on load (the checkpoint is then the saves before it). `location` is a directory,
 * or a function giving the file's path for a key.
 */
export function createFileCheckpointStore(fs: CheckpointFs, location: string | ((key: string) => string)): CheckpointStore {
  const filePath = (key: string): string =>
    typeof location === 'string' ? `${location.replace(/\/+$/, '')}/${checkpointFileStem(key)}.jsonl` : location(key);
  /** Reads a file; a missing file (null, or a thrown ENOENT from node:fs) is null. */
  async function read(path: string): Promise<string | null> {
    try {
      const text: unknown = await fs.readFile(path);
      return text === null || text === undefined ? null : String(text);
    } catch (error) {
      if (typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ENOENT') return null;
      throw error;
    }
  }

  /** The last line's buffer, once its append is done (one append at a time reuses it). */
  let spare: Uint8Array | undefined;

  return {
    async load(key) {
      const text = await read(filePath(key));
      if (text === null || text.trim() === '') return null;
      return replayCheckpoint(parseJournal(key, text));
    },
    async append(key, delta) {
      if (hasPageObjectsOnly(delta)) return fs.appendFile(filePath(key), journalLine(delta));
      // A page the snapshot store spilled is written as the bytes it spilled (journalBytes), into the buffer of the
      // previous line when it fits: a crawl's lines (up to a few MB when pages come faster than the disk takes them)
      // then cost no new memory each, memory that V8 returns only at its next full collection.
      const buffer = spare;
      spare = undefined;
      const line = journalBytes(delta, buffer);
      try {
        await fs.appendFile(filePath(key), line);
      } finally {
        spare = new Uint8Array(line.buffer);
      }
    },
    async clear(key) {
      if (fs.removeFile) await fs.removeFile(filePath(key));
      else await fs.writeFile(filePath(key), '');
    },
  };
}

import { useEffect, useState } from 'preact/hooks';
import type { PageStorage, StorageChanges } from '../../lib/ui/panel-deps.ts';

/**
 * The one way the panel reads storage.local: the given keys, read once and then followed through
 * storage.onChanged. A change that arrives before the first read resolves wins over the older read.
 * Values are raw (unknown): each component parses what it reads with its zod reader.
 */
export function useStorage(storage: PageStorage, keys: readonly string[]): Record<string, unknown> {
  const [values, setValues] = useState<Record<string, unknown>>({});
  const keyList = keys.join('\n');
  useEffect(() => {
    const wanted = keyList.split('\n');
    let live = true;
    const changed = new Set<string>();
    void storage.get(wanted).then((got) => {
      if (!live) return;
      setValues((v) => {
        const next = { ...v };
        for (const k of wanted) if (!changed.has(k)) next[k] = got[k];
        return next;
      });
    });
    const listener = (changes: StorageChanges, area: string): void => {
      if (area !== 'local') return;
      const mine = Object.keys(changes).filter((k) => wanted.includes(k));
      if (mine.length === 0) return;
      for (const k of mine) changed.add(k);
      setValues((v) => {
        const next = { ...v };
        for (const k of mine) next[k] = changes[k]?.newValue;
        return next;
      });
    };
    storage.onChanged.addListener(listener);
    return () => {
      live = false;
      storage.onChanged.removeListener(listener);
    };
  }, [storage, keyList]);
  return values;
}

import { z } from 'zod';
import { DEFAULT_PER_HOST_CONCURRENCY } from '../crawl/host-gate.ts';

/** Crawl settings the user can change on the options page. */
export const Settings = z.strictObject({
  maxPages: z.number().int().min(1).max(5000),
  delayMs: z.number().int().min(0).max(60_000),
  perHostConcurrency: z.number().int().min(1).max(8),
  respectRobots: z.boolean(),
  /** Audits kept per site in the local history (IndexedDB). */
  historyLimit: z.number().int().min(1).max(100).default(10),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { maxPages: 200, delayMs: 0, perHostConcurrency: DEFAULT_PER_HOST_CONCURRENCY, respectRobots: true, historyLimit: 10 };

export const SETTING_LABEL: Record<keyof Settings, { th: string; en: string }> = {
  maxPages: { th: 'จำนวนหน้าสูงสุด', en: 'max pages' },
  delayMs: { th: 'หน่วงระหว่างคำขอ (มิลลิวินาที)', en: 'delay between requests (ms)' },
  perHostConcurrency: { th: 'คำขอพร้อมกันต่อโฮสต์', en: 'requests at once per host' },
  respectRobots: { th: 'ทำตาม robots.txt', en: 'respect robots.txt' },
  historyLimit: { th: 'เก็บผลการตรวจย้อนหลังต่อเว็บไซต์ (ครั้ง)', en: 'audits kept per site' },
};

export interface SettingsReading {
  settings: Settings;
  /** One line per stored value that was unusable and replaced by its default (Thai / English). */
  problems: string[];
}

/**
 * Settings as stored (anything): each unusable field falls back to its default with a message naming
 * it; the usable fields are kept. Nothing stored yet means the defaults and no message.
 */
export function readSettings(stored: unknown): SettingsReading {
  if (stored === undefined || stored === null) return { settings: { ...DEFAULT_SETTINGS }, problems: [] };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return {
      settings: { ...DEFAULT_SETTINGS },
      problems: ['ค่าที่บันทึกไว้อ่านไม่ได้ ใช้ค่าเริ่มต้นแทน / the stored settings were unreadable; defaults are used'],
    };
  }
  const record = stored as Record<string, unknown>;
  const shape = Settings.shape;
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const key of Object.keys(shape) as (keyof Settings)[]) {
    if (!(key in record)) continue;
    const parsed = shape[key].safeParse(record[key]);
    if (parsed.success) {
      (settings as Record<keyof Settings, unknown>)[key] = parsed.data;
    } else {
      const label = SETTING_LABEL[key];
      problems.push(
        `${label.th} / ${label.en} (${key}): ค่าที่บันทึกไว้ ${JSON.stringify(record[key]) ?? String(record[key])} ใช้ไม่ได้ ใช้ค่าเริ่มต้น ${String(DEFAULT_SETTINGS[key])} / stored value is invalid (${parsed.error.issues[0]?.message ?? 'invalid'}); default used`,
      );
    }
  }
  return { settings, problems };
}

/** Form input → settings, or one message per bad field (path + problem). */
export function validateSettings(input: unknown): { ok: true; settings: Settings } | { ok: false; errors: { path: string; message: string }[] } {
  const parsed = Settings.safeParse(input);
  if (parsed.success) return { ok: true, settings: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.') || '(root)', message: i.message })),
  };
}

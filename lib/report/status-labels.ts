import type { Status } from './report-schema.ts';

/** Every user-visible status word, Thai first with English (one place, as Lighthouse's UIStrings). */
export const STATUS_LABEL: Record<Status, { th: string; en: string; symbol: string }> = {
  pass: { th: 'ผ่าน', en: 'pass', symbol: '✔' },
  missing: { th: 'ไม่พบ', en: 'missing', symbol: '✘' },
  outdated: { th: 'ไม่เป็นปัจจุบัน', en: 'outdated', symbol: '⌛' },
  incomplete: { th: 'ไม่ครบ', en: 'incomplete', symbol: '◐' },
  review: { th: 'ต้องตรวจเอง', en: 'review', symbol: '?' },
};

export const STATUS_ORDER: Status[] = ['pass', 'missing', 'outdated', 'incomplete', 'review'];

export const STOPPED_BY_LABEL: Record<string, string> = {
  done: 'ตรวจครบ / done',
  'max-pages': 'ถึงจำนวนหน้าสูงสุด / page limit reached',
  'max-time': 'ถึงเวลาสูงสุด / time limit reached',
  cancelled: 'ยกเลิก / cancelled',
};

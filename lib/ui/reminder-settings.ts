import { z } from 'zod';

/** Month-end reminders: which sites to re-check and on which day of the month (options page). */
export const ReminderSettings = z.object({
  /** Origins of watched sites ("https://www.example.go.th"). */
  sites: z.array(z.string()),
  /** Day of the month the re-check runs; a day past the month's end means its last day. */
  day: z.number().int().min(1).max(31),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

export const DEFAULT_REMINDERS: ReminderSettings = { sites: [], day: 25 };

export function readReminders(stored: unknown): ReminderSettings {
  const parsed = ReminderSettings.safeParse(stored);
  return parsed.success ? parsed.data : { ...DEFAULT_REMINDERS, sites: [] };
}

/** What the latest month-end re-check found, per site; the badge and the notification show `total`. */
export const ReminderResult = z.object({
  /** YYYY-MM of the month it ran for (it runs once a month). */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  ranAt: z.string(),
  total: z.number().int().min(0),
  sites: z.array(
    z.object({
      site: z.string(),
      /** Items overdue or due soon. */
      due: z.number().int().min(0),
      /** Evidence that no longer answers, or items that got worse since the previous audit. */
      broken: z.number().int().min(0),
      /** The report the due list is built from; absent when the re-check could not run. */
      generatedAt: z.string().optional(),
      problem: z.string().optional(),
    }),
  ),
});
export type ReminderResult = z.infer<typeof ReminderResult>;

export function readReminderResult(stored: unknown): ReminderResult | null {
  const parsed = ReminderResult.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whether the month-end re-check should run on `todayIso` (YYYY-MM-DD): on or after the chosen day
 * (the month's last day when the chosen day is past it), once per month, and only with sites to watch.
 */
export function reminderDue(todayIso: string, settings: ReminderSettings, lastMonth: string | null): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(todayIso);
  if (!m || settings.sites.length === 0) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dueDay = Math.min(settings.day, daysInMonth(year, month));
  return day >= dueDay && lastMonth !== todayIso.slice(0, 7);
}

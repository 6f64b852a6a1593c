import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDERS, readReminders, reminderDue } from '../../lib/ui/reminder-settings.ts';

const watch = { sites: ['https://a.go.th'], day: 25 };

describe('reminderDue', () => {
  it('runs from the chosen day on, once a month', () => {
    expect(reminderDue('2026-05-24', watch, null)).toBe(false);
    expect(reminderDue('2026-05-25', watch, null)).toBe(true);
    expect(reminderDue('2026-05-30', watch, '2026-04')).toBe(true);
    expect(reminderDue('2026-05-30', watch, '2026-05')).toBe(false);
  });

  it('a day past the end of the month means its last day; no sites means no re-check', () => {
    expect(reminderDue('2026-02-28', { ...watch, day: 31 }, null)).toBe(true);
    expect(reminderDue('2026-02-27', { ...watch, day: 31 }, null)).toBe(false);
    expect(reminderDue('2026-05-25', { sites: [], day: 25 }, null)).toBe(false);
    expect(reminderDue('not a date', watch, null)).toBe(false);
  });

  it('reads stored settings, the 25th by default', () => {
    expect(readReminders(undefined)).toEqual(DEFAULT_REMINDERS);
    expect(readReminders({ sites: ['x'], day: 40 })).toEqual(DEFAULT_REMINDERS);
    expect(readReminders({ sites: ['https://a.go.th'], day: 3 })).toEqual({ sites: ['https://a.go.th'], day: 3 });
  });
});

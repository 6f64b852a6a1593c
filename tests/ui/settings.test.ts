import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, validateSettings } from '../../lib/ui/settings.ts';

describe('readSettings', () => {
  it('gives the defaults and no message when nothing is stored', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('replaces only the bad stored values by their defaults and says which', () => {
    const { settings, problems } = readSettings({ maxPages: 50, delayMs: -5, perHostConcurrency: 'many', respectRobots: false });
    expect(settings).toEqual({ maxPages: 50, delayMs: DEFAULT_SETTINGS.delayMs, perHostConcurrency: DEFAULT_SETTINGS.perHostConcurrency, respectRobots: false, historyLimit: DEFAULT_SETTINGS.historyLimit });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('delayMs');
    expect(problems[1]).toContain('perHostConcurrency');
  });

  it('falls back to the defaults when the stored value is not an object', () => {
    const { settings, problems } = readSettings('garbage');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
  });
});

describe('validateSettings', () => {
  it('accepts good input', () => {
    expect(validateSettings({ maxPages: 10, delayMs: 0, perHostConcurrency: 1, respectRobots: true })).toEqual({
      ok: true,
      settings: { maxPages: 10, delayMs: 0, perHostConcurrency: 1, respectRobots: true, historyLimit: 10 },
    });
  });

  it('names every bad field', () => {
    const result = validateSettings({ maxPages: 0, delayMs: 1.5, perHostConcurrency: 99, respectRobots: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['maxPages', 'delayMs', 'perHostConcurrency']);
  });
});

import { describe, expect, it } from 'vitest';
import { parseCliOptions, USAGE, UsageError } from '../../lib/cli/cli-options.ts';

const today = { year: 2026, month: 11, day: 25 };

describe('parseCliOptions', () => {
  it('reads the documented flags', () => {
    const o = parseCliOptions(['https://x.go.th/', '--checklist', 'ita-2568', '--as-of', '2025-05-15', '--max-pages', '50', '--concurrency', '3', '--format', 'json', '--out', 'r.json'], today);
    expect(o).toMatchObject({ url: 'https://x.go.th/', checklist: 'ita-2568', asOf: { year: 2025, month: 5, day: 15 }, maxPages: 50, concurrency: 3, format: 'json', out: 'r.json' });
  });
  it('reads --format sheet and --lang, defaulting to both languages (Thai first)', () => {
    expect(parseCliOptions(['https://x.go.th/', '--format', 'sheet', '--lang', 'en'], today)).toMatchObject({ format: 'sheet', lang: 'en' });
    expect(parseCliOptions(['https://x.go.th/'], today).lang).toBe('both');
  });
  it('defaults the as-of date to today', () => {
    expect(parseCliOptions(['https://x.go.th/'], today).asOf).toEqual(today);
  });
  it.each([
    [['https://x.go.th/', '--as-of', '2025-02-30'], /--as-of/],
    [['https://x.go.th/', '--max-pages', 'ten'], /--max-pages/],
    [['https://x.go.th/', '--max-pages', '0'], /--max-pages/],
    [['https://x.go.th/', '--format', 'xml'], /--format/],
    [['https://x.go.th/', '--lang', 'fr'], /--lang/],
    [['--sites', 'list.txt'], /--out-dir/],
    [['https://x.go.th/', '--sites', 'list.txt', '--out-dir', 'r'], /either/],
    [['https://x.go.th/', '--bogus'], /bogus/],
    [[], /start URL/],
    [['a', 'b'], /one start URL/],
    [['https://x.go.th/', '--max-pages', '-1'], /--max-pages: expected a whole number from 1 to/],
    [['https://x.go.th/', '--as-of', '9999-01-01'], /outside 2000–2100 CE/],
    [['https://x.go.th/', '--as-of', '1999-12-31'], /outside 2000–2100 CE/],
    [['https://x.go.th/', '--as-of', '2568-02-30'], /not a calendar date/],
    [['https://x.go.th/', '--out', 'r.json', '--compare', './r.json'], /overwrite the report given to --compare/],
  ])('refuses %j with a message naming the problem', (argv, message) => {
    expect(() => parseCliOptions(argv, today)).toThrow(UsageError);
    expect(() => parseCliOptions(argv, today)).toThrow(message);
  });
});

describe('--as-of in the Buddhist Era', () => {
  it('reads a year above 2400 as BE', () => {
    expect(parseCliOptions(['https://x.go.th/', '--as-of', '2568-12-25'], today).asOf).toEqual({ year: 2025, month: 12, day: 25 });
  });
  it('allows --resume with --sites', () => {
    expect(parseCliOptions(['--sites', 'l.txt', '--out-dir', 'o', '--resume'], today).resume).toBe(true);
  });
  it('--help names the exit codes and the default checklist', () => {
    expect(USAGE).toMatch(/exit codes/);
    expect(USAGE).toMatch(/default checklist/);
  });
});

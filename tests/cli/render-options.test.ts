import { describe, expect, it } from 'vitest';
import { chromiumArgs, createChromiumRenderer, findChromium, NO_CHROMIUM } from '../../lib/cli/chromium-renderer.ts';
import { parseCliOptions, UsageError } from '../../lib/cli/cli-options.ts';

const today = { year: 2026, month: 11, day: 25 };

describe('render flags', () => {
  it('renders by default, with the default cap', () => {
    expect(parseCliOptions(['https://x.go.th/'], today)).toMatchObject({ render: true, maxRendered: 30 });
    expect(parseCliOptions(['https://x.go.th/'], today).chromium).toBeUndefined();
  });
  it('reads --no-render, --render, --chromium and --max-rendered', () => {
    expect(parseCliOptions(['https://x.go.th/', '--no-render'], today).render).toBe(false);
    expect(parseCliOptions(['https://x.go.th/', '--render', '--chromium', '/opt/c/chrome', '--max-rendered', '5'], today)).toMatchObject({ render: true, chromium: '/opt/c/chrome', maxRendered: 5 });
  });
  it.each([
    [['https://x.go.th/', '--render', '--no-render'], /--render or --no-render/],
    [['https://x.go.th/', '--no-render', '--chromium', '/usr/bin/chromium'], /--chromium/],
    [['https://x.go.th/', '--max-rendered', 'many'], /--max-rendered/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliOptions(argv, today)).toThrow(UsageError);
    expect(() => parseCliOptions(argv, today)).toThrow(message);
  });
});

describe('findChromium', () => {
  const only = (...paths: string[]) => (p: string) => paths.includes(p);
  it('takes --chromium first, then CHROMIUM_PATH, then a usual install path', () => {
    expect(findChromium('/a/chrome', { CHROMIUM_PATH: '/b/chrome' }, only('/a/chrome', '/b/chrome', '/usr/bin/chromium'))).toBe('/a/chrome');
    expect(findChromium(undefined, { CHROMIUM_PATH: '/b/chrome' }, only('/b/chrome', '/usr/bin/chromium'))).toBe('/b/chrome');
    expect(findChromium(undefined, {}, only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
  });
  it('finds none when the named browser does not exist (it does not fall back behind the user\'s back)', () => {
    expect(findChromium('/missing', {}, only('/usr/bin/chromium'))).toBeNull();
    expect(findChromium(undefined, { CHROMIUM_PATH: '/missing' }, only('/usr/bin/chromium'))).toBeNull();
    expect(findChromium(undefined, {}, only())).toBeNull();
  });
});

describe('chromium renderer without a browser', () => {
  it('answers every page with the reason, and says it once', async () => {
    const said: string[] = [];
    const r = createChromiumRenderer({ executablePath: null, onUnavailable: (m) => said.push(m) });
    const signal = new AbortController().signal;
    expect(await r.renderPage('http://127.0.0.1/', signal)).toEqual({ error: NO_CHROMIUM });
    expect(await r.renderPage('http://127.0.0.1/#/o1', signal)).toEqual({ error: NO_CHROMIUM });
    expect(said).toEqual([NO_CHROMIUM]);
    await r.close();
  });
  it('launches without the sandbox only as root, and without background traffic', () => {
    expect(chromiumArgs(true)).toContain('--no-sandbox');
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
    expect(chromiumArgs(false)).toContain('--disable-background-networking');
  });
});

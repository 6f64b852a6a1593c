import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../lib/cli/main.ts';
import { readFileSync } from 'node:fs';
import { Report } from '../lib/report/report-schema.ts';
import { type ServedSite, serveSite } from '../tests/support/site-server.ts';
import { type ExtensionBrowser, launchWithExtension, readReport } from './harness.ts';

/**
 * A single-page site (tests/fixtures/sites/spa): the served HTML is an empty #app; its script builds
 * the menu and each item page behind `#/` routes from a JSON file. Rendered in real Chromium, its
 * items are found; unrendered, they cannot be.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const SPA_DIR = path.join(here, '..', 'tests', 'fixtures', 'sites', 'spa');
const AS_OF = '2026-05-20';
/** What the site publishes, as its script shows it. */
const EXPECTED: Record<string, string> = { O1: 'pass', O2: 'pass', O4: 'pass', O6: 'pass' };

let site: ServedSite;
beforeAll(async () => {
  site = await serveSite(SPA_DIR);
});
afterAll(async () => {
  await site?.close();
});

const sink = (): { stream: Writable; text: () => string } => {
  const chunks: string[] = [];
  return {
    stream: new Writable({
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
    text: () => chunks.join(''),
  };
};

async function cliReport(extra: string[]): Promise<{ statuses: Record<string, string>; stderr: string }> {
  const out = path.join(process.env['TMPDIR'] ?? '/tmp', `oit-spa-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
  const stderr = sink();
  const code = await main([site.url, '--checklist', 'ita-2569', '--as-of', AS_OF, '--delay', '0', '--quiet', '--format', 'json', '--out', out, ...extra], { stdout: sink().stream, stderr: stderr.stream });
  expect(code).toBe(0);
  const report = Report.parse(JSON.parse(readFileSync(out, 'utf8')));
  return { statuses: Object.fromEntries(report.items.map((i) => [i.id, i.status])), stderr: stderr.text() };
}

describe('CLI on a single-page site', () => {
  it('with --render, finds the items the script builds', async () => {
    const { statuses } = await cliReport(['--render', '--chromium', process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium']);
    for (const [id, status] of Object.entries(EXPECTED)) expect(statuses[id], id).toBe(status);
  });
  it('without a Chromium, says so once and passes nothing it could not see', async () => {
    const { statuses, stderr } = await cliReport(['--chromium', '/nonexistent/chromium']);
    expect(stderr.match(/no Chromium found/g)).toHaveLength(1);
    for (const id of Object.keys(EXPECTED)) expect(statuses[id], id).not.toBe('pass');
  });
});

describe('extension on a single-page site', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the shell and its routes in background tabs and gives the rendered verdicts', async () => {
    const options = await browser.openPage('options.html');
    await options.locator('#setting-delayMs').fill('0');
    await options.locator('#save-settings').click();
    await options.locator('#settings-saved').waitFor({ timeout: 5_000 });
    await options.close();
    const page = await browser.openPage(`sidepanel.html?start=${encodeURIComponent(site.url)}`);
    await page.locator('#as-of').fill(AS_OF);
    await page.locator('#checklist').selectOption('ita-2569');
    await page.locator('#start').click();
    await page.locator('#audit-state[data-state="done"]').waitFor({ timeout: 110_000 });
    const report = await readReport(page);
    const statuses = Object.fromEntries(report.items.map((i) => [i.id, i.status]));
    for (const [id, status] of Object.entries(EXPECTED)) expect(statuses[id], id).toBe(status);
    // The rendered route pages are the evidence.
    const o2 = report.items.find((i) => i.id === 'O2');
    expect(o2?.evidence.some((e) => e.url.includes('#/item/executives'))).toBe(true);
    // Every render tab was closed again: only the panel is open.
    expect(browser.context.pages().filter((p) => p.url().startsWith(site.url))).toHaveLength(0);
  });
});

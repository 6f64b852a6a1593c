import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AS_OF, DEMO_CHECKLIST, DEMO_SITE_DIR } from '../tests/support/run-demo.ts';
import { type ServedSite, serveSite } from '../tests/support/site-server.ts';
import { type ExtensionBrowser, type PanelReport, launchWithExtension, readHistory, readReport, readStorage, sendToBackground } from './harness.ts';

let browser: ExtensionBrowser;
let site: ServedSite;
/** Verdicts of the uninterrupted audit, compared with the interrupted one. */
let baseline: Record<string, string> = {};

async function setDelay(ms: number): Promise<void> {
  const options = await browser.openPage('options.html');
  await options.locator('#setting-delayMs').fill(String(ms));
  await options.locator('#save-settings').click();
  await options.locator('#settings-saved').waitFor({ timeout: 5_000 });
  await options.close();
}

async function openPanel(): Promise<Page> {
  const page = await browser.openPage(`sidepanel.html?start=${encodeURIComponent(site.url)}`);
  await page.locator('#as-of').fill(DEMO_AS_OF);
  await page.locator('#checklist').selectOption(DEMO_CHECKLIST);
  return page;
}

async function fetchedCount(page: Page): Promise<number> {
  const value = await page.locator('#progress').getAttribute('data-fetched', { timeout: 1_000 }).catch(() => null);
  return Number(value ?? 0);
}

const verdicts = (report: PanelReport): Record<string, string> => Object.fromEntries(report.items.map((i) => [i.id, i.status]));

beforeAll(async () => {
  site = await serveSite(DEMO_SITE_DIR);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('side panel audit of the demo site', () => {
  it('audits the site and shows verdicts with evidence links into the site', async () => {
    await setDelay(0);
    const page = await openPanel();
    await expect.poll(() => page.locator('#fiscal-year').textContent()).toContain('ปีงบประมาณ 2569');
    await page.locator('#start').click();
    await page.locator('#audit-state[data-state="done"]').waitFor({ timeout: 90_000 });
    const report = await readReport(page);
    baseline = verdicts(report);
    expect(report.crawl.stoppedBy).toBe('done');

    const expected: Record<string, string> = { O1: 'pass', O4: 'pass', O7: 'outdated', O12: 'incomplete', O14: 'missing', O15: 'review', O22: 'missing' };
    for (const [id, status] of Object.entries(expected)) {
      await expect.poll(() => page.locator(`[data-item-id="${id}"]`).getAttribute('data-status')).toBe(status);
      expect(baseline[id]).toBe(status);
    }
    // Evidence opens the site's own pages, in a new tab, without an opener.
    const link = page.locator('[data-item-id="O1"] .evidence a').first();
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${site.url}`));
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    // Summary, Thai status words, due list.
    expect(await page.locator('[data-summary="missing"] .count').textContent()).toBe(String(Object.values(baseline).filter((s) => s === 'missing').length));
    expect(await page.locator('[data-item-id="O14"] [data-badge]').textContent()).toContain('ไม่พบ');

    // Exports: the CSV has one row per item; the HTML file is the same report, standalone.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
    const csvText = fs.readFileSync((await csv.path()) ?? '', 'utf8');
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(csvText.trim().split('\r\n')).toHaveLength(report.items.length + 1);
    const [html] = await Promise.all([page.waitForEvent('download'), page.locator('#export-html').click()]);
    const htmlText = fs.readFileSync((await html.path()) ?? '', 'utf8');
    expect(htmlText).toContain('data-item-id="O14" data-status="missing"');
    fs.writeFileSync('/tmp/oit-export.html', htmlText);

    await page.locator('#view-due').click();
    expect(await page.locator('#due').textContent()).toContain('ต้องทำ');
    await page.close();
  });

  it('finishes an audit whose service worker was stopped mid-crawl, with the same verdicts', async () => {
    expect(Object.keys(baseline).length).toBeGreaterThan(0);
    await setDelay(300);
    const page = await openPanel();
    await page.locator('#start').click();
    await page.locator('#audit-state[data-state="running"]').waitFor({ timeout: 10_000 });
    await expect.poll(() => fetchedCount(page), { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#audit-state').getAttribute('data-state')).toBe('running');
    const beforeStop = await fetchedCount(page);

    await browser.stopServiceWorkers(page);

    await page.locator('#resumes').waitFor({ timeout: 30_000 });
    await page.locator('#audit-state[data-state="done"]').waitFor({ timeout: 90_000 });
    const report = await readReport(page);
    expect(verdicts(report)).toEqual(baseline);
    expect(Number(await page.locator('#resumes').getAttribute('data-resumes'))).toBeGreaterThanOrEqual(1);
    // Resumed from the checkpoint: pages fetched before the stop were not fetched again.
    expect(beforeStop).toBeGreaterThan(0);
    const homeHits = site.hits.filter((h) => h === 'GET /').length;
    expect(homeHits).toBe(2); // once per audit (the baseline and this one), not again after the resume
    // The second audit of the site is compared with the first.
    await page.locator('#view-history').click();
    expect(await page.locator('#comparison').textContent()).toContain('สถานะไม่เปลี่ยน');
    await page.close();
  });

  it('cancel stops the audit and says so', async () => {
    await setDelay(300);
    const page = await openPanel();
    await page.locator('#start').click();
    await expect.poll(() => fetchedCount(page), { timeout: 30_000, interval: 100 }).toBeGreaterThanOrEqual(1);
    await page.locator('#cancel').click();
    await page.locator('#audit-state[data-state="cancelled"]').waitFor({ timeout: 5_000 });
    await page.locator('#start').waitFor({ timeout: 5_000 });
    // The background agrees, and no report was added for the cancelled audit.
    const reply = (await sendToBackground(page, { type: 'get-state' })) as { state: { status: string } };
    expect(reply.state.status).toBe('cancelled');
    expect(await readHistory(page, new URL(site.url).origin)).toHaveLength(2);
    await page.close();
  });

  it('with no panel open, the resume alarm wakes the stopped worker and the audit completes', async () => {
    await setDelay(300);
    // The options page never messages the background, so only the alarm can wake the worker.
    const page = await browser.openPage('options.html');
    const reply = (await sendToBackground(page, { type: 'start', startUrl: site.url, checklistId: DEMO_CHECKLIST, asOf: DEMO_AS_OF })) as { ok: boolean };
    expect(reply.ok).toBe(true);
    await expect
      .poll(async () => ((await readStorage(page, 'audit:progress')) as { fetched?: number } | undefined)?.fetched ?? 0, { timeout: 30_000, interval: 100 })
      .toBeGreaterThanOrEqual(3);
    await browser.stopServiceWorkers(page);
    await expect
      .poll(async () => ((await readStorage(page, 'audit:state')) as { status: string }).status, { timeout: 100_000, interval: 1_000 })
      .toBe('done');
    expect(((await readStorage(page, 'audit:state')) as { resumes: number }).resumes).toBeGreaterThanOrEqual(1);
    const history = await readHistory(page, new URL(site.url).origin);
    expect(history).toHaveLength(3);
    expect(verdicts(history[0] as PanelReport)).toEqual(baseline);
    await page.close();
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AS_OF, DEMO_CHECKLIST, DEMO_SITE_DIR } from '../tests/support/run-demo.ts';
import { type ServedSite, serveSite } from '../tests/support/site-server.ts';
import { type AxeViolation, type ExtensionBrowser, axeViolations, launchWithExtension, readHistory, readReport, readStorage, screenshot, writeStorage } from './harness.ts';

// The auditor's workspace flows against the demo site, at the side panel's real width (400 px), with
// axe-core in every state and screenshots in e2e/screenshots/.
let browser: ExtensionBrowser;
let site: ServedSite;
let hostile: ServedSite;
let hostileDir: string;
let origin: string;

const noViolations = (v: AxeViolation[]): string => JSON.stringify(v, null, 1);

async function expectAxeClean(page: Page, state: string): Promise<void> {
  const v = await axeViolations(page);
  expect(v, `${state}: ${noViolations(v)}`).toEqual([]);
}

async function panel(query = ''): Promise<Page> {
  const page = await browser.openPage(`sidepanel.html?start=${encodeURIComponent(site.url)}&asOf=${DEMO_AS_OF}&checklist=${DEMO_CHECKLIST}${query}`);
  await page.setViewportSize({ width: 400, height: 860 });
  return page;
}

async function audit(page: Page): Promise<void> {
  await page.locator('#start').click();
  await page.locator('#audit-state[data-state="done"]').waitFor({ timeout: 90_000 });
  await page.locator('[data-item-id="O1"]').waitFor({ timeout: 10_000 });
}

/** A site whose labels try to run code or break the layout. */
function writeHostileSite(dir: string): void {
  const huge = `โครงสร้างส่วนราชการ ${'กขค'.repeat(17_000)}`;
  const html = `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>อบต.ทดสอบ <script>window.__pwned=1</script></title></head><body>
<h1>ข้อมูลพื้นฐาน</h1>
<ul>
<li><a href="/structure.html">${huge.replace(/</g, '&lt;')}</a></li>
<li><a href="javascript:window.__pwned=2">คณะผู้บริหาร &lt;img src=x onerror="window.__pwned=3"&gt;</a></li>
<li><a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">อำนาจหน้าที่</a></li>
<li><a href="/contact.html">ข้อมูลการติดต่อ \u202Egnp.exe\u202C</a></li>
<li><a href="/plan.html">แผนพัฒนาท้องถิ่น&#0;</a></li>
</ul></body></html>`;
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  for (const [file, title] of [['structure.html', 'โครงสร้างส่วนราชการ'], ['contact.html', 'ติดต่อเรา โทร 02-123-4567'], ['plan.html', 'แผนพัฒนาท้องถิ่น']]) {
    fs.writeFileSync(path.join(dir, file ?? 'x.html'), `<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>`);
  }
}

beforeAll(async () => {
  site = await serveSite(DEMO_SITE_DIR);
  origin = new URL(site.url).origin;
  hostileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oit-hostile-'));
  writeHostileSite(hostileDir);
  hostile = await serveSite(hostileDir);
  browser = await launchWithExtension();
  const options = await browser.openPage('options.html');
  await options.locator('#setting-delayMs').fill('0');
  await options.locator('#save-settings').click();
  await options.locator('#settings-saved').waitFor({ timeout: 5_000 });
  await options.close();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await hostile?.close();
  if (hostileDir) fs.rmSync(hostileDir, { recursive: true, force: true });
});

describe('the auditor workspace in the side panel', () => {
  it('audits, then finds fast: status counts and divisions filter, items grouped by indicator; axe clean in light and dark', async () => {
    const page = await panel();
    await expectAxeClean(page, 'panel before an audit');
    await screenshot(page, '01-panel-idle');
    await audit(page);
    const report = await readReport(page);
    const total = report.items.length;
    expect(await page.locator('[data-item-id]').count()).toBe(total);
    expect(await page.locator('[data-indicator]').count()).toBeGreaterThan(1);
    await screenshot(page, '02-results-400px', false);
    await expectAxeClean(page, 'results');

    await page.locator('[data-summary="missing"]').click();
    const missing = report.items.filter((i) => i.status === 'missing').length;
    expect(await page.locator('[data-item-id]').count()).toBe(missing);
    expect(await page.locator('[data-item-id][data-status="missing"]').count()).toBe(missing);
    const owner = await page.locator('[data-item-id]').first().getAttribute('data-owner');
    await page.locator('.owner-filter').selectOption(owner ?? '');
    const shown = await page.locator('[data-item-id]').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBe(await page.locator(`[data-item-id][data-owner="${owner}"][data-status="missing"]`).count());
    await screenshot(page, '03-results-filtered', false);
    await expectAxeClean(page, 'results filtered');
    await page.locator('#clear-filters').click();
    expect(await page.locator('[data-item-id]').count()).toBe(total);

    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, '04-results-dark', false);
    await expectAxeClean(page, 'results, dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // English only, and Thai only.
    await page.locator('#lang-view').selectOption('en');
    await expect.poll(() => page.locator('#start').textContent().then((t) => t?.trim())).toBe('Start');
    await expect.poll(() => page.locator('#fiscal-year').textContent()).toContain('20 May 2026 (20 พ.ค. 2569)');
    await screenshot(page, '05-results-english', false);
    await expectAxeClean(page, 'results, English');
    await page.locator('#lang-view').selectOption('th');
    await expect.poll(() => page.locator('#start').textContent().then((t) => t?.trim())).toBe('เริ่มตรวจ');
    await page.locator('#lang-view').selectOption('both');
    await expect.poll(() => page.locator('#lang-view').inputValue()).toBe('both');

    // 200% zoom of the 400 px panel is a 200 CSS-pixel-wide layout: nothing may be wider than it.
    await page.setViewportSize({ width: 200, height: 430 });
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 5)
        .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
    );
    expect(wide).toEqual([]);
    await screenshot(page, '06-results-zoom-200', false);
    await page.setViewportSize({ width: 400, height: 860 });
    await page.close();
  });

  it('works by keyboard alone: Tab to a status filter and press it, Tab to the form-sheet view and open it', async () => {
    const page = await panel();
    await page.locator('[data-item-id="O1"]').waitFor({ timeout: 10_000 });
    const focusedId = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('data-summary') ?? document.activeElement?.id ?? '');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await page.keyboard.press('Tab');
      reached = (await focusedId()) === 'view-form';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('#form-sheet').waitFor({ timeout: 5_000 });
    await page.locator('#view-results').focus();
    await page.keyboard.press('Enter');
    let onFilter = false;
    for (let i = 0; i < 20 && !onFilter; i += 1) {
      await page.keyboard.press('Tab');
      onFilter = (await focusedId()) === 'missing';
    }
    expect(onFilter).toBe(true);
    await page.keyboard.press('Space');
    expect(await page.locator('[data-summary="missing"]').getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('show on page: opens the page the evidence was found on and highlights it with the item label', async () => {
    const page = await panel();
    await page.locator('[data-item-id="O1"] .show-on-page').first().waitFor({ timeout: 10_000 });
    const line = page.locator('[data-item-id="O1"] .evidence li').first();
    const evidenceUrl = await line.getAttribute('data-evidence-url');
    const [tab] = await Promise.all([browser.context.waitForEvent('page', { timeout: 15_000 }), line.locator('.show-on-page').click()]);
    await expect.poll(() => page.locator('[data-item-id="O1"] .show-result').first().getAttribute('data-found'), { timeout: 20_000 }).toMatch(/link|text/);
    expect(tab.url().startsWith(origin)).toBe(true);
    const label = tab.locator('[data-oit-audit-highlight="label"]');
    expect(await label.textContent()).toContain('O1');
    const target = tab.locator('[data-oit-audit-highlight="target"]');
    expect(await target.count()).toBe(1);
    if (evidenceUrl) expect(await target.evaluate((el) => (el as HTMLAnchorElement).href ?? '')).toContain(new URL(evidenceUrl).pathname);
    await tab.setViewportSize({ width: 900, height: 700 });
    await screenshot(tab, '07-show-on-page', false);
    await tab.close();
    await page.close();
  });

  it('OIT form sheet: URLs per item in order, copy one and all, download that opens in Excel with Thai', async () => {
    // The clipboard may be refused in headless Chromium: then the panel says so, which is what is checked.
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `chrome-extension://${browser.extensionId}` }).catch(() => undefined);
    const page = await panel('&view=form');
    await page.locator('[data-form-item="O1"]').waitFor({ timeout: 10_000 });
    const report = await readReport(page);
    expect(await page.locator('[data-form-item]').evaluateAll((els) => els.map((e) => e.getAttribute('data-form-item')))).toEqual(report.items.map((i) => i.id));
    await page.locator('[data-form-item="O1"] .copy-one').click();
    await expect.poll(() => page.locator('#copy-status').textContent()).toMatch(/copied|คัดลอกแล้ว|คัดลอกไม่ได้/);
    await page.locator('#copy-all').click();
    const clip = await page.evaluate(() => navigator.clipboard.readText().catch(() => ''));
    if (clip !== '') expect(clip.split('\n')[0]).toMatch(/^O1\t/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-form-sheet').click()]);
    const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    expect(csv).toMatch(/O1,/);
    await screenshot(page, '08-form-sheet', false);
    await expectAxeClean(page, 'form sheet');
    await page.close();
  });

  it('history: re-judging the stored pages with another date adds an audit; the comparison warns about the dates', async () => {
    const page = await panel();
    await page.locator('#rejudge').waitFor({ timeout: 10_000 });
    const before = (await readHistory(page, origin)).length;
    const hitsBefore = site.hits.length;
    await page.locator('#as-of').fill('2026-09-30');
    await page.locator('#rejudge').click();
    await expect.poll(async () => (await readHistory(page, origin)).length, { timeout: 10_000 }).toBe(before + 1);
    expect(site.hits.length).toBe(hitsBefore); // judged from the stored snapshots: no request to the site
    await page.locator('#view-history').click();
    await page.locator('#comparison').waitFor({ timeout: 5_000 });
    expect(await page.locator('[data-warning="dates"]').count()).toBe(1);
    expect(await page.locator('[data-history-entry]').count()).toBe(before + 1);
    await screenshot(page, '09-history-compare', false);
    await expectAxeClean(page, 'history');
    await page.close();
  });

  it('month-end reminder: options pick the site and the day; the alarm re-checks evidence pages only, sets the badge, and the panel opens on the due list by division', async () => {
    const options = await browser.openPage('options.html');
    await options.setViewportSize({ width: 700, height: 900 });
    await options.locator(`[data-watch-site="${origin}"]`).check();
    const today = new Date();
    await options.locator('#reminder-day').fill(String(today.getDate()));
    await options.locator('#save-reminders').click();
    await options.locator('#reminders-saved').waitFor({ timeout: 5_000 });
    await screenshot(options, '10-options');
    await expectAxeClean(options, 'options page');

    const hitsBefore = site.hits.length;
    const worker = await browser.serviceWorker();
    await worker.evaluate(() => (globalThis as unknown as { chrome: { alarms: { create(n: string, i: { when: number }): void } } }).chrome.alarms.create('oit-audit-reminder', { when: Date.now() + 200 }));
    await expect.poll(async () => (await readStorage(options, 'reminders:last')) !== undefined, { timeout: 60_000, interval: 500 }).toBe(true);
    const result = (await readStorage(options, 'reminders:last')) as { total: number; sites: { site: string; due: number; broken: number; problem?: string }[] };
    expect(result.sites[0]?.problem).toBeUndefined();
    const requested = site.hits.slice(hitsBefore).filter((h) => h.startsWith('GET '));
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.length).toBeLessThanOrEqual(40 + 31); // evidence pages (≤ 40) and their robots/documents, not the site
    const badge = await worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
    expect(badge).toBe(result.total > 0 ? String(result.total) : '');

    // The notification click stores the view and opens the panel on it.
    await writeStorage(options, { 'panel:view': 'due' });
    const page = await panel();
    await page.locator('#due').waitFor({ timeout: 10_000 });
    expect(await page.locator('[data-due-owner]').count()).toBeGreaterThan(0);
    expect(await page.locator('#reminder-result').getAttribute('data-total')).toBe(String(result.total));
    await screenshot(page, '11-due-this-month', false);
    await expectAxeClean(page, 'due list');
    await page.close();
    await options.close();
  });

  it('the exported HTML report is axe clean', async () => {
    const page = await panel();
    await page.locator('#export-html').waitFor({ timeout: 10_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-html').click()]);
    const file = path.join(os.tmpdir(), `oit-e2e-report-${process.pid}.html`);
    fs.copyFileSync((await download.path()) ?? '', file);
    const htmlPage = await browser.context.newPage();
    await htmlPage.goto(`file://${file}`);
    await screenshot(htmlPage, '13-html-report', false);
    await expectAxeClean(htmlPage, 'HTML report');
    await htmlPage.close();
    fs.rmSync(file, { force: true });
    await page.close();
  });

  it('hostile labels: nothing runs, nothing is clickable but http(s), the panel keeps its width', async () => {
    const page = await browser.openPage(`sidepanel.html?start=${encodeURIComponent(hostile.url)}&asOf=${DEMO_AS_OF}&checklist=${DEMO_CHECKLIST}`);
    await page.setViewportSize({ width: 400, height: 860 });
    await audit(page);
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const hrefs = await page.locator('#results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.every((h) => /^https?:/.test(h))).toBe(true);
    const text = (await page.locator('#items').textContent()) ?? '';
    expect(text).not.toMatch(/[\u0000\u202e]/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const longest = await page.locator('#items .evidence a').evaluateAll((as) => Math.max(0, ...as.map((a) => (a.textContent ?? '').length)));
    expect(longest).toBeLessThanOrEqual(140);
    await screenshot(page, '12-hostile-labels', false);
    await expectAxeClean(page, 'hostile labels');
    // Show on page for the 50,000-character label: the in-page label stays short and is text.
    const show = page.locator('.show-on-page').first();
    if ((await show.count()) > 0) {
      const [tab] = await Promise.all([browser.context.waitForEvent('page', { timeout: 15_000 }), show.click()]);
      await expect.poll(() => page.locator('.show-result').first().getAttribute('data-found'), { timeout: 20_000 }).not.toBeNull();
      expect(await tab.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
      const tag = tab.locator('[data-oit-audit-highlight="label"]');
      if ((await tag.count()) > 0) expect(((await tag.textContent()) ?? '').length).toBeLessThanOrEqual(130);
      await tab.close();
    }
    await page.close();
  });
});

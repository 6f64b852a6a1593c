import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, type Page, type Worker, chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The e2e build (`wxt build --mode e2e`): it declares host access to 127.0.0.1, granted at load. */
export const EXTENSION_DIR = path.resolve(here, '..', '.output', 'chrome-mv3-e2e');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's current service worker (a new one after a stop). */
  serviceWorker(): Promise<Worker>;
  openPage(pathAndQuery: string): Promise<Page>;
  /** Stops every service worker through CDP (as Chrome does with an idle worker). */
  stopServiceWorkers(page: Page): Promise<void>;
  close(): Promise<void>;
}

/** Debian Chromium, headless, with the built extension in a fresh profile. */
export async function launchWithExtension(): Promise<ExtensionBrowser> {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR} is missing: run "npx wxt build --mode e2e" first (npm run test:e2e does)`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'oit-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 420, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const serviceWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const extensionId = new URL((await serviceWorker()).url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    async openPage(pathAndQuery) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathAndQuery}`);
      return page;
    },
    async stopServiceWorkers(page) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PanelReport {
  site: string;
  items: { id: string; status: string; evidence: { url: string }[] }[];
  crawl: { stoppedBy: string; pagesFetched: number };
}

/** The report JSON the side panel keeps in `<pre id="result-json">`. */
export async function readReport(page: Page): Promise<PanelReport> {
  const text = await page.locator('#result-json').textContent({ timeout: 5_000 });
  return JSON.parse(text ?? 'null') as PanelReport;
}

interface PageChrome {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}

/** Sends a message to the background from an extension page, as the panel does. */
export function sendToBackground(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate((m) => (globalThis as unknown as { chrome: PageChrome }).chrome.runtime.sendMessage(m), message);
}

/** One value of the extension's storage.local. */
export function readStorage(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (k) => (await (globalThis as unknown as { chrome: PageChrome }).chrome.storage.local.get(k))[k], key);
}

export function writeStorage(page: Page, items: Record<string, unknown>): Promise<void> {
  return page.evaluate((i) => (globalThis as unknown as { chrome: PageChrome }).chrome.storage.local.set(i), items);
}

/** Where the e2e tests write screenshots for a person to look at (gitignored). */
export const SCREENSHOT_DIR = path.resolve(here, 'screenshots');

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

const AXE_SOURCE_PATH = path.resolve(here, '..', 'node_modules', 'axe-core', 'axe.min.js');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Runs axe-core in the page (WCAG 2.x A/AA rules and best practices). The source is evaluated through
 * the DevTools protocol, so the extension pages' CSP (no inline script) does not block it.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(fs.readFileSync(AXE_SOURCE_PATH, 'utf8'));
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })) }));
  });
}

/** The stored audits of a site, newest first, read from the extension's IndexedDB history. */
export function readHistory(page: Page, site: string): Promise<PanelReport[]> {
  return page.evaluate(async (s) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('oit-audit-history');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const r = db.transaction('reports').objectStore('reports').getAll(IDBKeyRange.bound([s, ''], [s, '\uffff']));
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return all.reverse() as PanelReport[];
  }, site);
}

import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, readStorage, writeStorage } from './harness.ts';

let browser: ExtensionBrowser;

const shipped = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '..', 'checklists', 'ita-2569.json'), 'utf8')) as {
  id: string;
  title: string;
  items: Record<string, unknown>[];
};

function fileOf(name: string, json: unknown): { name: string; mimeType: string; buffer: Buffer } {
  return { name, mimeType: 'application/json', buffer: Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)) };
}

async function pickerIds(): Promise<string[]> {
  const panel = await browser.openPage('sidepanel.html?start=http%3A%2F%2F127.0.0.1%3A9%2F');
  await panel.locator('#checklist option').first().waitFor({ state: 'attached' });
  const ids = await panel.locator('#checklist option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  await panel.close();
  return ids;
}

beforeAll(async () => {
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
});

describe('options page', () => {
  it('refuses an invalid checklist file, listing every problem by JSON path, and keeps the checklists in use', async () => {
    const page = await browser.openPage('options.html');
    const [first, second] = shipped.items;
    const bad = {
      ...shipped,
      id: 'my-bad',
      title: undefined,
      items: [
        { ...first, freshness: { kind: 'sometimes' } },
        { ...second, concepts: ['no-such-concept'] },
      ],
    };
    await page.locator('#import-file').setInputFiles(fileOf('bad.json', bad));
    await page.locator('#import-errors').waitFor({ timeout: 5_000 });
    const paths = await page.locator('#import-errors li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-path')));
    expect(paths).toEqual(expect.arrayContaining(['$.title', '$.items[0].freshness.kind', '$.items[1].concepts[0]']));
    expect(await page.locator('#import-errors').textContent()).toContain('bad.json');

    await page.locator('#import-file').setInputFiles(fileOf('broken.json', '{ "id": "x", '));
    await expect.poll(() => page.locator('#import-errors li').getAttribute('data-path')).toBe('$');

    expect(await readStorage(page, 'checklists:imported')).toBeUndefined();
    const ids = await pickerIds();
    expect(ids).toContain('ita-2569');
    expect(ids).not.toContain('my-bad');
    await page.close();
  });

  it('accepts a valid checklist file, which then appears in the side panel picker and can be removed', async () => {
    const page = await browser.openPage('options.html');
    await page.locator('#import-file').setInputFiles(fileOf('mine.json', { ...shipped, id: 'my-2569', title: 'เกณฑ์ของฉัน 2569' }));
    await page.locator('#import-ok, #import-errors').waitFor({ timeout: 5_000 });
    expect(await page.locator('#import-errors').allTextContents()).toEqual([]);
    expect(await page.locator('#import-ok').textContent()).toContain('my-2569');
    expect(await pickerIds()).toContain('my-2569');

    // An imported file may not take a built-in id.
    await page.locator('#import-file').setInputFiles(fileOf('clash.json', shipped));
    await expect.poll(() => page.locator('#import-errors li').getAttribute('data-path')).toBe('$.id');

    await page.locator('[data-remove="my-2569"]').click();
    await expect.poll(() => page.locator('[data-checklist-id="my-2569"]').count()).toBe(0);
    expect(await pickerIds()).not.toContain('my-2569');
    await page.close();
  });

  it('replaces bad stored settings by defaults with a message, keeps the good ones, and validates on save', async () => {
    const setup = await browser.openPage('options.html');
    await writeStorage(setup, { settings: { maxPages: -3, delayMs: 1200, perHostConcurrency: 1, respectRobots: false } });
    await setup.close();

    const page = await browser.openPage('options.html');
    await page.locator('#settings-problems').waitFor({ timeout: 5_000 });
    expect(await page.locator('#settings-problems').textContent()).toContain('maxPages');
    expect(await page.locator('#setting-maxPages').inputValue()).toBe('200');
    expect(await page.locator('#setting-delayMs').inputValue()).toBe('1200');
    expect(await page.locator('#setting-respectRobots').isChecked()).toBe(false);

    await page.locator('#setting-perHostConcurrency').fill('abc');
    await page.locator('#save-settings').click();
    await page.locator('[data-error-for="perHostConcurrency"]').waitFor({ timeout: 5_000 });
    expect(await readStorage(page, 'settings')).toMatchObject({ maxPages: -3 });

    await page.locator('#setting-perHostConcurrency').fill('3');
    await page.locator('#save-settings').click();
    await page.locator('#settings-saved').waitFor({ timeout: 5_000 });
    expect(await readStorage(page, 'settings')).toEqual({ maxPages: 200, delayMs: 1200, perHostConcurrency: 3, respectRobots: false, historyLimit: 10 });
    await page.close();
  });
});

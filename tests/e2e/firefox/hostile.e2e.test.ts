// The hostile pages whose defence rests on what Firefox itself reports, in firefox-esr: the address a content
// script's page is at (the sender's URL, after history.replaceState too), the address its document was loaded
// at (navigation timing through Firefox's X-ray wrappers), and that the store is kept under disk pressure.
// The rest of the suite is tests/e2e/hostile.e2e.test.ts (Chromium).
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension } from '../support/firefox';
import { FIXTURE_PAGES, HOSTILE_PAGES, serveStatic, type StaticServer } from '../support/server';

const SEED = '/confluence-server/dmlt-2022-10-18.html';

interface StoredRecord {
  id: string;
  [field: string]: unknown;
}

describe('hostile pages in firefox-esr', () => {
  let wiki: StaticServer;
  let attacker: StaticServer;
  let browser: Browser;
  let popup: Page;
  let before: StoredRecord[];

  /** Every stored task, read in the popup's page (the extension's origin). */
  const storedTasks = (): Promise<StoredRecord[]> =>
    popup.evaluate(
      () =>
        new Promise<StoredRecord[]>((resolve, reject) => {
          const open = indexedDB.open('agendum');
          open.onsuccess = () => {
            const all = open.result.transaction('tasks').objectStore('tasks').getAll();
            all.onsuccess = () => resolve(all.result as StoredRecord[]);
            all.onerror = () => reject(all.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
  const ofSeed = (records: StoredRecord[]) => records.filter((record) => before.some((kept) => kept.id === record.id));
  const passes = (page: Page) => page.evaluate(() => performance.getEntriesByName('agendum:overlay').length);

  async function visit(server: StaticServer, path: string): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(server.url(path));
    await expect.poll(() => passes(page), { timeout: 20_000 }).toBeGreaterThan(0);
    return page;
  }

  beforeAll(async () => {
    wiki = await serveStatic({ '/': FIXTURE_PAGES, '/hostile/': HOSTILE_PAGES });
    attacker = await serveStatic({ '/': HOSTILE_PAGES });
    const firefox = await launchFirefoxWithExtension();
    browser = firefox.browser;
    popup = await firefox.openExtensionPage('popup');
  });

  afterAll(async () => {
    await browser?.close();
    await wiki?.close();
    await attacker?.close();
  });

  it('stores the seed page under its own origin’s ids', async () => {
    (await visit(wiki, SEED)).close();
    await expect
      .poll(async () => (await storedTasks()).filter((record) => record.id.startsWith(`${wiki.origin}|`)).length, {
        timeout: 10_000,
      })
      .toBe(16);
    before = await storedTasks();
  });

  it('a page on another origin that says it is the wiki changes none of its records', async () => {
    const page = await visit(attacker, '/cross-origin-impersonation.html');
    await expect
      .poll(async () => (await storedTasks()).filter((record) => record.id.startsWith(`${attacker.origin}|`)).length)
      .toBe(2);
    expect(ofSeed(await storedTasks())).toEqual(before);
    await page.close();
  });

  it('a page that takes the seed page’s address with history.replaceState cannot say its actions are gone', async () => {
    const page = await visit(wiki, '/hostile/history-games.html');
    expect(page.url()).toBe(wiki.url(SEED));
    expect(ofSeed(await storedTasks())).toEqual(before);
    await page.close();
  });

  it('keeps the store when the disk runs low (unlimitedStorage: persisted without asking)', async () => {
    expect(await popup.evaluate(() => navigator.storage.persisted())).toBe(true);
  });
});

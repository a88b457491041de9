// The hostile-page suite: each page under tests/fixtures/hostile/ in Chromium with the built extension, and
// what must hold there. The reader's wiki is the seed page on one origin; hostile pages come from a second
// origin (another port of 127.0.0.1) or from the seed's own. Responsiveness is asserted as "completes",
// with generous timeouts, never as a measured time.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inServiceWorker, launchWithExtension, openPopup, type ExtensionBrowser } from './support/browser';
import { FIXTURE_PAGES, HOSTILE_PAGES, serveStatic, type StaticServer } from './support/server';

const SEED = '/confluence-server/dmlt-2022-10-18.html';

interface StoredRecord {
  id: string;
  goneAt?: string;
  wiki: { text: string; sourcePage: { url?: string; id?: string } };
  locations: Array<{ url: string }>;
  [field: string]: unknown;
}

/** Every stored task, straight from the extension's IndexedDB. */
function storedTasks(browser: ExtensionBrowser): Promise<StoredRecord[]> {
  return inServiceWorker(
    browser.serviceWorker,
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
}

/** How many times the overlay finished a pass over the page (scan, sync, marks): lib/overlay/start.ts measures each. */
const passes = (page: Page) => page.evaluate(() => performance.getEntriesByName('agendum:overlay').length);
/** Whether any payload ran in this document. */
const pwned = (page: Page) => page.evaluate(() => document.documentElement.dataset.pwned ?? null);
/** The page answers a script: its main thread is not stuck. */
const responsive = (page: Page) => page.evaluate(() => 1 + 1);

describe('hostile pages', () => {
  let wiki: StaticServer;
  let attacker: StaticServer;
  let browser: ExtensionBrowser;
  /** The seed page's records as the reader's visit stored them. */
  let before: StoredRecord[];
  const ofWiki = (records: StoredRecord[]) => records.filter((record) => record.id.startsWith(`${wiki.origin}|`));
  /** The seed page's records, as they are now. */
  const ofSeed = (records: StoredRecord[]) => records.filter((record) => before.some((kept) => kept.id === record.id));
  const ofAttacker = (records: StoredRecord[]) => records.filter((record) => record.id.startsWith(`${attacker.origin}`));
  const badge = () => inServiceWorker(browser.serviceWorker, (chrome) => chrome.action.getBadgeText({}));

  async function visit(server: StaticServer, path: string, timeout = 20_000): Promise<Page> {
    const page = await browser.context.newPage();
    // A huge page takes Chromium itself many seconds to load: wait for Agendum's pass, not for the load event.
    await page.goto(server.url(path), { waitUntil: 'commit' });
    await vi.waitFor(async () => expect(await passes(page)).toBeGreaterThan(0), { timeout, interval: 100 });
    return page;
  }

  /** The popup opens and lists stored actions: it completes, however much a hostile page stored. */
  async function popupLists(): Promise<number> {
    const popup = await openPopup(browser.context, browser.extensionId);
    await expect.poll(() => popup.locator('li[data-task-id]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await pwned(popup)).toBeNull();
    const rows = await popup.locator('li[data-task-id]').count();
    await popup.close();
    return rows;
  }

  beforeAll(async () => {
    wiki = await serveStatic({ '/': FIXTURE_PAGES, '/hostile/': HOSTILE_PAGES });
    attacker = await serveStatic({ '/': HOSTILE_PAGES });
    browser = await launchWithExtension();
    const seed = await visit(wiki, SEED);
    await vi.waitFor(async () => expect(ofWiki(await storedTasks(browser))).toHaveLength(16), { timeout: 10_000, interval: 100 });
    before = ofWiki(await storedTasks(browser));
    await seed.close();
  });

  afterAll(async () => {
    await browser?.close();
    await wiki?.close();
    await attacker?.close();
  });

  it('a page on another origin that says it is the wiki changes none of its records and adds none to its namespace', async () => {
    const badgeBefore = await badge();
    const page = await visit(attacker, '/cross-origin-impersonation.html');
    await expect.poll(async () => ofAttacker(await storedTasks(browser)).length).toBe(2);
    const after = await storedTasks(browser);
    expect(ofWiki(after)).toEqual(before);
    // Everything else is in the attacker's own namespace, and names no page of the wiki.
    expect(after.filter((record) => !before.some((kept) => kept.id === record.id)).every((record) => record.id.startsWith(`${attacker.origin}|`))).toBe(true);
    expect(ofAttacker(after).map((record) => record.wiki.sourcePage.url)).toEqual([undefined, undefined]);
    expect(await badge()).toBe(badgeBefore);
    await page.close();
  });

  it('a page on the wiki’s own origin that says it is the seed page marks none of its actions gone', async () => {
    const page = await visit(wiki, '/hostile/same-origin-impersonation.html');
    const after = await storedTasks(browser);
    expect(ofSeed(after)).toEqual(before);
    const planted = after.find((record) => record.wiki.text.startsWith('Planted action'));
    expect(planted?.wiki.sourcePage).toMatchObject({ url: wiki.url('/hostile/same-origin-impersonation.html') });
    await page.close();
  });

  it('a page that takes the seed page’s address with history.replaceState cannot say its actions are gone', async () => {
    const page = await visit(wiki, '/hostile/history-games.html');
    expect(page.url()).toBe(wiki.url(SEED));
    expect(ofSeed(await storedTasks(browser))).toEqual(before);
    await page.close();
  });

  it('script payloads in every field run nowhere: page, popup, options page, export', async () => {
    const page = await visit(attacker, '/xss-payloads.html');
    await page.waitForTimeout(500);
    expect(await pwned(page)).toBeNull();
    const stored = (await storedTasks(browser)).filter((record) => record.locations.some((l) => l.url.endsWith('/xss-payloads.html')));
    expect(stored.length).toBeGreaterThanOrEqual(3);
    // Links to anything but an http(s) page of the page's own origin are not kept.
    expect(stored.every((record) => record.wiki.sourcePage.url === undefined || record.wiki.sourcePage.url.startsWith(attacker.origin))).toBe(true);
    await popupLists();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('[data-origin]').count()).toBeGreaterThan(0);
    expect(await pwned(options)).toBeNull();
    await options.close();

    const popup = await openPopup(browser.context, browser.extensionId);
    await popup.getByRole('searchbox').fill('HYPERLINK');
    await expect.poll(() => popup.locator('li[data-task-id]').count()).toBe(1);
    await popup.getByRole('button', { name: /^Export 1 as/ }).click();
    // Playwright keeps downloads under its own file names: read the newest one the browser completed.
    const newest = () =>
      inServiceWorker(browser.serviceWorker, async (chrome) => {
        const [item] = await chrome.downloads.search({ state: 'complete', orderBy: ['-startTime'] });
        return item ? { file: item.filename, mime: item.mime } : null;
      });
    await expect.poll(newest, { timeout: 15_000 }).toMatchObject({ mime: expect.stringContaining('text/csv') });
    const csv = readFileSync((await newest())!.file, 'utf8');
    expect(csv).not.toMatch(/javascript\s*:/i);
    expect(csv).toContain(`"'=HYPERLINK(""javascript\uFF1Aalert(1)"",""open"");=1+1`);
    await popup.close();
    await page.close();
  });

  it('DOM clobbering runs nothing, changes nothing else, and the page is still read', async () => {
    const page = await visit(attacker, '/dom-clobbering.html');
    await responsive(page);
    expect(await pwned(page)).toBeNull();
    const stored = await storedTasks(browser);
    expect(ofSeed(stored)).toEqual(before);
    expect(stored.some((record) => record.wiki.text.includes('report the clobbering'))).toBe(true);
    await page.close();
  });

  it('a huge word is stored cut short, and the popup still opens', async () => {
    const page = await visit(attacker, '/huge-word.html', 60_000);
    const word = (await storedTasks(browser)).find((record) => record.wiki.text.startsWith('Frossie to read') || record.wiki.text.includes('xxxxxxxx'));
    expect(word?.wiki.text.length).toBeLessThanOrEqual(2000);
    await responsive(page);
    await popupLists();
    await page.close();
  }, 120_000);

  it.each([
    ['/lines-200k.html', 'do thing number'],
    ['/rows-100k.html', 'Row action'],
  ])('%s stores at most 1,000 actions, and the tab and the popup stay responsive', async (path, text) => {
    const page = await visit(attacker, path, 120_000);
    await responsive(page);
    await expect.poll(async () => (await storedTasks(browser)).filter((record) => record.wiki.text.includes(text)).length, { timeout: 30_000 }).toBe(1000);
    expect(ofSeed(await storedTasks(browser))).toEqual(before);
    await popupLists();
    await page.close();
  }, 240_000);

  it('a 50,000-deep page leaves the tab responsive and Agendum working on the next page', async () => {
    const page = await visit(attacker, '/deep-nesting.html', 60_000);
    await responsive(page);
    expect((await storedTasks(browser)).some((record) => record.wiki.text.includes('find the bottom'))).toBe(true);
    await page.close();
    const seed = await visit(wiki, SEED);
    await expect.poll(() => seed.evaluate(() => document.querySelectorAll('[data-agendum-task]').length)).toBe(16);
    await seed.close();
  });

  it('a huge address gives ids within 500 characters, and the page follows a change made in the popup', async () => {
    const page = await visit(attacker, `/huge-address.html?${'q=1&'.repeat(500)}`);
    const ids = (await storedTasks(browser)).filter((record) => record.locations.some((l) => l.url.includes('/huge-address.html'))).map((r) => r.id);
    expect(ids).toHaveLength(1);
    expect(ids[0]!.length).toBeLessThanOrEqual(500);
    const popup = await openPopup(browser.context, browser.extensionId);
    await popup.getByRole('searchbox').fill('shorten the address');
    await popup.getByRole('button', { name: /^Mark done: Frossie to shorten/ }).click();
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[data-agendum-task]')?.getAttribute('data-agendum-state')), { timeout: 10_000 })
      .toBe('done');
    await popup.close();
    await page.close();
  });
});

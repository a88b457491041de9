// A reader's journey with the built extension in Chromium: the seed page is read into IndexedDB, the popup
// lists its 16 actions in the right groups and exports them, the viewer accepts who they are, and the
// badge counts their overdue actions through changes from the page and the popup and a browser restart.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  inServiceWorker,
  launchWithExtension,
  openPopup,
  SCREENSHOT_DIR,
  type ExtensionBrowser,
} from './support/browser';
import { closedShadow } from './support/closed-shadow';
import { serveFixtures, type StaticServer } from './support/server';

const SEED = '/confluence-server/dmlt-2022-10-18.html';
// One of Frossie Economou's overdue actions on the seed page (a Task Report row), by the wiki's own ids. The
// page says its wiki is https://confluence.lsstcorp.org; served here, its ids are in this origin's namespace.
const HER_TASK = 'confluence.lsstcorp.org:237046101:7';
const HER_OTHER_TASK = 'confluence.lsstcorp.org:251330561:1';

const marks = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-agendum-task]').length);
const stateOf = (page: Page, id: string) =>
  page.evaluate(
    (id) =>
      document.querySelector(`[data-agendum-task="${CSS.escape(id)}"]`)?.getAttribute('data-agendum-state') ?? null,
    id,
  );

describe('a reader’s journey: store, popup, export, identity and badge', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let hers: string;
  let hersToo: string;
  const badge = () => inServiceWorker(browser.serviceWorker, (chrome) => chrome.action.getBadgeText({}));

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension();
    hers = `${server.origin}|${HER_TASK}`;
    hersToo = `${server.origin}|${HER_OTHER_TASK}`;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openSeed(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(server.url(SEED));
    await expect.poll(() => marks(page), { timeout: 15_000 }).toBe(16);
    return page;
  }

  it('lists the seed page’s 16 actions in the popup, from IndexedDB, in the right groups', async () => {
    const page = await openSeed();
    const popup = await openPopup(browser.context, browser.extensionId);
    await expect.poll(() => popup.locator('li[data-task-id]').count(), { timeout: 10_000 }).toBe(11);
    // The first screen comes from indexes; Done's count with every action, read after it.
    await expect.poll(() => popup.locator('.popup-list').getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
    // What a person sees on opening the popup: its top, not the whole scrolled list.
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup.png') });
    const groups = await popup.locator('.group-header').allTextContents();
    expect(groups.map((g) => g.replace(/\s+/g, ' ').trim())).toEqual(['Overdue 11', 'Done 5']);
    // Done is collapsed; opened, all 16 rows are there.
    await popup.locator('.group-header button', { hasText: 'Done' }).click();
    await expect.poll(() => popup.locator('li[data-task-id]').count()).toBe(16);
    const stored = await inServiceWorker(
      browser.serviceWorker,
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('agendum');
          open.onsuccess = () => {
            const count = open.result.transaction('tasks').objectStore('tasks').count();
            count.onsuccess = () => resolve(count.result);
            count.onerror = () => reject(count.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(stored).toBe(16);
    await popup.close();
    await page.close();
  });

  it('exports what the popup shows in one click, a CSV whose rows match the actions', async () => {
    const popup = await openPopup(browser.context, browser.extensionId);
    await expect.poll(() => popup.locator('li[data-task-id]').count(), { timeout: 10_000 }).toBe(11);
    await popup.getByRole('button', { name: /^Export 16 as/ }).click();
    // Playwright keeps downloads under its own file names: read the newest one the browser completed.
    const newest = () =>
      inServiceWorker(browser.serviceWorker, async (chrome) => {
        const [item] = await chrome.downloads.search({ state: 'complete', orderBy: ['-startTime'] });
        return item ? { file: item.filename, mime: item.mime } : null;
      });
    await expect.poll(newest, { timeout: 15_000 }).toMatchObject({ mime: expect.stringContaining('text/csv') });
    const { file } = (await newest())!;
    const rows = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(16);
    expect(rows.filter((r) => r.Status === 'done')).toHaveLength(5);
    expect(rows.map((r) => r.Text)).toContain(
      'Write an initial draft in the Dev Guide for what "best effort" support means',
    );
    await popup.close();
  });

  it('asks once who the viewer is; accepted, the badge counts her 3 overdue actions', async () => {
    const page = await openSeed();
    expect(await badge()).toBe('');
    const panel = await closedShadow(page, 'agendum-panel');
    await panel.click('button', /^Agendum · 16 actions/);
    // The question shows all that "Yes" keeps, for this site only.
    expect((await panel.texts('.panel-question-stores'))[0]).toBe(
      '“Yes” saves as you, on this site only: name Frossie Economou · username frossie · user key 8a7f80827a1b2c3d017a1b2c3d4e0007.',
    );
    await panel.click('button', 'Yes, that’s me');
    await expect.poll(badge, { timeout: 10_000 }).toBe('3');
    // "Yours" shows in the panel; the page itself is never told.
    await expect.poll(() => panel.texts('.panel-summary')).toEqual(['16 actions · 3 yours · 11 overdue']);
    expect(await page.evaluate(() => document.querySelectorAll('[data-agendum-mine]').length)).toBe(0);
    await page.reload();
    await expect.poll(() => marks(page), { timeout: 15_000 }).toBe(16);
    expect(await (await closedShadow(page, 'agendum-panel')).count('button', 'Yes, that’s me')).toBe(0);
    await page.close();
  });

  it('marking one of her actions done from the overlay brings the badge to 2', async () => {
    const page = await openSeed();
    await page.locator(`[data-agendum-task="${hers}"]`).first().hover();
    const control = await closedShadow(page, 'agendum-control');
    await expect.poll(() => control.count('button', 'Done')).toBe(1);
    await control.click('button', 'Done');
    await expect.poll(() => stateOf(page, hers)).toBe('done');
    await expect.poll(badge, { timeout: 10_000 }).toBe('2');
    await page.close();
  });

  it('opens the popup on her first screen as the background kept it, without the action she just did', async () => {
    // The background keeps "Mine" in storage.session after every change, for the popup to draw at once.
    const kept = () =>
      inServiceWorker(browser.serviceWorker, async (chrome) => {
        const { 'popup.firstScreen': screen } = await chrome.storage.session.get('popup.firstScreen');
        const overdue = (screen as { mine?: { overdue: { count: number; actions: Array<{ id: string }> } } })?.mine
          ?.overdue;
        return overdue && { count: overdue.count, ids: overdue.actions.map((action) => action.id) };
      });
    await expect.poll(() => kept().then((overdue) => overdue?.count), { timeout: 10_000 }).toBe(2);
    expect((await kept())?.ids).not.toContain(hers);
    const popup = await openPopup(browser.context, browser.extensionId);
    await expect
      .poll(() => popup.locator('.group-header').first().textContent(), { timeout: 10_000 })
      .toMatch(/^Overdue\s*2$/);
    expect(await popup.locator(`li[data-task-id="${hers}"]`).count()).toBe(0);
    await popup.close();
  });

  it('keeps the badge and the local status after the browser is reopened with the same profile', async () => {
    await browser.close({ keepProfile: true });
    browser = await launchWithExtension({ userDataDir: browser.userDataDir });
    await expect.poll(badge, { timeout: 15_000 }).toBe('2');
    const page = await openSeed();
    expect(await stateOf(page, hers)).toBe('done');
    await page.close();
  });

  it('marking an action done in the popup sticks after the page is reloaded, and the badge follows', async () => {
    const page = await openSeed();
    const popup = await openPopup(browser.context, browser.extensionId);
    const row = popup.locator(`li[data-task-id="${hersToo}"]`);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    await row.getByRole('button', { name: /^Mark done/ }).click();
    await expect.poll(badge, { timeout: 10_000 }).toBe('1');
    await expect.poll(() => stateOf(page, hersToo), { timeout: 10_000 }).toBe('done');
    await page.reload();
    await expect.poll(() => marks(page), { timeout: 15_000 }).toBe(16);
    expect(await stateOf(page, hersToo)).toBe('done');
    await popup.close();
    await page.close();
  });
});

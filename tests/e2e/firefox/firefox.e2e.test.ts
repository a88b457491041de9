// Firefox parity: the Firefox build (.output/firefox-mv2, 127.0.0.1 preset) in Debian's firefox-esr through
// puppeteer-core over WebDriver BiDi marks the seed page, lists it in the popup and leaves the badge empty; a
// status written back to Confluence goes from the page with its Origin (Firefox's content.fetch); and actions
// that share a paragraph are drawn with CSS highlights.
// Run with `npm run test:firefox`; see /work/shared/notes/toolchain.md (Firefox).
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../support/firefox';
import { serveFixtures } from '../support/server';
import type { StaticServer } from '../support/server';
import { startServerWiki } from '../../fake-confluence/wikis';

const SEED = '/confluence-server/dmlt-2022-10-18.html';

/** The WebExtension API as the popup page sees it (Firefox MV2 has browserAction, not action). */
interface PopupGlobals {
  browser: { browserAction: { getBadgeText(details: object): Promise<string> } };
}

const count = (page: Page, selector: string) => page.$$eval(selector, (found) => found.length);

// vitest.e2e.config.ts (Chromium) also matches this file; only vitest.firefox.config.ts sets the flag.
describe('the Firefox build in firefox-esr', () => {
  let firefox: FirefoxWithExtension;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveFixtures();
    firefox = await launchFirefoxWithExtension();
    browser = firefox.browser;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const openPopup = () => firefox.openExtensionPage('popup');

  it('marks the seed page’s 16 actions: 5 done and 11 overdue', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(SEED));
    await expect.poll(() => count(page, '[data-agendum-task]'), { timeout: 20_000 }).toBe(16);
    await expect.poll(() => count(page, '[data-agendum-task][data-agendum-state="done"]')).toBe(5);
    expect(await count(page, '[data-agendum-task][data-agendum-state="overdue"]')).toBe(11);
    // The manifest's stylesheet draws them; the panel and the control sit in the top layer.
    const drawn = await page.evaluate(() => ({
      item: getComputedStyle(document.querySelector('li[data-agendum-state="done"]')!).outlineStyle,
      rowCell: getComputedStyle(
        document.querySelector('tr[data-agendum-state="overdue"] > td')!,
      ).backgroundImage.includes('linear-gradient'),
    }));
    expect(drawn).toEqual({ item: 'solid', rowCell: true });
    await expect.poll(() => count(page, 'agendum-panel:popover-open, agendum-control:popover-open')).toBe(2);
    await page.close();
  });

  it('lists them in the popup: 11 rows under Overdue, with Done folded', async () => {
    const popup = await openPopup();
    await expect.poll(() => count(popup, '[data-group="overdue"] li[data-task-id]'), { timeout: 15_000 }).toBe(11);
    expect(await count(popup, 'li[data-task-id]')).toBe(11);
    const done = await popup.$eval('[data-group="done"] .group-header button', (button) => ({
      expanded: button.getAttribute('aria-expanded'),
      count: button.querySelector('.group-count')?.textContent,
    }));
    expect(done).toEqual({ expanded: 'false', count: '5' });
    await popup.close();
  });

  it('shows no badge text before the viewer says who they are', async () => {
    const popup = await openPopup();
    const text = await popup.evaluate(() =>
      (globalThis as unknown as PopupGlobals).browser.browserAction.getBadgeText({}),
    );
    expect(text).toBe('');
    await popup.close();
  });

  it('writes a status back to Confluence from the page itself: its Origin and cookies, which Confluence’s XSRF check asks for', async () => {
    const wiki = await startServerWiki();
    try {
      const page = await browser.newPage();
      await page.goto(wiki.pageUrl('1001'));
      await expect.poll(() => count(page, '[data-agendum-task]'), { timeout: 20_000 }).toBe(3);
      const options = await firefox.openExtensionPage('options');
      await options.waitForSelector(`[data-wiki="${wiki.origin}"] input[type=checkbox]`, { timeout: 15_000 });
      await options.click(`[data-wiki="${wiki.origin}"] input[type=checkbox]`);
      await options.waitForSelector(`[data-wiki="${wiki.origin}"] .wiki-actions`, { timeout: 10_000 });
      const popup = await openPopup();
      // The wiki is served over http on a port: its ids are in that origin's namespace (lib/sites/page-scope.ts).
      const done = `li[data-task-id="${wiki.origin}|${new URL(wiki.base).host}:1001:1"] button[aria-label^="Mark done"]`;
      await popup.waitForSelector(done, { timeout: 15_000 });
      await popup.click(done);
      await expect
        .poll(() => wiki.restRequests().filter((r) => r.method === 'POST').length, { timeout: 15_000 })
        .toBe(1);
      expect(wiki.restRequests().find((r) => r.method === 'POST')).toMatchObject({
        path: '/confluence/rest/inlinetasks/1/task/1001/1/',
        origin: wiki.origin,
        session: true,
        body: { status: 'CHECKED', trigger: 'VIEW_PAGE' },
        status: 200,
      });
      expect(wiki.page('1001').tasks[0]!.done).toBe(true);
      await Promise.all([popup.close(), options.close(), page.close()]);
    } finally {
      await wiki.close();
    }
  });

  // Last: the store holds this page's actions from here on.
  it('draws two actions that share a paragraph each on its own words (CSS highlights from the content script)', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/generic/plain-minutes.html'));
    await expect.poll(() => count(page, 'p[data-agendum-shared]'), { timeout: 20_000 }).toBe(1);
    const drawn = () =>
      page.evaluate(() => ['agendum-done', 'agendum-overdue'].map((name) => CSS.highlights.has(name)));
    await expect.poll(drawn).toEqual([true, true]);
    await page.close();
  });
});

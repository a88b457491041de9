// Write-back and "pull my tasks" with the built extension in Chromium, against a Confluence Server that answers
// like one (tests/fake-confluence) on a wiki added at run time in the options page (http://localhost:PORT; the
// test build grants localhost without reading it, standing in for the permission prompt a headless browser
// cannot answer). Done in the popup reaches the wiki from the page's own origin and shows checked on reload;
// a refused write keeps the local status and says why; a change made with no tab on the wiki waits and goes
// when one opens; a pull adds tasks from pages never opened; the options page shows the requests made.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { launchWithExtension, openPopup, SCREENSHOT_DIR, type ExtensionBrowser } from './support/browser';
import type { FakeConfluence } from '../fake-confluence/server';
import { startServerWiki } from '../fake-confluence/wikis';

const marks = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-agendum-task]').length);
const checkedOnWiki = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('li[data-inline-task-id].checked')].map((li) =>
      li.getAttribute('data-inline-task-id'),
    ),
  );

describe('syncing with a Confluence added at run time', () => {
  let wiki: FakeConfluence;
  let browser: ExtensionBrowser;
  let options: Page;
  let tab: Page;
  const host = () => new URL(wiki.origin).host;
  const writes = () => wiki.restRequests().filter((r) => r.method === 'POST');

  beforeAll(async () => {
    wiki = await startServerWiki({ host: 'localhost' });
    browser = await launchWithExtension();
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await wiki?.close();
  });

  async function openWikiPage(pageId: string, count: number): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(wiki.pageUrl(pageId));
    await expect.poll(() => marks(page), { timeout: 15_000 }).toBe(count);
    return page;
  }

  /** The popup's row for the action whose text is `text`. */
  async function popupRow(text: string): Promise<{ popup: Page; row: ReturnType<Page['locator']> }> {
    const popup = await openPopup(browser.context, browser.extensionId);
    await expect.poll(() => popup.locator('.popup-list').getAttribute('aria-busy'), { timeout: 10_000 }).toBe('false');
    for (const header of await popup.locator('.group-header button[aria-expanded="false"]').all()) await header.click();
    return { popup, row: popup.locator('li[data-task-id]', { hasText: text }) };
  }

  it('adds the wiki in the options page, reads its page, and sends nothing while syncing is off', async () => {
    await options.fill('#site-input', `${wiki.origin}/confluence/display/TEAM`);
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => options.locator('.sites .notice').textContent())
      .toBe('Agendum now reads http://localhost/*.');
    tab = await openWikiPage('1001', 3);
    const item = options.locator(`[data-wiki="${wiki.origin}"]`);
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    expect(await item.locator('input[type=checkbox]').isChecked()).toBe(false);
    expect(wiki.restRequests()).toEqual([]);
  });

  it('marks done in the popup → the wiki gets the page view’s POST from the page’s origin → the reloaded page shows it checked', async () => {
    await options.locator(`[data-wiki="${wiki.origin}"] input[type=checkbox]`).check();
    await expect.poll(() => options.getByRole('button', { name: 'Pull my tasks' }).count()).toBe(1);
    const { popup, row } = await popupRow('Send the minutes to the steering group');
    await row.getByRole('button', { name: /^Mark done:/ }).click();
    await expect.poll(() => writes().length, { timeout: 15_000 }).toBe(1);
    expect(writes()[0]).toMatchObject({
      path: '/confluence/rest/inlinetasks/1/task/1001/1/',
      origin: wiki.origin,
      contentType: 'application/json',
      session: true,
      body: { status: 'CHECKED', trigger: 'VIEW_PAGE' },
      status: 200,
    });
    await expect.poll(() => row.locator('.wiki-write').count()).toBe(0);
    await popup.close();
    await tab.reload();
    await expect.poll(() => marks(tab), { timeout: 15_000 }).toBe(3);
    expect(await checkedOnWiki(tab)).toEqual(['1', '3']);
    expect(writes()).toHaveLength(1);
  });

  it('pulls the reader’s open tasks from pages never opened into the popup', async () => {
    await options.getByRole('button', { name: 'Pull my tasks' }).click();
    await expect
      .poll(() => options.locator('.wiki-sync .notice').textContent(), { timeout: 15_000 })
      .toBe(`${host()}: 2 new tasks, 0 updated.`);
    const { popup, row } = await popupRow('Draft the hiring plan');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('.task-source').textContent()).toBe('Planning 2026-02-23');
    expect(await popup.locator('li[data-task-id]', { hasText: 'Collect the budget figures' }).count()).toBe(1);
    await popup.close();
    expect(wiki.restRequests().some((r) => r.path.startsWith('/confluence/rest/inlinetasks/1/my-task-report/'))).toBe(
      true,
    );
  });

  it('keeps the local status when the wiki refuses, and says why in words', async () => {
    const { popup, row } = await popupRow('Collect the budget figures');
    await row.getByRole('button', { name: /^Mark done:/ }).click();
    await expect
      .poll(() => row.locator('.wiki-write').textContent(), { timeout: 15_000 })
      .toBe('Not on the wiki yet: You can view but not edit this page, so the wiki did not take the change. Retry');
    expect(await row.getByRole('button', { name: /^Mark not done:/ }).count()).toBe(1);
    expect(writes().at(-1)).toMatchObject({ path: '/confluence/rest/inlinetasks/1/task/1002/1/', status: 403 });
    expect(wiki.page('1002').tasks[0]!.done).toBe(false);
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup-not-on-wiki.png') });
    await popup.close();
  });

  it('holds a change made with no tab on the wiki, and sends it when a page of the wiki opens', async () => {
    await tab.close();
    const { popup, row } = await popupRow('Draft the hiring plan');
    await row.getByRole('button', { name: /^Mark done:/ }).click();
    await expect
      .poll(() => row.locator('.wiki-write').textContent(), { timeout: 15_000 })
      .toBe(`Not on the wiki yet: Agendum sends it when a page of ${host()} is open in a tab. Retry`);
    const before = writes().length;
    tab = await openWikiPage('1001', 3);
    await expect.poll(() => writes().length, { timeout: 15_000 }).toBe(before + 1);
    expect(writes().at(-1)).toMatchObject({
      path: '/confluence/rest/inlinetasks/1/task/1003/4/',
      origin: wiki.origin,
      status: 200,
    });
    await popup.close();
    const planning = await openWikiPage('1003', 2);
    expect(await checkedOnWiki(planning)).toEqual(['4']);
    await planning.close();
  });

  it('shows each request made in the options page’s diagnostics', async () => {
    const log = options.locator('details.wiki-log');
    await log.locator('summary').click();
    await expect.poll(() => log.locator('li[data-kind="write"]').count()).toBe(3);
    const requests = await log.locator('code').allTextContents();
    expect(requests).toContain('POST /confluence/rest/inlinetasks/1/task/1001/1/ → 200');
    expect(requests).toContain('POST /confluence/rest/inlinetasks/1/task/1002/1/ → 403');
    await options.screenshot({ path: join(SCREENSHOT_DIR, 'options-wiki-sync.png'), fullPage: true });
  });
});

// The overlay in Chromium with the built extension, on fixture pages served from 127.0.0.1: marks and states
// on the seed page and on one 20 times its size, done from the control (page, popup, badge, reload), an action from selected text that
// re-anchors after a reload, a page re-rendered by script, and page scripts that try to act for the user.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, openPopup, screenshot, SCREENSHOT_DIR } from './support/browser';
import { closedShadow } from './support/closed-shadow';
import type { ExtensionBrowser } from './support/browser';
import { scalePage } from '../../scripts/bench/scale-page';
import { FIXTURE_PAGES, serveFixtures, serveStatic } from './support/server';
import type { StaticServer } from './support/server';

const SEED = 'confluence-server/dmlt-2022-10-18.html';
const SELECTED = 'All technical sessions of DMLT vF2F will be open to DM members';

interface Mark {
  id: string;
  state: string | null;
}

/** Every marked element on the page, in page order. */
function marks(page: Page): Promise<Mark[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-agendum-task]')].map((el) => ({
      id: el.getAttribute('data-agendum-task') ?? '',
      state: el.getAttribute('data-agendum-state'),
    })),
  );
}

const count = (list: Mark[], state: string) => list.filter((mark) => mark.state === state).length;
const stateOf = (page: Page, id: string) =>
  page.evaluate(
    (id) =>
      document.querySelector(`[data-agendum-task="${CSS.escape(id)}"]`)?.getAttribute('data-agendum-state') ?? null,
    id,
  );
/** Our two shadow hosts, counted (each must be there exactly once), and how many of them are in the top layer. */
const ourNodes = (page: Page) =>
  page.evaluate(() => [
    document.querySelectorAll('agendum-control').length,
    document.querySelectorAll('agendum-panel').length,
    document.querySelectorAll('agendum-control:popover-open, agendum-panel:popover-open').length,
  ]);
/**
 * How the manifest's marks stylesheet draws the first `tag` element in `state`: its outline, and how many
 * edges of a frame its background (a row's: its first cell's) draws.
 */
const markStyle = (page: Page, tag: string, state: string) =>
  page.evaluate(
    ([tag, state]) => {
      const el = document.querySelector(`${tag}[data-agendum-state="${state}"]`);
      if (!el) return null;
      const painted = tag === 'tr' ? el.firstElementChild! : el;
      const edges = getComputedStyle(painted)
        .backgroundSize.split(',')
        .filter((size) => !/^\s*0px 0px\s*$/.test(size) && size.trim() !== 'auto').length;
      // The frame's colour, as the element's state gives it (a row's cells take it from the row).
      const colour = /rgba?\([^)]*\)/.exec(getComputedStyle(painted).backgroundImage)?.[0] ?? null;
      return { outline: getComputedStyle(el).outlineStyle, edges, colour };
    },
    [tag, state] as const,
  );

describe('the overlay on wiki pages', () => {
  let server: StaticServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchWithExtension();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openSeed(): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(server.url(SEED));
    await expect.poll(async () => (await marks(page)).length, { timeout: 15_000 }).toBe(16);
    return page;
  }

  /** Hovers the action's element until its control shows, then clicks the control's button named `name`. */
  async function clickInControl(page: Page, id: string, name: string): Promise<void> {
    await page.locator(`[data-agendum-task="${id}"]`).first().hover();
    const control = await closedShadow(page, 'agendum-control');
    await expect.poll(() => control.count('button', name)).toBe(1);
    await control.click('button', name);
  }

  it('marks the seed page’s 16 actions where they stand: 5 done, 11 overdue', async () => {
    const page = await openSeed();
    const found = await marks(page);
    expect(new Set(found.map((mark) => mark.id)).size).toBe(16);
    expect(count(found, 'done')).toBe(5);
    expect(count(found, 'overdue')).toBe(11);
    // Items keep an outline; table rows are framed by their background (see lib/overlay/marks.css).
    expect(await markStyle(page, 'li', 'done')).toEqual({ outline: 'solid', edges: 0, colour: null });
    // The first cell draws the top, bottom and left edges, in the overdue red.
    expect(await markStyle(page, 'tr', 'overdue')).toEqual({ outline: 'none', edges: 3, colour: 'rgb(220, 38, 38)' });
    expect(await ourNodes(page)).toEqual([1, 1, 2]);
    await screenshot(page, 'overlay-seed-page');
    await page.close();
  });

  it('marks every action of a page 20 times the seed’s size once, over several frames', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'agendum-big-page-'));
    writeFileSync(join(dir, 'big.html'), scalePage(readFileSync(join(FIXTURE_PAGES, SEED), 'utf8'), 20));
    const big = await serveStatic({ '/': dir });
    try {
      const page = await browser.context.newPage();
      await page.goto(`${big.origin}/big.html`);
      // 320 actions: more than one frame's worth of marks.
      await expect.poll(async () => (await marks(page)).length, { timeout: 30_000 }).toBe(320);
      const found = await marks(page);
      expect(new Set(found.map((mark) => mark.id)).size).toBe(320);
      expect(count(found, 'done')).toBe(100);
      expect(await ourNodes(page)).toEqual([1, 1, 2]);
      await page.close();
    } finally {
      await big.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens the page panel with the counts and moves between actions with j and k', async () => {
    const page = await openSeed();
    const panel = await closedShadow(page, 'agendum-panel');
    await panel.click('button', /^Agendum · 16 actions/);
    await expect.poll(() => panel.texts('.panel-summary')).toEqual(['16 actions · 0 yours · 11 overdue']);
    await expect.poll(() => panel.count('[data-id]')).toBe(16);
    const [first, second] = await panel.attributes('[data-id]', 'data-id');
    // A click on an entry shows it and puts the focus in its control; Escape brings the focus back to the entry.
    await panel.click('[data-id]');
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    const current = () =>
      page.evaluate(() => document.querySelector('[data-agendum-current]')?.getAttribute('data-agendum-task'));
    await expect.poll(current).toBe(second);
    await page.keyboard.press('k');
    await expect.poll(current).toBe(first);
    // The full page is very tall: first the view a reader has, the panel beside the actions (smooth scroll done).
    await page.waitForTimeout(1000);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'overlay-seed-panel-viewport.png') });
    await screenshot(page, 'overlay-seed-panel');
    // Open stays open: the next page shows the panel at once.
    await page.reload();
    await expect
      .poll(async () => (await closedShadow(page, 'agendum-panel')).count('.panel-summary'), { timeout: 15_000 })
      .toBe(1);
    await (await closedShadow(page, 'agendum-panel')).click('button', 'Hide the page panel');
    await page.close();
  });

  // The badge counts only the user's own actions: tests/e2e/journey.e2e.test.ts checks it with an identity.
  it('marks an overdue action done from its control: the page and the popup follow, and a reload keeps it', async () => {
    const page = await openSeed();
    const id = (await marks(page)).find((mark) => mark.state === 'overdue')!.id;
    const popup = await openPopup(browser.context, browser.extensionId);
    // The list draws only the rows near its view (the 20x page's copies share this action's words and date):
    // asked for, as "Show in list" asks, the row is drawn wherever it sorts.
    await popup.goto(`${popup.url()}?focus=${encodeURIComponent(id)}`);
    await expect
      .poll(() => popup.locator(`li[data-task-id="${id}"]:not(.task--done)`).count(), { timeout: 10_000 })
      .toBe(1);

    await page.bringToFront();
    await clickInControl(page, id, 'Done');
    await expect.poll(() => stateOf(page, id)).toBe('done');
    await popup.reload();
    await expect
      .poll(() => popup.locator(`li[data-task-id="${id}"]:not(.task--done)`).count(), { timeout: 10_000 })
      .toBe(0);

    await page.reload();
    await expect.poll(async () => (await marks(page)).length, { timeout: 15_000 }).toBe(16);
    expect(await stateOf(page, id)).toBe('done');
    expect(count(await marks(page), 'overdue')).toBe(10);

    // Undo, so the other tests see the seed page as it came.
    await clickInControl(page, id, 'Undo done');
    await expect.poll(() => stateOf(page, id)).toBe('overdue');
    await popup.close();
    await page.close();
  });

  it('re-scans a page whose content a script replaced (client-side navigation) without duplicating anything', async () => {
    const page = await openSeed();
    await page.evaluate(() => {
      const main = document.querySelector('#main-content')!;
      // A fresh render, as Confluence Cloud makes: the same content, new elements, none of our marks.
      const copy = main.cloneNode(true) as Element;
      for (const el of copy.querySelectorAll('[data-agendum-task]')) {
        for (const name of [...el.getAttributeNames()]) if (name.startsWith('data-agendum-')) el.removeAttribute(name);
      }
      history.pushState({}, '', `${location.pathname}?view=2`);
      main.replaceWith(copy);
    });
    await expect
      .poll(() => page.evaluate(() => document.querySelector('#main-content [data-agendum-task]') !== null), {
        timeout: 10_000,
      })
      .toBe(true);
    await expect.poll(async () => (await marks(page)).length).toBe(16);
    const found = await marks(page);
    expect(new Set(found.map((mark) => mark.id)).size).toBe(16);
    expect(count(found, 'overdue')).toBe(11);
    expect(await ourNodes(page)).toEqual([1, 1, 2]);
    await page.close();
  });

  it('does not let the page’s scripts reach the control or act for the user', async () => {
    const page = await openSeed();
    const id = (await marks(page)).find((mark) => mark.state === 'overdue')!.id;
    await page.locator(`[data-agendum-task="${id}"]`).first().hover();
    const control = await closedShadow(page, 'agendum-control');
    await expect.poll(() => control.count('button', 'Done')).toBe(1);
    const reached = await page.evaluate(() => {
      const host = document.querySelector('agendum-control')!;
      host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return { root: host.shadowRoot, buttons: document.querySelectorAll('agendum-control button').length };
    });
    expect(reached).toEqual({ root: null, buttons: 0 });
    await page.waitForTimeout(500);
    expect(await stateOf(page, id)).toBe('overdue');
    await page.close();
  });

  // Last: the page has 17 actions from here on.
  it('makes an action from selected text, which is found again after a reload', async () => {
    const page = await openSeed();
    await page.getByText(SELECTED).click({ clickCount: 3 });
    const control = await closedShadow(page, 'agendum-control');
    await expect.poll(() => control.count('button', '+ Add action')).toBe(1);
    await control.click('button', '+ Add action');
    await expect.poll(async () => (await control.values('form textarea'))[0] ?? '').toContain(SELECTED);
    await control.fill('form input[type="text"]', 'Frossie Economou');
    await control.click('button', 'Add action');

    const added = () =>
      page.evaluate(
        (text) =>
          [...document.querySelectorAll('[data-agendum-task]')]
            .find((el) => el.textContent?.includes(text))
            ?.getAttribute('data-agendum-task'),
        SELECTED,
      );
    await expect.poll(added).toBeTruthy();
    const id = (await added())!;
    expect(await marks(page)).toHaveLength(17);

    await page.reload();
    await expect.poll(async () => (await marks(page)).length, { timeout: 15_000 }).toBe(17);
    expect(await added()).toBe(id);
    expect(await stateOf(page, id)).toBe('open');
    await page.close();
  });
});

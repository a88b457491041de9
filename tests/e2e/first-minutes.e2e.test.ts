// A newcomer's first minutes, in Chromium with the built extension: the question of who they are on the
// collapsed panel ("No" opens the options page), lines of one paragraph each drawn and reachable on their
// own, a control that names its action and covers neither it nor its row, the keyboard alone from the
// page-level shortcut through a date change and back, and axe-core finding no serious violation in the
// overlay, the popup or the options page. It also takes the README's picture of the control and the panel.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  inServiceWorker,
  launchWithExtension,
  openPopup,
  SCREENSHOT_DIR,
  type ExtensionBrowser,
} from './support/browser';
import {
  closedShadow,
  evaluateSeeingClosedRoots,
  type Box,
  type ClosedShadow,
  type OurHost,
} from './support/closed-shadow';
import { serveFixtures, type StaticServer } from './support/server';

const SEED = 'confluence-server/dmlt-2022-10-18.html';
/** Two actions in one paragraph, split by <br>: one open and late, one done. */
const SHARED = 'generic/plain-minutes.html';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The control's drawn box, its words, and the ring's box; undefined while the control is not shown. */
async function shown(control: ClosedShadow): Promise<{ box: Box; text: string; ring?: Box } | undefined> {
  const [[box], [text], [ring]] = await Promise.all([
    control.boxes('.control'),
    control.texts('.control-text'),
    control.boxes('.agendum-ring'),
  ]);
  return box ? { box, text: text ?? '', ...(ring && { ring }) } : undefined;
}

/** Where the words `text` stand on the page, and their middle. */
const wordsAt = (page: Page, text: string) =>
  page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue!.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const r = range.getBoundingClientRect();
      return {
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right,
        x: (r.left + r.right) / 2,
        y: (r.top + r.bottom) / 2,
      };
    }
    return null;
  }, text);

/**
 * The element that has the keyboard focus: the page sees only our host (the roots are closed), so what has it
 * inside is asked of that host's root, by its label or text.
 */
async function focused(
  page: Page,
  roots: Record<OurHost, ClosedShadow>,
): Promise<{ host: string | null; inner: string | null }> {
  const host = await page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? null);
  return { host, inner: host === 'agendum-control' || host === 'agendum-panel' ? await roots[host].focused() : null };
}

interface AxeResult {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core (loaded in the same world) over `include`, the whole document when empty; its results as plain data. */
async function runAxe(include: string[]): Promise<{ violations: AxeResult[]; passes: AxeResult[] }> {
  const axe = (
    window as unknown as {
      axe: { run: (context: unknown) => Promise<{ violations: AxeResult[]; passes: AxeResult[] }> };
    }
  ).axe;
  const { violations, passes } = await axe.run(
    include.length ? { include: include.map((selector) => [selector]) } : document,
  );
  const plain = (results: AxeResult[]) =>
    results.map(({ id, impact, nodes }) => ({ id, impact, nodes: nodes.map(({ target }) => ({ target })) }));
  return { violations: plain(violations), passes: plain(passes) };
}

/**
 * axe-core's serious and critical violations in the page, or in our hosts `include` (their closed roots shown
 * to axe in a world of the test's own), and how many elements inside a shadow root it checked (a check that
 * reached none of ours would pass whatever they are).
 */
async function seriousViolations(
  page: Page,
  include: OurHost[] = [],
): Promise<{ serious: string[]; inShadow: number }> {
  let results: { violations: AxeResult[]; passes: AxeResult[] };
  if (include.length) {
    results = await evaluateSeeingClosedRoots(
      page,
      include,
      AXE_SOURCE,
      `(${runAxe.toString()})(${JSON.stringify(include)})`,
    );
  } else {
    await page.evaluate(AXE_SOURCE);
    results = await page.evaluate(runAxe, include);
  }
  const { violations, passes } = results;
  return {
    serious: violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`),
    // A target inside a shadow root is a list of selectors: the host's, then the element's within it.
    inShadow: new Set(
      passes.flatMap((p) => p.nodes.filter((n) => Array.isArray(n.target[0])).map((n) => JSON.stringify(n.target))),
    ).size,
  };
}

describe('a newcomer’s first minutes with the overlay', () => {
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

  async function open(path: string, marked: string): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    await expect.poll(() => page.locator(marked).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    return page;
  }

  /** Sends the page-level shortcut's command to the page, as the browser does on Alt+Shift+A (a headless browser has no accelerators). */
  const shortcut = (page: Page) =>
    inServiceWorker(
      browser.serviceWorker,
      async (chrome, url) => {
        const [tab] = await chrome.tabs.query({ url });
        await chrome.tabs.sendMessage(tab!.id!, { name: 'togglePanel', data: {} });
      },
      page.url(),
    );

  it('draws each of two actions that share a paragraph on its own words, and hovering one shows its own control', async () => {
    const page = await open(SHARED, '[data-agendum-shared]');
    // The paragraph carries no action's state; each line is drawn in its own (a done line, a late one).
    expect(await page.locator('p[data-agendum-shared]').getAttribute('data-agendum-state')).toBeNull();
    await expect
      .poll(() => page.evaluate(() => ['agendum-done', 'agendum-overdue'].map((name) => CSS.highlights.has(name))))
      .toEqual([true, true]);

    const control = await closedShadow(page, 'agendum-control');
    for (const words of ['circulate the slides', 'Sam Chu will write the migration']) {
      const at = (await wordsAt(page, words))!;
      await page.mouse.move(at.x, at.y);
      await expect.poll(async () => (await shown(control))?.text).toBe(words);
      const drawn = (await shown(control))!;
      // The ring is around these words, and the control covers neither them nor the paragraph's other line.
      expect(drawn.ring!.left).toBeLessThanOrEqual(at.left);
      expect(drawn.ring!.right).toBeGreaterThanOrEqual(at.right);
      expect(overlaps(drawn.box, at)).toBe(false);
    }
    await page.close();
  });

  it('asks who the reader is on the collapsed panel, and "No" opens the options page where she says it', async () => {
    const page = await open(SEED, '[data-agendum-task]');
    const panel = await closedShadow(page, 'agendum-panel');
    const question = '[role="group"][aria-label="Who you are"]';
    await expect
      .poll(async () => (await panel.texts(question))[0], { timeout: 10_000 })
      .toContain(
        `Are you Frossie Economou on ${new URL(page.url()).host}? Agendum then shows which actions are yours.`,
      );
    expect(await panel.count('.panel-summary')).toBe(0);
    const options = browser.context.waitForEvent('page');
    await panel.click(`${question} button`, 'No');
    const opened = await options;
    expect(opened.url()).toBe(`chrome-extension://${browser.extensionId}/options.html#identities`);
    await expect.poll(() => panel.count(question)).toBe(0);
    await opened.close();
    // An answered question never comes back (the panel is drawn again, without it).
    await page.reload();
    await expect.poll(() => page.locator('[data-agendum-task]').count(), { timeout: 15_000 }).toBe(16);
    await expect.poll(() => panel.count('.panel-tab, .panel-summary')).toBe(1);
    await page.waitForTimeout(500);
    expect(await panel.count(question)).toBe(0);
    await page.close();
  });

  it('places the control beside a Task Report row without covering it, and keeps it clear when a field opens', async () => {
    const page = await open(SEED, '[data-agendum-task]');
    const row = page.locator('tr[data-agendum-task]').nth(2);
    await row.scrollIntoViewIfNeeded();
    await row.hover();
    const rowBox = () =>
      row.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      });
    const control = await closedShadow(page, 'agendum-control');
    await expect.poll(async () => (await shown(control))?.text.length ?? 0).toBeGreaterThan(0);
    expect(overlaps((await shown(control))!.box, await rowBox())).toBe(false);
    await control.click('button', 'Note');
    await expect.poll(() => control.count('.control-more')).toBe(1);
    await page.waitForTimeout(200);
    expect(overlaps((await shown(control))!.box, await rowBox())).toBe(false);
    await page.close();
  });

  it('goes from the page to a date change and back with the keyboard alone, the focus never on the page’s body', async () => {
    const page = await open(SEED, '[data-agendum-task]');
    // Where the reader was: a link in the page.
    await page.locator('#main-content a').first().focus();
    const roots = {
      'agendum-control': await closedShadow(page, 'agendum-control'),
      'agendum-panel': await closedShadow(page, 'agendum-panel'),
    };
    await shortcut(page);
    await expect.poll(() => focused(page, roots)).toMatchObject({ host: 'agendum-panel' });
    const entry = (await focused(page, roots)).inner;
    expect(entry).toBeTruthy();

    // Enter opens the current action's control, with the focus in it.
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page, roots)).toEqual({ host: 'agendum-control', inner: 'Done' });
    // The entry is named by its action's words, then whose it is and when it is due.
    const action = (await roots['agendum-control'].texts('.control-text'))[0]!;
    expect(entry!.startsWith(action)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => focused(page, roots)).toEqual({ host: 'agendum-control', inner: 'Due date' });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page, roots)).inner).toBe('INPUT');

    // A year past the field's last one is refused in words a person reads, beside the field.
    await page.keyboard.type('01152041');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await roots['agendum-control'].texts('[role="alert"]'))[0])
      .toMatch(/^Pick a date from 1 Jan 2016 to 31 Dec 2036\.$|^Pick a date from Jan 1, 2016 to Dec 31, 2036\.$/);
    expect(await focused(page, roots)).toEqual({ host: 'agendum-control', inner: 'INPUT' });
    await page.keyboard.type('01152030');
    await page.keyboard.press('Enter');
    // Set: the focus is back on the button that opened the field, and the date is written as the reader writes dates.
    await expect.poll(() => focused(page, roots)).toEqual({ host: 'agendum-control', inner: 'Due date' });
    await expect
      .poll(async () => (await roots['agendum-control'].texts('.control-head'))[0])
      .toMatch(/due (15 Jan|Jan 15, )2030/);

    // Escape: back to the panel's entry; Escape again: back to the link the reader was on.
    await page.keyboard.press('Escape');
    await expect
      .poll(async () => {
        const { host, inner } = await focused(page, roots);
        return { host, entry: inner?.startsWith(action) };
      })
      .toEqual({ host: 'agendum-panel', entry: true });
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.activeElement === document.querySelector('#main-content a')))
      .toBe(true);
    await page.close();
  });

  it('restores a backup from the options page: a bad file changes nothing, a good one is previewed, then merged', async () => {
    const page = await open(SEED, '[data-agendum-task]');
    await expect.poll(() => page.locator('[data-agendum-task]').count(), { timeout: 15_000 }).toBe(16);
    await page.close();
    /** The store, read in the service worker: how many tasks, and one task's note. */
    const stored = (id?: string) =>
      inServiceWorker(
        browser.serviceWorker,
        (_chrome, id) =>
          new Promise<{ count: number; note?: string }>((resolve, reject) => {
            const open = indexedDB.open('agendum');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction('tasks');
              const count = tx.objectStore('tasks').count();
              const one = tx.objectStore('tasks').get(id ?? '');
              tx.oncomplete = () => {
                const note = (one.result as { user?: { note?: string } } | undefined)?.user?.note;
                resolve(note === undefined ? { count: count.result } : { count: count.result, note });
              };
            };
          }),
        id,
      );
    // A backup as another machine made it: one action more, and a newer note on one of these.
    const backup = await inServiceWorker(
      browser.serviceWorker,
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('agendum');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['tasks', 'pages']);
            const tasks = tx.objectStore('tasks').getAll();
            const pages = tx.objectStore('pages').getAll();
            tx.oncomplete = () => {
              const all = tasks.result as Array<{ id: string; user: Record<string, unknown>; updatedAt: string }>;
              const later = '2030-01-01T00:00:00.000Z';
              all[0]!.user = { ...all[0]!.user, note: 'Restored note', updatedAt: later };
              all.push({ ...structuredClone(all[1]!), id: 'restored.example.org:1:1' });
              resolve(
                JSON.stringify({
                  format: 'agendum-backup',
                  version: 1,
                  exportedAt: later,
                  tasks: all,
                  pages: pages.result,
                }),
              );
            };
          };
        }),
    );
    const { tasks, pages } = JSON.parse(backup) as { tasks: { id: string }[]; pages: unknown[] };
    const first = tasks[0]!.id;
    const count = tasks.length - 1;
    expect(await stored(first)).toEqual({ count });

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const file = options.locator('#restore-file');
    await file.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"tasks": [') });
    await expect
      .poll(() => options.locator('.restore [role="alert"]').textContent())
      .toBe('This file is not an Agendum backup: it is not JSON. Nothing was imported.');
    expect(await stored(first)).toEqual({ count });

    await file.setInputFiles({
      name: 'agendum-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup),
    });
    const preview = options.getByRole('group', { name: 'What this backup would restore' });
    await expect
      .poll(() => preview.textContent())
      .toContain(
        `“agendum-backup.json” holds ${count + 1} actions from ${pages.length} page${pages.length === 1 ? '' : 's'}.`,
      );
    expect(await preview.textContent()).toContain('1 new action: ');
    expect(await preview.textContent()).toContain(
      '1 action would change, where the backup has the newer edit or sighting',
    );
    expect(await stored(first)).toEqual({ count });
    await preview.getByRole('button', { name: 'Restore' }).click();
    await expect
      .poll(() => options.locator('.restore [role="status"]').textContent())
      .toMatch(new RegExp(`^Restored 1 new action and updated ${count} actions from `));
    expect(await stored(first)).toEqual({ count: count + 1, note: 'Restored note' });
    expect((await seriousViolations(options)).serious).toEqual([]);
    await options.close();
  });

  it('opens "Show in list" as a page laid out for a tab, and the popup in dark mode with dark scrollbars', async () => {
    const page = await open(SEED, '[data-agendum-task]');
    const row = page.locator('tr[data-agendum-task]').first();
    await row.scrollIntoViewIfNeeded();
    await row.hover();
    const control = await closedShadow(page, 'agendum-control');
    await expect.poll(() => control.count('button', 'Show in list')).toBe(1);
    const listed = browser.context.waitForEvent('page');
    await control.click('button', 'Show in list');
    const tab = await listed;
    await tab.waitForLoadState();
    await expect.poll(() => tab.locator('li[data-task-id]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const column = await tab.locator('.agendum-popup').evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { width: r.width, left: r.left, right: innerWidth - r.right, height: r.height, viewport: innerHeight };
    });
    // A centred column as tall as the window, not a 380 px popup in the corner.
    expect(column.width).toBeGreaterThan(600);
    expect(Math.abs(column.left - column.right)).toBeLessThan(2);
    expect(column.height).toBe(column.viewport);
    await tab.screenshot({ path: join(SCREENSHOT_DIR, 'popup-in-tab.png') });
    await tab.close();
    await page.close();

    const popup = await openPopup(browser.context, browser.extensionId);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => popup.locator('li[data-task-id]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const scheme = await popup
      .locator('.agendum-popup')
      .evaluate((el) => [getComputedStyle(el).colorScheme, getComputedStyle(el).backgroundColor]);
    expect(scheme).toEqual(['light dark', 'rgb(29, 33, 37)']);
    // Nothing of the filters is cut off: the search box and the menus fit the popup's width.
    const clipped = await popup.locator('.filters').evaluate((filters) => {
      const edge = filters.getBoundingClientRect().right + 0.5;
      const search = filters.querySelector<HTMLInputElement>('input[type="search"]')!;
      // The search box's hint, measured in its own font.
      const hint = document.createElement('span');
      hint.style.cssText = `position:absolute;visibility:hidden;white-space:pre;font:${getComputedStyle(search).font}`;
      hint.textContent = search.placeholder;
      document.body.append(hint);
      const room =
        search.clientWidth -
        parseFloat(getComputedStyle(search).paddingLeft) -
        parseFloat(getComputedStyle(search).paddingRight);
      const cut = hint.offsetWidth > room;
      hint.remove();
      return {
        cut,
        outside: [...filters.querySelectorAll('input, select')].filter((el) => el.getBoundingClientRect().right > edge)
          .length,
      };
    });
    expect(clipped).toEqual({ cut: false, outside: 0 });
    await popup.screenshot({ path: join(SCREENSHOT_DIR, 'popup-dark.png') });
    await popup.close();
  });

  it('has no serious accessibility violation in the panel, the control, the popup or the options page (axe-core)', async () => {
    const page = await open(SEED, '[data-agendum-task]');
    // Open (an earlier test may have left it open: it remembers).
    const panel = await closedShadow(page, 'agendum-panel');
    await expect.poll(() => panel.count('.panel-tab, .panel-summary')).toBe(1);
    if ((await panel.count('.panel-tab')) === 1) await panel.click('.panel-tab');
    await expect.poll(() => panel.count('.panel-summary')).toBe(1);
    await page.locator('tr[data-agendum-task]').first().hover();
    const control = await closedShadow(page, 'agendum-control');
    await expect.poll(() => control.count('button', 'Due date')).toBe(1);
    await control.click('button', 'Due date');
    await expect.poll(() => control.count('.control-more')).toBe(1);
    const overlay = await seriousViolations(page, ['agendum-panel', 'agendum-control']);
    expect(overlay.serious).toEqual([]);
    expect(overlay.inShadow).toBeGreaterThan(20);
    // axe saw the roots in a world of the test's own: to the page's scripts they are as closed as before.
    expect(
      await page.evaluate(() =>
        ['agendum-panel', 'agendum-control'].map((name) => document.querySelector(name)?.shadowRoot ?? null),
      ),
    ).toEqual([null, null]);
    // The README's picture: the panel open beside the page, the control on a row with its date field open.
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'overlay-control-panel.png') });
    await panel.click('button', 'Hide the page panel');
    await page.close();

    const popup = await openPopup(browser.context, browser.extensionId);
    await expect.poll(() => popup.locator('li[data-task-id]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect((await seriousViolations(popup)).serious).toEqual([]);
    await popup.close();

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('h2').first().waitFor();
    expect((await seriousViolations(options)).serious).toEqual([]);
    await options.close();
  });
});

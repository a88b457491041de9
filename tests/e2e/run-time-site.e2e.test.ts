// A wiki added at run time looks and works like a preset one: the options page adds localhost (whose
// permission the test build grants at install, as the reader's "Allow" would: see scripts/build-for-tests.js),
// the content script registered then reads the seed page there, and the panel in its closed shadow root is
// drawn with the overlay's own styles, exactly as on the preset host 127.0.0.1. No extension file is
// web-accessible: the styles come with the script.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inServiceWorker, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { closedShadow } from './support/closed-shadow';
import { serveFixtures, type StaticServer } from './support/server';

const SEED = '/confluence-server/dmlt-2022-10-18.html';
/** What overlay.css sets on the panel: none of it is a browser default. */
const PANEL_STYLE = ['position', 'width', 'display', 'background-color', 'border-top-left-radius', 'z-index'];

describe('a wiki added at run time', () => {
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

  async function panelStyle(page: Page): Promise<Record<string, string>> {
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('[data-agendum-task]').length), { timeout: 15_000 })
      .toBe(16);
    const panel = await closedShadow(page, 'agendum-panel');
    await expect.poll(() => panel.count('.panel')).toBe(1);
    return panel.computedStyle('.panel', PANEL_STYLE);
  }

  it('is read once added in the options page, and its panel is styled as on a preset host', async () => {
    const manifest = await inServiceWorker(browser.serviceWorker, (chrome) => chrome.runtime.getManifest());
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect((manifest.content_scripts ?? []).flatMap((script) => script.matches ?? [])).not.toContain(
      'http://localhost/*',
    );

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('#site-input').fill('http://localhost/');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect
      .poll(() => options.locator('.sites .notice').textContent())
      .toBe('Agendum now reads http://localhost/*.');
    await options.close();

    const preset = await browser.context.newPage();
    await preset.goto(server.url(SEED));
    const expected = await panelStyle(preset);
    expect(expected).toMatchObject({ position: 'fixed', display: 'flex', 'z-index': '2147483646' });

    const added = await browser.context.newPage();
    await added.goto(server.url(SEED).replace('127.0.0.1', 'localhost'));
    expect(await panelStyle(added)).toEqual(expected);
    await preset.close();
    await added.close();
  });
});

// The harness itself: the built extension loads in Chromium with 127.0.0.1 preset, fixture pages are
// served on loopback, and a profile survives a restart.
import { get } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inServiceWorker, launchWithExtension, screenshot } from './support/browser';
import type { ExtensionBrowser } from './support/browser';
import { serveFixtures } from './support/server';
import type { StaticServer } from './support/server';

const SEED = 'confluence-server/dmlt-2022-10-18.html';

describe('the end-to-end harness', () => {
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

  it('loads the extension with its service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.serviceWorker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
  });

  it('builds 127.0.0.1 into the host permissions and the content script matches', async () => {
    const manifest = await inServiceWorker(browser.serviceWorker, (chrome) => chrome.runtime.getManifest());
    expect(manifest.host_permissions).toContain('http://127.0.0.1/*');
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
    expect(matches, 'the content script (entrypoints/wiki.content) matches the preset hosts').toContain(
      'http://127.0.0.1/*',
    );
  });

  it('ships its icon at every size the toolbar and the stores ask for, each a PNG of that size', async () => {
    const manifest = await inServiceWorker(browser.serviceWorker, (chrome) => chrome.runtime.getManifest());
    expect(Object.keys(manifest.icons ?? {})).toEqual(['16', '32', '48', '128']);
    const page = await browser.context.newPage();
    for (const [size, file] of Object.entries(manifest.icons ?? {})) {
      await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
      const natural = await page.evaluate(() => {
        const img = document.querySelector('img');
        return img ? [img.naturalWidth, img.naturalHeight] : null;
      });
      expect(natural, file).toEqual([Number(size), Number(size)]);
    }
    await page.close();
  });

  it('serves the seed fixture page, which opens in the browser', async () => {
    const page = await browser.context.newPage();
    const response = await page.goto(server.url(SEED));
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
    await expect(page.title()).resolves.toMatch(/^DM Leadership Team Virtual Face-to-Face Meeting - 2022-10-18/);
    await screenshot(page, 'smoke-seed-page');
    await page.close();
  });

  it.each([
    '/../../package.json',
    '/..%2F..%2Fpackage.json',
    '/sample/..%2F..%2Fpackage.json',
    '/confluence-server/',
    '/missing.html',
  ])('refuses %s with a 404', async (path) => {
    await expect(rawStatus(server.origin, path)).resolves.toBe(404);
  });

  it('serves the bundled sample under /sample/', async () => {
    const response = await fetch(server.url('/sample/'));
    expect(response.status).toBe(200);
    await expect(response.text()).resolves.toContain('href="dmlt-2022-10-18.html"');
  });
});

describe('a reopened profile', () => {
  it('keeps what the extension stored before the browser closed', async () => {
    const first = await launchWithExtension();
    await inServiceWorker(first.serviceWorker, (chrome) => chrome.storage.local.set({ smoke: 'kept' }));
    await first.close({ keepProfile: true });

    const second = await launchWithExtension({ userDataDir: first.userDataDir });
    try {
      expect(second.extensionId).toBe(first.extensionId);
      const stored = await inServiceWorker(second.serviceWorker, (chrome) => chrome.storage.local.get('smoke'));
      expect(stored).toEqual({ smoke: 'kept' });
    } finally {
      await second.close();
    }
  });
});

/** The status for `path` sent as is: fetch() would resolve the dot segments before the server saw them. */
function rawStatus(origin: string, path: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    get(`${origin}/`, { path }, (response) => {
      response.resume();
      resolve(response.statusCode);
    }).on('error', reject);
  });
}

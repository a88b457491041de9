// The Firefox build in Debian's firefox-esr, driven by puppeteer over WebDriver BiDi.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIREFOX = '/usr/bin/firefox-esr';
const EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
const GECKO_ID = 'agendum@agendum.invalid';

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens `name`.html of the extension in a new tab, resolved once its app has drawn something. */
  openExtensionPage(name: 'popup' | 'options', timeout?: number): Promise<Page>;
}

/** A headless firefox-esr with the built extension installed (`npm run test:firefox` builds it first). */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${EXTENSION_DIR}: run \`npm run test:firefox\` (it builds first).`);
  }
  // Firefox gives each profile a random moz-extension UUID unless the pref pins it.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it WebDriver BiDi refuses to navigate to moz-extension:// pages.
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  const installed = await browser.installExtension(EXTENSION_DIR);
  if (installed !== GECKO_ID) throw new Error(`Firefox installed the extension as ${installed}, not ${GECKO_ID}`);

  // The tab changes process when it reaches a moz-extension:// address: puppeteer's goto then rejects with
  // "Frame detached", and a wait begun in the old document can fail with a protocol error ("right-hand side
  // of 'in' should be an object, got null") though the page loads fine. So the wait starts again until the
  // page is drawn.
  async function openExtensionPage(name: 'popup' | 'options', timeout = 15_000): Promise<Page> {
    const page = await browser.newPage();
    page.goto(`moz-extension://${uuid}/${name}.html`).catch(() => undefined);
    const deadline = Date.now() + timeout;
    for (;;) {
      try {
        await page.waitForSelector('#app > *', { timeout: Math.max(1, deadline - Date.now()) });
        return page;
      } catch (error) {
        if (Date.now() >= deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  return { browser, openExtensionPage };
}

// Opening the extension's own pages in firefox-esr through puppeteer over WebDriver BiDi. The tab changes
// process when it reaches a moz-extension:// address: puppeteer's goto then rejects with "Frame detached",
// and a wait begun in the old document can fail with a protocol error ("right-hand side of 'in' should be
// an object, got null") though the page loads fine. So the wait starts again until the page is drawn.
import type { Browser, Page } from 'puppeteer-core';

/** Opens `name`.html of the extension with `uuid` in a new tab, resolved once its app has drawn something. */
export async function openExtensionPage(
  browser: Browser,
  uuid: string,
  name: 'popup' | 'options',
  timeout = 15_000,
): Promise<Page> {
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

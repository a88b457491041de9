// `npm start`: builds the extension for loopback hosts, serves sample/ on 127.0.0.1 and opens Debian's
// Chromium with the extension on the sample meeting page. Headed while a display exists: runs until the
// browser closes or Ctrl-C. With --headless (or no display): prints what the extension marked, writes
// artifacts/start/{page,popup}.png, and exits.
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { buildExtension } from './build-for-tests.js';

const HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
const SAMPLE_PAGE = 'dmlt-2022-10-18.html';
const ARTIFACTS = fileURLToPath(new URL('../artifacts/start', import.meta.url));
const MARK_WAIT_MS = 15_000;

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = process.argv.includes('--headless') || !hasDisplay;

// The e2e harness is TypeScript; tsx (a dependency, as for bin/agendum.js) loads it without a build step.
const { SAMPLE, serveStatic } = await tsImport('../tests/e2e/support/server.ts', import.meta.url);
const { launchWithExtension, openPopup, screenshot } = await tsImport(
  '../tests/e2e/support/browser.ts',
  import.meta.url,
);

let server;
let browser;
let interrupted = false;
let stopping;
/** Closes the browser and the server once, however the run ends. */
function stop() {
  stopping ??= Promise.allSettled([browser?.close(), server?.close()]);
  return stopping;
}
process.on('SIGINT', () => {
  interrupted = true;
  void stop().then(() => process.exit(130));
});

try {
  await buildExtension(HOSTS);
  server = await serveStatic({ '/': SAMPLE });
  browser = await launchWithExtension({ headless });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const url = server.url(SAMPLE_PAGE);
  await page.goto(url);
  console.log(`\nAgendum ${browser.extensionId} is loaded; sample page: ${url}`);
  if (headless) {
    await report(page);
  } else {
    console.log('Close the browser window or press Ctrl-C to stop.');
    await new Promise((resolve) => browser.context.once('close', resolve));
  }
} catch (error) {
  // After Ctrl-C, whatever was under way fails because the browser is gone: not worth a message.
  if (!interrupted) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
} finally {
  await stop();
}

/** Prints the marked actions by state and each one's text, and writes the two screenshots. */
async function report(page) {
  await rm(ARTIFACTS, { recursive: true, force: true }); // no stale screenshot from an earlier run
  const marks = await waitForMarks(page);
  if (marks.length === 0) {
    console.log(
      `The extension marked 0 actions: no [data-agendum-task] element appeared within ${MARK_WAIT_MS / 1000} s ` +
        '(until the content script lands, this is expected).',
    );
  } else {
    const byState = new Map();
    for (const { state } of marks) byState.set(state, (byState.get(state) ?? 0) + 1);
    const counts = [...byState].map(([state, count]) => `${count} ${state}`).join(', ');
    console.log(`The extension marked ${marks.length} actions: ${counts}`);
    for (const { state, text } of marks)
      console.log(`  [${state}] ${text.length > 80 ? `${text.slice(0, 79)}…` : text}`);
  }
  console.log(`Screenshot: ${await screenshot(page, 'page', ARTIFACTS)}`);

  const popup = await openPopup(browser.context, browser.extensionId).catch((error) => {
    console.log(`The popup did not open: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
    return undefined;
  });
  if (popup) {
    await popup.waitForLoadState('networkidle');
    console.log(`Screenshot: ${await screenshot(popup, 'popup', ARTIFACTS)}`);
  }
}

/** The marks once their number stops changing (the content script may mark in steps), or [] after the wait. */
async function waitForMarks(page) {
  const found = await page.waitForSelector('[data-agendum-task]', { state: 'attached', timeout: MARK_WAIT_MS }).then(
    () => true,
    (error) => {
      if (error instanceof Error && error.name === 'TimeoutError') return false;
      throw error;
    },
  );
  if (!found) return [];
  let previous = -1;
  let marks = [];
  while (marks.length !== previous) {
    previous = marks.length;
    await page.waitForTimeout(500);
    marks = await page.$$eval('[data-agendum-task]', (elements) =>
      elements.map((element) => ({
        state: element.getAttribute('data-agendum-state') ?? 'no state',
        text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    );
  }
  return marks;
}

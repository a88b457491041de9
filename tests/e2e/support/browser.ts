// Debian's Chromium (never a downloaded one) through playwright-core, with the built extension
// (.output/chrome-mv3) loaded unpacked; plus the popup and screenshots. See /work/shared/notes/toolchain.md.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const SCREENSHOT_DIR = join(ROOT, 'artifacts/screenshots');

/** Flags for a quiet headless Chromium: nothing leaves the machine (no updates, sync, QUIC probes or background fetches). */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The unpacked extension's id; it is derived from EXTENSION_DIR's absolute path. */
  extensionId: string;
  /** The extension's service worker as it was right after launch. */
  serviceWorker: Worker;
  /** The browser profile; pass it to a later launchWithExtension to reopen the same profile. */
  userDataDir: string;
  /**
   * Closes the browser. A profile launchWithExtension made itself is deleted, unless `keepProfile`
   * (to reopen it later; the reopened browser's close deletes it then).
   */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  /** Reopen this profile instead of a fresh one. */
  userDataDir?: string;
  /** Default true; `npm start` shows the window when there is a display. */
  headless?: boolean;
  /** Load this unpacked extension instead of EXTENSION_DIR (the benchmark adds its own page to a copy). */
  extensionDir?: string;
}

// Profiles this module created, so the close that ends their last use deletes them.
const ownProfiles = new Set<string>();

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run test:e2e\` (it builds first).`);
  }
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'agendum-profile-')));
  if (!options.userDataDir) ownProfiles.add(userDataDir);
  const removeProfile = async (): Promise<void> => {
    if (ownProfiles.delete(userDataDir)) await rm(userDataDir, { recursive: true, force: true });
  };
  const context = await chromium
    .launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: options.headless ?? true,
      viewport: { width: 1280, height: 800 },
      // Playwright's own Ctrl-C handler exits the process before close() can delete the profile.
      handleSIGINT: false,
      args: [
        // Playwright adds --disable-extensions; without this exception the service worker never starts.
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        ...QUIET_CHROMIUM_ARGS,
      ],
    })
    .catch(async (error: unknown) => {
      await removeProfile();
      throw error;
    });
  try {
    const serviceWorker =
      context.serviceWorkers().find(isExtensionWorker) ??
      (await context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 15_000 }));
    return {
      context,
      extensionId: new URL(serviceWorker.url()).host,
      serviceWorker,
      userDataDir,
      close: async ({ keepProfile = false } = {}) => {
        try {
          await context.close();
        } finally {
          // Even when the browser is already gone (closed by hand, or crashed).
          if (!keepProfile) await removeProfile();
        }
      },
    };
  } catch (error) {
    await context.close();
    await removeProfile();
    throw error;
  }
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

/**
 * Runs `fn` inside the service worker with the extension API, e.g.
 * `inServiceWorker(sw, (chrome) => chrome.action.getBadgeText({}))`. `fn` is sent as source text, so it
 * may use only its parameters (like any Playwright `evaluate`); `arg` must be JSON.
 */
export function inServiceWorker<T, A = undefined>(
  worker: Worker,
  fn: (chrome: WxtBrowser, arg: A) => T | Promise<T>,
  arg?: A,
): Promise<T> {
  // MV3's `chrome.*` returns promises, so it serves where the polyfill's `browser` would.
  return worker.evaluate(`(${fn.toString()})(chrome, ${JSON.stringify(arg) ?? 'undefined'})`) as Promise<T>;
}

/**
 * Opens the toolbar popup's page as a tab (a headless browser has no toolbar to click), at about the size
 * the popup gets in the toolbar (its CSS makes it ~380 px wide).
 */
export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

/** Writes a full-page screenshot to `<dir>/<name>.png` (artifacts/screenshots by default) and returns its path. */
export async function screenshot(page: Page, name: string, dir = SCREENSHOT_DIR): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

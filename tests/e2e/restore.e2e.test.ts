// Restoring a backup that holds actions the user made from selected text, in Chromium with the built extension,
// in a fresh profile: the backup is what the store exports (addUserTask, exportBackup), restored through the
// store's importBackup from an extension page (the options page's restore control comes with another issue),
// and the seed page then marks each action where its quote stands, also one whose passage the wiki edited since.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUserTask, exportBackup } from '../../lib/store';
import { openTestDb } from '../helpers/open-test-db';
import { inServiceWorker, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { serveFixtures, type StaticServer } from './support/server';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = 'confluence-server/dmlt-2022-10-18.html';
const NOW = new Date('2026-11-20T09:00:00Z');
/** On the page as it was made, and as it is. */
const AS_IS = 'All technical sessions of DMLT vF2F will be open to DM members';
/** The page now reads "…a talk in Spanish for us next week."; the action was made before "for us" was added. */
const BEFORE_EDIT = 'And Andres is going to give a talk in Spanish next week.';

/** The store's restore for an extension page: lib/store bundled unchanged, run in that page's own origin. */
async function restoreScript(): Promise<string> {
  const bundled = await build({
    stdin: {
      contents: `import { importBackup, openAgendumDb } from './lib/store';
        globalThis.agendumRestore = async (json) => importBackup(await openAgendumDb(), json);`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
  });
  return bundled.outputFiles[0]!.text;
}

/** A backup, as the store exports one, holding two actions made on the seed page at `url`. */
async function backupWithUserActions(url: string): Promise<{ json: string; ids: [string, string] }> {
  const { db } = await openTestDb();
  const make = (text: string, prefix: string, suffix: string) =>
    addUserTask(
      db,
      {
        url,
        pageTitle: 'DMLT vF2F',
        text,
        assignees: [{ name: 'Wil O’Mullane' }],
        due: '2030-01-15',
        anchor: { exact: text, prefix, suffix },
      },
      NOW,
    );
  const asIs = await make(AS_IS, 'DM members. ', '. Should there be need');
  const edited = await make(BEFORE_EDIT, 'Wil: ', '');
  return { json: await exportBackup(db, NOW), ids: [asIs.id, edited.id] };
}

/** The id marked on the element whose text holds `text`. */
const markOn = (page: Page, text: string) =>
  page.evaluate(
    (text) =>
      [...document.querySelectorAll('[data-agendum-task]')]
        .find((el) => el.textContent?.includes(text))
        ?.getAttribute('data-agendum-task') ?? null,
    text,
  );

describe('restoring a backup with actions made from selected text', () => {
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

  it('re-anchors them on their page, the edited passage included', async () => {
    const { json, ids } = await backupWithUserActions(server.url(SEED));
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.evaluate(await restoreScript());
    const imported = await options.evaluate(
      (json) => (globalThis as unknown as { agendumRestore(json: string): Promise<unknown> }).agendumRestore(json),
      json,
    );
    expect(imported).toEqual({ added: 2, merged: 0, pages: 0 });

    const page = await browser.context.newPage();
    await page.goto(server.url(SEED));
    await expect
      .poll(() => page.evaluate(() => document.querySelectorAll('[data-agendum-task]').length), { timeout: 15_000 })
      .toBe(18);
    expect(await markOn(page, AS_IS)).toBe(ids[0]);
    expect(await markOn(page, 'a talk in Spanish for us next week')).toBe(ids[1]);
    // The placement came from the store: the overlay keeps no copy of its own.
    const stored = await inServiceWorker(browser.serviceWorker, (chrome) => chrome.storage.local.get(null));
    expect(Object.keys(stored).filter((key) => key.startsWith('overlay.anchors:'))).toEqual([]);
  });
});

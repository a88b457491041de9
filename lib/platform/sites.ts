// The wikis Agendum reads beyond the built-in ones: each added site is a host permission the user granted
// plus a content script registered at run time, listed in settings; and "Scan this page" on any tab.
import { browser } from 'wxt/browser';
import { hashText } from '../hash';
import { loadSettings, saveSettings } from './settings';

/** Where WXT builds `entrypoints/wiki.content/` (its UI's styles live in its shadow roots). */
const WIKI_SCRIPT = '/content-scripts/wiki.js';
/** The marks' stylesheet (`entrypoints/marks.content.css`), which goes with the script wherever it runs. */
const MARKS_CSS = '/content-scripts/marks.css';

/** The registration id for a pattern: stable, so re-registering after a restart finds the same one. */
export function siteScriptId(pattern: string): string {
  return `agendum-${hashText(pattern)}`;
}

/** The patterns the manifest's content scripts already cover (Confluence Cloud and the build's preset hosts). */
export function presetSites(): string[] {
  return [...new Set((browser.runtime.getManifest().content_scripts ?? []).flatMap((script) => script.matches ?? []))];
}

async function register(pattern: string): Promise<void> {
  await browser.scripting.registerContentScripts([
    {
      id: siteScriptId(pattern),
      matches: [pattern],
      js: [WIKI_SCRIPT],
      css: [MARKS_CSS],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}

async function registeredIds(): Promise<Set<string>> {
  return new Set((await browser.scripting.getRegisteredContentScripts()).map((script) => script.id));
}

/**
 * Asks the browser for `pattern`'s host permission and, when granted, runs the wiki content script there from
 * now on and lists the site in settings. Resolves to false when the user refused. Call it straight from the
 * click that asked for it: the permission prompt needs that user gesture, so nothing is awaited before it.
 */
export async function addSite(pattern: string): Promise<boolean> {
  if (!(await browser.permissions.request({ origins: [pattern] }))) return false;
  if (!(await registeredIds()).has(siteScriptId(pattern))) await register(pattern);
  const { sites } = await loadSettings();
  if (!sites.includes(pattern)) await saveSettings({ sites: [...sites, pattern] });
  return true;
}

/** Stops reading `pattern`: unregisters its content script, gives its permission back, drops it from settings. */
export async function removeSite(pattern: string): Promise<void> {
  const id = siteScriptId(pattern);
  if ((await registeredIds()).has(id)) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.permissions.remove({ origins: [pattern] });
  const { sites } = await loadSettings();
  await saveSettings({ sites: sites.filter((site) => site !== pattern) });
}

/** The listed sites whose host permission no longer holds (the user revoked it in the browser's settings). */
export async function sitesWithoutPermission(sites: string[]): Promise<string[]> {
  const granted = await Promise.all(sites.map((pattern) => browser.permissions.contains({ origins: [pattern] })));
  return sites.filter((_, i) => !granted[i]);
}

/**
 * At start-up: registers the content script again for every listed site whose permission still holds
 * (registrations do not survive every restart or update), and gives a registration from a build before the
 * marks' stylesheet existed that stylesheet. A site without permission stays listed, unregistered, until the
 * options page asks for it again.
 */
export async function restoreSites(): Promise<void> {
  const [{ sites }, scripts] = await Promise.all([loadSettings(), browser.scripting.getRegisteredContentScripts()]);
  const registered = new Map(scripts.map((script) => [script.id, script]));
  const missing = new Set(await sitesWithoutPermission(sites));
  for (const pattern of sites) {
    if (missing.has(pattern)) continue;
    const script = registered.get(siteScriptId(pattern));
    if (!script) await register(pattern);
    else if (!script.css?.includes(MARKS_CSS))
      await browser.scripting.updateContentScripts([{ id: script.id, css: [MARKS_CSS] }]);
  }
}

/**
 * "Scan this page": adds the marks' stylesheet and runs the wiki content script once in the tab, under the
 * activeTab grant (no site added).
 */
export async function scanTab(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: [MARKS_CSS] });
  await browser.scripting.executeScript({ target: { tabId }, files: [WIKI_SCRIPT] });
}

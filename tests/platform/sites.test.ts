import type { Scripting } from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSettings, saveSettings } from '../../lib/platform/settings';
import {
  addSite,
  presetSites,
  removeSite,
  restoreSites,
  scanTab,
  siteScriptId,
  sitesWithoutPermission,
} from '../../lib/platform/sites';

const WIKI = 'https://confluence.example.org/*';
const OTHER = 'https://wiki.other.org/*';

/** The fake browser has no `permissions` or `scripting`: a small in-memory stand-in for both. */
let granted: Set<string>;
let registered: Map<string, Scripting.RegisteredContentScript>;
let userAnswers: boolean;

beforeEach(() => {
  fakeBrowser.reset();
  granted = new Set();
  registered = new Map();
  userAnswers = true;
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation(async ({ origins = [] }) => {
    if (userAnswers) origins.forEach((origin) => granted.add(origin));
    return userAnswers;
  });
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) =>
    origins.every((origin) => granted.has(origin)),
  );
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    origins.forEach((origin) => granted.delete(origin));
    return true;
  });
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    for (const script of scripts) {
      if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
      registered.set(script.id, script);
    }
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async () => [
    ...registered.values(),
  ]);
  vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (scripts) => {
    for (const { id, ...change } of scripts) registered.set(id, { ...registered.get(id)!, ...change });
  });
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    (filter?.ids ?? []).forEach((id) => registered.delete(id));
  });
});

describe('addSite', () => {
  it('asks for the host permission, registers the wiki content script for it and lists the site', async () => {
    await expect(addSite(WIKI)).resolves.toBe(true);
    expect(fakeBrowser.permissions.request).toHaveBeenCalledWith({ origins: [WIKI] });
    expect(fakeBrowser.scripting.registerContentScripts).toHaveBeenCalledWith([
      {
        id: siteScriptId(WIKI),
        matches: [WIKI],
        js: ['/content-scripts/wiki.js'],
        css: ['/content-scripts/marks.css'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    expect((await loadSettings()).sites).toEqual([WIKI]);
  });

  it('asks for the permission before anything else, while the click still counts as a user gesture', async () => {
    const first = vi.fn();
    vi.mocked(fakeBrowser.permissions.request).mockImplementationOnce(async () => {
      first();
      return true;
    });
    const getSync = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const pending = addSite(WIKI);
    expect(first).toHaveBeenCalled();
    expect(getSync).not.toHaveBeenCalled();
    expect(fakeBrowser.scripting.getRegisteredContentScripts).not.toHaveBeenCalled();
    await pending;
  });

  it('changes nothing when the user refuses the permission', async () => {
    userAnswers = false;
    await expect(addSite(WIKI)).resolves.toBe(false);
    expect(registered.size).toBe(0);
    expect((await loadSettings()).sites).toEqual([]);
  });

  it('adding a site twice registers and lists it once', async () => {
    await addSite(WIKI);
    await addSite(WIKI);
    expect([...registered.keys()]).toEqual([siteScriptId(WIKI)]);
    expect((await loadSettings()).sites).toEqual([WIKI]);
  });

  it('gives each pattern its own registration id', () => {
    expect(siteScriptId(WIKI)).toMatch(/^agendum-[a-z0-9]+$/);
    expect(siteScriptId(WIKI)).not.toBe(siteScriptId(OTHER));
  });
});

describe('removeSite', () => {
  it('unregisters the content script, gives the permission back and drops the site', async () => {
    await addSite(WIKI);
    await addSite(OTHER);
    await removeSite(WIKI);
    expect(fakeBrowser.scripting.unregisterContentScripts).toHaveBeenCalledWith({ ids: [siteScriptId(WIKI)] });
    expect(fakeBrowser.permissions.remove).toHaveBeenCalledWith({ origins: [WIKI] });
    expect([...registered.keys()]).toEqual([siteScriptId(OTHER)]);
    expect([...granted]).toEqual([OTHER]);
    expect((await loadSettings()).sites).toEqual([OTHER]);
  });

  it('still drops a site whose registration was already lost', async () => {
    await addSite(WIKI);
    registered.clear();
    await removeSite(WIKI);
    expect(fakeBrowser.scripting.unregisterContentScripts).not.toHaveBeenCalled();
    expect((await loadSettings()).sites).toEqual([]);
  });
});

describe('restoreSites', () => {
  it('registers again the listed sites that lost their registration', async () => {
    await addSite(WIKI);
    await addSite(OTHER);
    registered.delete(siteScriptId(WIKI));
    await restoreSites();
    expect([...registered.keys()].sort()).toEqual([siteScriptId(WIKI), siteScriptId(OTHER)].sort());
  });

  it('adds the marks stylesheet to a registration made by an earlier build, and leaves current ones alone', async () => {
    await addSite(WIKI);
    await addSite(OTHER);
    const { css: _css, ...old } = registered.get(siteScriptId(WIKI))!;
    registered.set(siteScriptId(WIKI), old);
    await restoreSites();
    expect(registered.get(siteScriptId(WIKI))?.css).toEqual(['/content-scripts/marks.css']);
    expect(fakeBrowser.scripting.updateContentScripts).toHaveBeenCalledTimes(1);
  });

  it('leaves a site whose permission was revoked listed but unregistered', async () => {
    await saveSettings({ sites: [WIKI, OTHER] });
    granted.add(OTHER);
    await restoreSites();
    expect([...registered.keys()]).toEqual([siteScriptId(OTHER)]);
    expect((await loadSettings()).sites).toEqual([WIKI, OTHER]);
    await expect(sitesWithoutPermission([WIKI, OTHER])).resolves.toEqual([WIKI]);
  });
});

describe('presetSites', () => {
  it("lists the manifest's content-script matches once each", () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Agendum',
      version: '0.1.0',
      content_scripts: [
        { matches: ['https://*.atlassian.net/wiki/*', 'http://127.0.0.1/*'], js: ['content-scripts/wiki.js'] },
        { matches: ['http://127.0.0.1/*'], js: ['content-scripts/other.js'] },
      ],
    });
    expect(presetSites()).toEqual(['https://*.atlassian.net/wiki/*', 'http://127.0.0.1/*']);
  });
});

describe('scanTab', () => {
  it('adds the marks stylesheet, then runs the wiki content script once in the tab', async () => {
    const insert = vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockResolvedValue();
    const execute = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await scanTab(42);
    expect(insert).toHaveBeenCalledWith({ target: { tabId: 42 }, files: ['/content-scripts/marks.css'] });
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 42 }, files: ['/content-scripts/wiki.js'] });
    expect(insert.mock.invocationCallOrder[0]).toBeLessThan(execute.mock.invocationCallOrder[0]!);
  });
});

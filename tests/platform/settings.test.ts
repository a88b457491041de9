import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSettings, onSettingsChanged, saveSettings } from '../../lib/platform/settings';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import type { Settings } from '../../lib/model/settings';

const frossie = {
  site: 'confluence.example.org',
  names: ['Frossie Economou'],
  aliases: ['FE'],
  usernames: ['frossie'],
  accountIds: [],
  userKeys: [],
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadSettings', () => {
  it('gives the defaults when nothing is stored', async () => {
    await expect(loadSettings()).resolves.toEqual({
      identities: [],
      declinedViewers: [],
      sites: [],
      countDueToday: false,
      dailyNotification: false,
      defaultExportFormat: 'csv',
      markdownMentions: 'plain',
      wikiSync: [],
      goneRetention: { mode: 'keep', afterDays: 365 },
    });
  });

  it('reads back what was saved, in sync storage', async () => {
    await saveSettings({ identities: [frossie], countDueToday: true, defaultExportFormat: 'ics' });
    const settings = await loadSettings();
    expect(settings).toMatchObject({
      identities: [frossie],
      countDueToday: true,
      defaultExportFormat: 'ics',
      sites: [],
    });
    expect(await fakeBrowser.storage.sync.get('settings.countDueToday')).toEqual({ 'settings.countDueToday': true });
  });

  it.each<[string, unknown]>([
    ['sites', 'https://wiki.example.org/*'],
    ['sites', ['<all_urls>']],
    ['countDueToday', 'yes'],
    ['defaultExportFormat', 'pdf'],
    ['identities', [{ names: [''] }]],
  ])('replaces a corrupt "%s" (%j) by its default, reports it and never throws', async (field, value) => {
    await fakeBrowser.storage.sync.set({ [`settings.${field}`]: value, 'settings.dailyNotification': true });
    const report = vi.fn();
    const settings = await loadSettings(report);
    expect(settings[field as keyof Settings]).toEqual(DEFAULT_SETTINGS[field as keyof Settings]);
    expect(settings.dailyNotification).toBe(true);
    expect(report).toHaveBeenCalledTimes(1);
    expect(report.mock.calls[0]?.[0]).toContain(field);
  });

  it('fills the lists of an identity stored without them', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.identities': [{ names: ['Tim Jenness'] }] });
    expect((await loadSettings()).identities).toEqual([
      { names: ['Tim Jenness'], aliases: [], usernames: [], accountIds: [], userKeys: [] },
    ]);
  });

  it('gives each caller its own default lists, so changing one does not change the defaults', async () => {
    const first = await loadSettings();
    first.sites.push('https://wiki.example.org/*');
    expect((await loadSettings()).sites).toEqual([]);
  });

  it('falls back to local storage when sync cannot be read', async () => {
    await fakeBrowser.storage.local.set({ 'settings.countDueToday': true });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is off'));
    expect((await loadSettings()).countDueToday).toBe(true);
  });
});

describe('saveSettings', () => {
  it('writes to local storage when sync refuses, and reads that back', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    await saveSettings({ sites: ['https://wiki.example.org/*'] });
    expect(await fakeBrowser.storage.local.get('settings.sites')).toEqual({
      'settings.sites': ['https://wiki.example.org/*'],
    });
    expect((await loadSettings()).sites).toEqual(['https://wiki.example.org/*']);
  });

  it('clears the local copy once a later write to sync succeeds, so the newer value wins', async () => {
    await fakeBrowser.storage.local.set({ 'settings.sites': ['https://old.example.org/*'] });
    await saveSettings({ sites: ['https://new.example.org/*'] });
    expect((await loadSettings()).sites).toEqual(['https://new.example.org/*']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('writes only the fields in the patch', async () => {
    await fakeBrowser.storage.sync.set({ 'settings.countDueToday': true });
    await saveSettings({ dailyNotification: true });
    expect(await loadSettings()).toMatchObject({ countDueToday: true, dailyNotification: true });
  });

  it('rejects an invalid patch and stores nothing', async () => {
    await expect(saveSettings({ sites: ['not a pattern'] })).rejects.toThrow();
    await expect(saveSettings({ colour: 'red' } as Partial<Settings>)).rejects.toThrow();
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});

describe('onSettingsChanged', () => {
  it('passes the whole new settings after a change', async () => {
    const seen = vi.fn();
    onSettingsChanged(seen);
    await saveSettings({ countDueToday: true });
    await vi.waitFor(() =>
      expect(seen).toHaveBeenCalledWith(expect.objectContaining({ countDueToday: true, sites: [] })),
    );
  });

  it('ignores storage keys that are not settings', async () => {
    const seen = vi.fn();
    onSettingsChanged(seen);
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).not.toHaveBeenCalled();
  });

  it('stops when its signal aborts', async () => {
    const seen = vi.fn();
    const stop = new AbortController();
    onSettingsChanged(seen, stop.signal);
    stop.abort();
    await saveSettings({ countDueToday: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).not.toHaveBeenCalled();
  });
});

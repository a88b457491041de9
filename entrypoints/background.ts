// The background: opens the store, answers the content scripts and popup, keeps the badge right daily.
import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { createBackground } from '../lib/background/create-background';
import { forgetOverlayAnchors } from '../lib/background/forget-overlay-anchors';
import { sendToTab } from '../lib/messages/client';
import { handleMessages } from '../lib/messages/server';
import { scheduleDailyRefresh, watchDayChanges } from '../lib/background/alarms';
import { onSavedFilterChanged } from '../lib/platform/saved-filter';
import { onSettingsChanged } from '../lib/platform/settings';
import { restoreSites } from '../lib/platform/sites';
import { openAgendumDb } from '../lib/store';

export default defineBackground(() => {
  const now = (): Date => new Date();
  // In Chrome's split mode a private window's background is its own: its store is the window's, in memory.
  const incognito = browser.extension?.inIncognitoContext ?? false;
  const ready = openAgendumDb().then((db) => createBackground({ db, now, incognito }));
  // Registered synchronously, as an MV3 service worker requires; requests wait for the store.
  handleMessages(ready.then((bg) => bg.handlers));
  watchDayChanges(() => void ready.then((bg) => Promise.all([bg.refresh(), bg.pullDue()])), { clock: now });
  onSettingsChanged(() => void ready.then((bg) => bg.refresh()));
  onSavedFilterChanged(() => void ready.then((bg) => bg.keepFirstScreens()));
  browser.commands?.onCommand.addListener(async (command) => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (command === 'toggle-panel' && tab?.id !== undefined) await sendToTab(tab.id, 'togglePanel', {});
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'update') void forgetOverlayAnchors();
  });
  void scheduleDailyRefresh(now());
  void restoreSites();
  void ready.then((bg) => bg.refresh());
});

// The optional daily notification of what is due today (off by default): at most one per local day.
// The wording is lib/badge's; this file decides whether to show it and remembers the day it did.
import { browser } from 'wxt/browser';
import { dueTodayDigest } from '../badge/badge';
import { localIsoDate } from '../dates/calendar';
import type { Action } from '../model/action';
import type { Settings } from '../model/settings';

export const DUE_TODAY_NOTIFICATION = 'agendum-due-today';
/** The local date of the last notification, in storage.local: a device's own, not synced. */
const NOTIFIED_ON_KEY = 'notifications.dueTodayShownOn';
/** Chrome refuses a notification without an icon; until the build ships icons, a 16 px square in the accent blue. */
const FALLBACK_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR42mPgSXtCEmIY1TCqYfhqAAD5plYQzfUznAAAAABJRU5ErkJggg==';

/** The manifest's largest icon as a full URL, else the fallback. */
function notificationIcon(): string {
  const icons = Object.entries(browser.runtime.getManifest().icons ?? {}).sort(([a], [b]) => Number(b) - Number(a));
  const path = icons[0]?.[1];
  return path === undefined ? FALLBACK_ICON : new URL(path, browser.runtime.getURL('/')).href;
}

/**
 * Shows "N actions due today" when the option is on, something of the user's is due today, and no notification
 * was shown yet today. Call it on each new day (and at start-up, so the first browser start of the day
 * notifies). Resolves to whether it showed one.
 */
export async function notifyDueToday(
  actions: Action[],
  now: Date,
  settings: Pick<Settings, 'dailyNotification'>,
): Promise<boolean> {
  if (!settings.dailyNotification) return false;
  const today = localIsoDate(now);
  const stored = await browser.storage.local.get(NOTIFIED_ON_KEY);
  if (stored[NOTIFIED_ON_KEY] === today) return false;
  const digest = dueTodayDigest(actions, today);
  if (!digest) return false;
  await browser.notifications.create(DUE_TODAY_NOTIFICATION, {
    type: 'basic',
    iconUrl: notificationIcon(),
    title: digest.title,
    message: digest.message,
  });
  await browser.storage.local.set({ [NOTIFIED_ON_KEY]: today });
  return true;
}

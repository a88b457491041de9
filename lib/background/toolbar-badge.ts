// Shows the overdue count on the toolbar icon. The counting is lib/badge's; this file only draws it, and
// reads the local date from the `now` it is given (never from the clock).
import { browser } from 'wxt/browser';
import { badgeFor, type Badge } from '../badge/badge';
import { localIsoDate } from '../dates/calendar';
import type { Action } from '../model/action';
import type { Settings } from '../model/settings';

/** Red, for late; the text colour is left to the browser, which picks a readable one. */
export const BADGE_COLOR = '#d93025';

/** Firefox's MV2 build has `browserAction` only; Chrome's MV3 has `action` only. */
const toolbarButton = () => browser.action ?? browser.browserAction;

/** Sets the badge text (none when ''), its red background and the tooltip. */
export async function showBadge(badge: Badge): Promise<void> {
  const button = toolbarButton();
  await Promise.all([
    button.setBadgeText({ text: badge.text }),
    button.setBadgeBackgroundColor({ color: BADGE_COLOR }),
    button.setTitle({ title: badge.title }),
  ]);
}

/**
 * Recounts and redraws the badge for `actions` as of `now` in the browser's time zone; call it on every store
 * change, at start-up and on each new day. Resolves to what it showed.
 */
export async function refreshBadge(
  actions: Action[],
  now: Date,
  settings: Pick<Settings, 'countDueToday'>,
): Promise<Badge> {
  const badge = badgeFor(actions, localIsoDate(now), { countDueToday: settings.countDueToday });
  await showBadge(badge);
  return badge;
}

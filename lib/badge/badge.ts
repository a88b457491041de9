// What the toolbar badge and the daily "due today" notification say about the user's own open actions.
// Pure: `today` (the user's local date) is a parameter; showing it is lib/background's job.
import { daysBetween } from '../dates/calendar';
import { dueBucket } from '../dates/describe-due';
import type { Action } from '../model/action';
import type { IsoDate } from '../model/page';

export interface BadgeOptions {
  /** Count actions due today as well as overdue ones (the user's "count due today" option). */
  countDueToday: boolean;
}

export interface Badge {
  /** How many of the user's open actions are late (or due today, with `countDueToday`). */
  count: number;
  /** The badge text: '' at zero (no badge), '99+' above 99, as the badge has room for three characters. */
  text: string;
  /** The toolbar tooltip: the count and the most overdue few. */
  title: string;
}

/** The tooltip when nothing is late: the extension's name, as the manifest's default title. */
const BADGE_IDLE_TITLE = 'Agendum';
const NAMED_IN_TITLE = 3;
const TITLE_TEXT_LENGTH = 48;

/**
 * The user's own action that still wants doing today: theirs, open (`status` already reflects the newer of
 * the wiki's and the user's side), still on its page, and not snoozed past today.
 */
function isPending(action: Action, today: IsoDate): boolean {
  return (
    action.mine &&
    action.status === 'open' &&
    !action.gone &&
    !(action.snoozedUntil !== undefined && action.snoozedUntil > today)
  );
}

/** Shortened for a tooltip line, on a character boundary that does not split a surrogate pair. */
function shorten(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= TITLE_TEXT_LENGTH ? chars.join('') : `${chars.slice(0, TITLE_TEXT_LENGTH - 1).join('')}…`;
}

function lateness(due: IsoDate, today: IsoDate): string {
  const days = daysBetween(due, today);
  return days === 0 ? 'due today' : `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** Oldest due date first; the text breaks ties so the tooltip does not change between refreshes. */
function byDue(a: Action & { due: IsoDate }, b: Action & { due: IsoDate }): number {
  return a.due < b.due ? -1 : a.due > b.due ? 1 : a.text.localeCompare(b.text);
}

/**
 * The badge for `actions` on `today`: the user's pending actions due before today (or on it, with
 * `countDueToday`). Title: "Agendum: 3 overdue — Send the budget (12 days), Book the room (3 days), …".
 */
export function badgeFor(actions: Action[], today: IsoDate, options: BadgeOptions): Badge {
  const counted = actions
    .filter((action): action is Action & { due: IsoDate } => {
      if (!isPending(action, today)) return false;
      const bucket = dueBucket(action.due, today);
      return bucket === 'overdue' || (options.countDueToday && bucket === 'today');
    })
    .sort(byDue);
  const count = counted.length;
  if (count === 0) return { count, text: '', title: BADGE_IDLE_TITLE };
  const named = counted
    .slice(0, NAMED_IN_TITLE)
    .map((action) => `${shorten(action.text)} (${lateness(action.due, today)})`);
  const more = count > NAMED_IN_TITLE ? `, and ${count - NAMED_IN_TITLE} more` : '';
  const what = options.countDueToday ? 'overdue or due today' : 'overdue';
  return {
    count,
    text: count > 99 ? '99+' : String(count),
    title: `Agendum: ${count} ${what} — ${named.join(', ')}${more}`,
  };
}

export interface DueTodayDigest {
  count: number;
  /** The notification's title: "2 actions due today". */
  title: string;
  /** One action per line, as many as a notification shows, then "and N more". */
  message: string;
}

const NAMED_IN_DIGEST = 5;

/** What the optional daily notification says, or null when none of the user's pending actions is due today. */
export function dueTodayDigest(actions: Action[], today: IsoDate): DueTodayDigest | null {
  const due = actions
    .filter((action) => isPending(action, today) && action.due === today)
    .sort((a, b) => a.text.localeCompare(b.text));
  const count = due.length;
  if (count === 0) return null;
  const lines = due.slice(0, NAMED_IN_DIGEST).map((action) => shorten(action.text));
  if (count > NAMED_IN_DIGEST) lines.push(`and ${count - NAMED_IN_DIGEST} more`);
  return { count, title: `${count} ${count === 1 ? 'action' : 'actions'} due today`, message: lines.join('\n') };
}

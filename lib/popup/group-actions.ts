// Sorts the popup's actions into its groups (Overdue … Done) against an explicit `today`.
// Pure: no clock, no DOM. Which actions reach it at all (scope, search, gone ones) is filterActions' job.
import { dueBucket } from '../dates/describe-due';
import type { Action } from '../model/action';
import type { IsoDate } from '../model/page';
import { textSortKey } from '../text-sort';

export type GroupKey = 'overdue' | 'today' | 'week' | 'later' | 'none' | 'done';

/** The order the popup shows its groups in, most urgent first. */
export const GROUP_ORDER: readonly GroupKey[] = ['overdue', 'today', 'week', 'later', 'none', 'done'];

// Sorting thousands of actions compares each many times: its text's sort key is made once per action object.
const sortKeys = new WeakMap<Action, string>();

function sortKeyOf(action: Action): string {
  let key = sortKeys.get(action);
  if (key === undefined) {
    key = textSortKey(action.text);
    sortKeys.set(action, key);
  }
  return key;
}

/**
 * Due date first (undated last; ISO dates sort as strings), then text (case, accents ignored, numbers by
 * value), then id so equal rows keep one order: the order the store's indexes list open tasks in, so a first
 * screen read from them is the start of the full list.
 */
export function compareActions(a: Action, b: Action): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  const [x, y] = [sortKeyOf(a), sortKeyOf(b)];
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The group an action is listed in. Done actions go only to `done`; an open action snoozed past `today` waits
 * in `later` whatever its due date (that is what snoozing means); every other open action goes where its due
 * date puts it.
 */
export function groupOf(action: Action, today: IsoDate): GroupKey {
  if (action.status === 'done') return 'done';
  if (action.snoozedUntil !== undefined && action.snoozedUntil > today) return 'later';
  return dueBucket(action.due, today);
}

export function groupActions(actions: readonly Action[], today: IsoDate): Record<GroupKey, Action[]> {
  const groups: Record<GroupKey, Action[]> = { overdue: [], today: [], week: [], later: [], none: [], done: [] };
  for (const action of actions) groups[groupOf(action, today)].push(action);
  for (const key of GROUP_ORDER) groups[key] = sortedByDue(groups[key]);
  return groups;
}

/** compareActions' order for many actions: each one's keys made once, then plain string comparisons. */
function sortedByDue(actions: Action[]): Action[] {
  const keyed = actions.map((action) => ({ action, due: action.due ?? '\uffff', text: sortKeyOf(action) }));
  keyed.sort((a, b) =>
    a.due !== b.due
      ? a.due < b.due
        ? -1
        : 1
      : a.text !== b.text
        ? a.text < b.text
          ? -1
          : 1
        : a.action.id < b.action.id
          ? -1
          : a.action.id > b.action.id
            ? 1
            : 0,
  );
  return keyed.map(({ action }) => action);
}

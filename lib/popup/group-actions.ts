// Sorts the popup's actions into its groups (Overdue … Done) against an explicit `today`.
// Pure: no clock, no DOM. Which actions reach it at all (scope, search, gone ones) is filterActions' job.
import { dueBucket } from '../dates/describe-due';
import type { Action } from '../model/action';
import type { IsoDate } from '../model/page';

export type GroupKey = 'overdue' | 'today' | 'week' | 'later' | 'none' | 'done';

/** The order the popup shows its groups in, most urgent first. */
export const GROUP_ORDER: readonly GroupKey[] = ['overdue', 'today', 'week', 'later', 'none', 'done'];

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Due date first (undated last; ISO dates sort as strings), then text, then id so equal rows keep one order. */
function compareActions(a: Action, b: Action): number {
  if (a.due !== b.due) {
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  }
  return collator.compare(a.text, b.text) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Done actions go only to `done`; an open action snoozed past `today` waits in `later` whatever its due date
 * (that is what snoozing means); every other open action goes where its due date puts it.
 */
export function groupActions(actions: readonly Action[], today: IsoDate): Record<GroupKey, Action[]> {
  const groups: Record<GroupKey, Action[]> = { overdue: [], today: [], week: [], later: [], none: [], done: [] };
  for (const action of actions) {
    const key: GroupKey =
      action.status === 'done'
        ? 'done'
        : action.snoozedUntil !== undefined && action.snoozedUntil > today
          ? 'later'
          : dueBucket(action.due, today);
    groups[key].push(action);
  }
  for (const key of GROUP_ORDER) groups[key].sort(compareActions);
  return groups;
}

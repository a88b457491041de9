// The state an action is drawn in (its mark on the page, its control): done, overdue, due soon or open.
// Pure: `today` is the reader's local date.
import { daysBetween } from '../dates/calendar';
import type { Action } from '../model/action';
import type { IsoDate } from '../model/page';

export type MarkState = 'overdue' | 'due-soon' | 'open' | 'done';

/** Due today or within this many days: amber. */
const DUE_SOON_DAYS = 3;

/** A snoozed action is plain "open" until its snooze ends: the user chose to put it off. */
export function actionState(action: Pick<Action, 'status' | 'due' | 'snoozedUntil'>, today: IsoDate): MarkState {
  if (action.status === 'done') return 'done';
  if (action.snoozedUntil !== undefined && action.snoozedUntil > today) return 'open';
  if (action.due === null) return 'open';
  const days = daysBetween(today, action.due);
  return days < 0 ? 'overdue' : days <= DUE_SOON_DAYS ? 'due-soon' : 'open';
}

// How the popup, overlay and badge phrase and group a due date relative to today.
// Pure: `today` is a parameter (the reader's local date), never read from the clock.
import type { IsoDate } from '../model/page';
import { MONTH_NAMES, WEEKDAY_NAMES, daysBetween, weekday } from './calendar';

/** The popup's groups: past due, due today, due in the coming week, later, undated. */
export type DueBucket = 'overdue' | 'today' | 'week' | 'later' | 'none';

/** Which group a due date falls in; `week` is tomorrow through today + 7. */
export function dueBucket(due: IsoDate | null, today: IsoDate): DueBucket {
  if (due === null) return 'none';
  const days = daysBetween(today, due);
  return days < 0 ? 'overdue' : days === 0 ? 'today' : days <= 7 ? 'week' : 'later';
}

/**
 * "3 days overdue", "due today", "due tomorrow", "due Friday" (within 6 days, so the weekday names one day
 * only), "due 12 Dec", "due 12 Dec 2027" (another year), "no due date".
 */
export function describeDue(due: IsoDate | null, today: IsoDate): string {
  if (due === null) return 'no due date';
  const days = daysBetween(today, due);
  if (days < 0) return `${-days} ${days === -1 ? 'day' : 'days'} overdue`;
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days <= 6) return `due ${WEEKDAY_NAMES[weekday(due)]}`;
  const dayMonth = `${Number(due.slice(8, 10))} ${MONTH_NAMES[Number(due.slice(5, 7)) - 1]?.slice(0, 3)}`;
  return due.slice(0, 4) === today.slice(0, 4) ? `due ${dayMonth}` : `due ${dayMonth} ${due.slice(0, 4)}`;
}

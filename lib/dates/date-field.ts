// What a date field accepts: a real day within DATE_FIELD_YEARS years of today (a year typed with a digit too
// many, 152027, is a slip, not a plan), and the words that say what to fix. Pure: `today` is a parameter.
import type { IsoDate } from '../model/page';
import { addDays, isIsoDate } from './calendar';
import { formatDay } from './describe-due';

export const DATE_FIELD_YEARS = 10;

/** The first and last day a field takes, as its `min` and `max`. */
export interface DateFieldBounds {
  min: IsoDate;
  max: IsoDate;
}

/** A due date: from January ten years back (old minutes) to December ten years ahead. */
export function dueDateBounds(today: IsoDate): DateFieldBounds {
  const year = Number(today.slice(0, 4));
  return { min: `${String(year - DATE_FIELD_YEARS).padStart(4, '0')}-01-01`, max: `${year + DATE_FIELD_YEARS}-12-31` };
}

/** A snooze: from tomorrow on. */
export function snoozeBounds(today: IsoDate): DateFieldBounds {
  return { min: addDays(today, 1), max: dueDateBounds(today).max };
}

/**
 * The field's value as a day (null when it is empty), or what to fix, in words. `incomplete`: the browser
 * holds a half-typed date (its value is then empty, and `validity.badInput` is set).
 */
export function readDateField(
  value: string,
  bounds: DateFieldBounds,
  today: IsoDate,
  incomplete = false,
): { date: IsoDate | null } | { error: string } {
  if (incomplete) return { error: 'That date is not complete: give the day, the month and the year.' };
  if (value === '') return { date: null };
  if (isIsoDate(value) && value >= bounds.min && value <= bounds.max) return { date: value };
  return { error: `Pick a date from ${formatDay(bounds.min, today)} to ${formatDay(bounds.max, today)}.` };
}

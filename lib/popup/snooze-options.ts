// The choices a popup row's Snooze offers, as dates counted from an explicit `today`.
// Pure: no clock; the calendar arithmetic is lib/dates'.
import { addDays } from '../dates/calendar';
import type { IsoDate } from '../model/page';

export interface SnoozeOption {
  /** The button's words, e.g. "Tomorrow". */
  label: string;
  until: IsoDate;
}

/** Tomorrow, and a week from today (a week, not "next Monday", so the two never fall on the same day). */
export function snoozeOptions(today: IsoDate): SnoozeOption[] {
  return [
    { label: 'Tomorrow', until: addDays(today, 1) },
    { label: 'Next week', until: addDays(today, 7) },
  ];
}

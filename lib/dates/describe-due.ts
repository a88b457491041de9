// How the popup, overlay and badge phrase and group a due date relative to today, in one date style: the
// reader's locale for a day ("15 Jan", "15 Jan 2027"), words for the near ones ("due in 3 days").
// Pure: `today` is a parameter (the reader's local date), never read from the clock; `locale` is too (undefined:
// the browser's, which is the reader's).
import type { IsoDate } from '../model/page';
import { daysBetween } from './calendar';

/** The popup's groups: past due, due today, due in the coming week, later, undated. */
export type DueBucket = 'overdue' | 'today' | 'week' | 'later' | 'none';

/** Which group a due date falls in; `week` is tomorrow through today + 7. */
export function dueBucket(due: IsoDate | null, today: IsoDate): DueBucket {
  if (due === null) return 'none';
  const days = daysBetween(today, due);
  return days < 0 ? 'overdue' : days === 0 ? 'today' : days <= 7 ? 'week' : 'later';
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A day as the reader writes it: "15 Jan" in this year, "15 Jan 2027" in another (en-GB; "Jan 15, 2027" in en-US…). */
export function formatDay(day: IsoDate, today: IsoDate, locale?: string): string {
  const withYear = day.slice(0, 4) !== today.slice(0, 4);
  const key = `${locale ?? ''}|${withYear}`;
  let format = formats.get(key);
  if (!format) {
    // UTC both ways: the day is a calendar day, and no time zone may move it.
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'short',
      year: withYear ? 'numeric' : undefined,
      timeZone: 'UTC',
    });
    formats.set(key, format);
  }
  return format.format(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))));
}

/**
 * "3 days overdue", "due today", "due tomorrow", "due in 3 days" (within 6 days), "due 12 Dec", "due 12 Dec 2027"
 * (another year), "no due date".
 */
export function describeDue(due: IsoDate | null, today: IsoDate, locale?: string): string {
  if (due === null) return 'no due date';
  const days = daysBetween(today, due);
  if (days < 0) return `${-days} ${days === -1 ? 'day' : 'days'} overdue`;
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days <= 6) return `due in ${days} days`;
  return `due ${formatDay(due, today, locale)}`;
}

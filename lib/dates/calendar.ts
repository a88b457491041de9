// Calendar arithmetic on `IsoDate` strings (YYYY-MM-DD) with plain integers, so no time zone can shift a day.
// Pure: the clock is always a parameter (`now`); only the two `*Local*` helpers look at time zones.
import type { IsoDate } from '../model/page';

/** English names, index 0 = Sunday, as `weekday()` counts. */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** English names, index 0 = January (month 1). */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date, or null when it is not a real one (month 1–12; years 0–9999 so it fits `YYYY`). */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (![year, month, day].every(Number.isInteger)) return null;
  if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` naming a day that exists (2023-02-29 does not). */
export function isIsoDate(value: string): boolean {
  const m = ISO_SHAPE.exec(value);
  return m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

function partsOf(date: IsoDate): [number, number, number] {
  const m = ISO_SHAPE.exec(date);
  if (!m) throw new RangeError(`not a date as YYYY-MM-DD: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

// Days since 1970-01-01 and back: Howard Hinnant's days_from_civil / civil_from_days
// (https://howardhinnant.github.io/date_algorithms.html), exact integers with no Date and no zone.
function toDayNumber(date: IsoDate): number {
  const [y0, m, d] = partsOf(date);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date `days` later (earlier when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + Math.trunc(days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** The next such weekday strictly after `reference` (a Friday's "Friday" is a week later). */
export function nextWeekday(reference: IsoDate, target: number): IsoDate {
  return addDays(reference, (target - weekday(reference) + 7) % 7 || 7);
}

/** The Friday of the reference's week; on a Saturday that Friday is past, so the next one. */
export function endOfWeek(reference: IsoDate): IsoDate {
  const day = weekday(reference);
  return addDays(reference, day <= 5 ? 5 - day : 6);
}

/** The last day of the date's month. */
export function endOfMonth(date: IsoDate): IsoDate {
  const [year, month] = partsOf(date);
  return `${date.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/**
 * The calendar date at `now` in an IANA zone (default: the runtime's), which is what "today" means to the
 * reader. Throws RangeError for an unknown zone.
 */
export function localIsoDate(now: Date, timeZone?: string): IsoDate {
  // The runtime's own zone needs no Intl: a first DateTimeFormat costs a page's content script ~30 ms.
  if (timeZone === undefined) {
    const date = isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
    if (!date) throw new RangeError(`no calendar date for ${String(now)}`);
    return date;
  }
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = format.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const date = isoDate(part('year'), part('month'), part('day'));
  if (!date) throw new RangeError(`no calendar date for ${String(now)}`);
  return date;
}

/**
 * The next start of a day in the runtime's zone, strictly after `now` (when the badge's count changes).
 * Built from local fields, so a DST switch never moves it off midnight; where a zone skips 00:00 itself,
 * the Date constructor yields the day's first real instant (ECMA-262 resolves gaps forward).
 */
export function nextLocalMidnight(now: Date): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
}

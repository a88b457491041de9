// iCalendar (RFC 5545) of actions: one VTODO each, or all-day VEVENTs on the due dates for calendars that
// ignore VTODO (Google Calendar, iOS Calendar). Pure: the clock comes in as `now`.
import { addDays } from '../dates/calendar';
import type { Action } from '../model/action';
import type { IsoDate } from '../model/page';
import { actionDetails, exportable, webUrl } from './details';

export interface ICalendarOptions {
  /** The DTSTAMP of every component: when the file was made. */
  now: Date;
  /** All-day VEVENTs on due dates instead of VTODOs; actions without a due date are left out. */
  events?: boolean;
}

/** TEXT value escaping (§3.3.11); control characters other than tab are not allowed in TEXT, so they go. */
function text(value: string): string {
  return (
    value
      .replace(/[\\;,]/g, '\\$&')
      .replace(/\r\n?|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- control characters are what this strips: iCalendar TEXT has no CONTROL characters (RFC 5545 §3.3.11)
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
  );
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (§3.1), between code points so no UTF-8 sequence is split. */
function fold(line: string): string {
  let out = '';
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0)!);
    if (size + n > 75) {
      out += '\r\n ';
      size = 1;
    }
    out += char;
    size += n;
  }
  return out;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A DATE-TIME in UTC form, `YYYYMMDDTHHMMSSZ`. */
function utc(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

const dateValue = (date: IsoDate): string => date.replace(/-/g, '');

/** Stable across exports, so re-importing updates instead of duplicating; percent-encoding keeps it free of TEXT escapes. */
function uid(action: Action, suffix = ''): string {
  return `${encodeURIComponent(action.id)}${suffix}@agendum`;
}

/** SUMMARY, DESCRIPTION and URL, shared by both component kinds. */
function about(action: Action): string[] {
  const url = webUrl(action.sourcePage.url);
  return [
    `SUMMARY:${text(action.text)}`,
    `DESCRIPTION:${text(actionDetails(action).join('\n'))}`,
    ...(url ? [`URL:${url}`] : []),
  ];
}

function todo(action: Action, stamp: string): string[] {
  const done = action.status === 'done';
  const completed = action.completedAt === undefined ? undefined : new Date(action.completedAt);
  return [
    'BEGIN:VTODO',
    `UID:${uid(action)}`,
    `DTSTAMP:${stamp}`,
    ...about(action),
    ...(action.due ? [`DUE;VALUE=DATE:${dateValue(action.due)}`] : []),
    // Clients expect STATUS, COMPLETED and PERCENT-COMPLETE to agree.
    `STATUS:${done ? 'COMPLETED' : 'NEEDS-ACTION'}`,
    ...(done && completed && !Number.isNaN(completed.getTime()) ? [`COMPLETED:${utc(completed)}`] : []),
    `PERCENT-COMPLETE:${done ? 100 : 0}`,
    'CATEGORIES:Agendum',
    'END:VTODO',
  ];
}

function event(action: Action, due: IsoDate, stamp: string): string[] {
  return [
    'BEGIN:VEVENT',
    // Its own UID: a calendar collection holds one component per UID (RFC 4791 §4.1), and users may import both files.
    `UID:${uid(action, '-due')}`,
    `DTSTAMP:${stamp}`,
    ...about(action),
    `DTSTART;VALUE=DATE:${dateValue(due)}`,
    // DTEND is exclusive (§3.6.1): the next day makes a one-day event.
    `DTEND;VALUE=DATE:${dateValue(addDays(due, 1))}`,
    // A deadline is not a meeting: it should not show the day as busy.
    'TRANSP:TRANSPARENT',
    'CATEGORIES:Agendum',
    'END:VEVENT',
  ];
}

/**
 * The actions as one VCALENDAR, CRLF line ends, long lines folded. With no actions the calendar has no
 * components, which RFC 5545's grammar does not allow but every parser we know accepts; an empty file is worse.
 */
export function toICalendar(actions: Action[], options: ICalendarOptions): string {
  const stamp = utc(options.now);
  const safe = actions.map(exportable);
  const components = options.events
    ? safe.flatMap((a) => (a.due ? event(a, a.due, stamp) : []))
    : safe.flatMap((a) => todo(a, stamp));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Agendum//Agendum//EN',
    'CALSCALE:GREGORIAN',
    ...components,
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${fold(line)}\r\n`).join('');
}

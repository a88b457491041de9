// Finds the dates written in meeting text: English absolute forms, ranges, and relative phrases ("by Friday",
// "in 2 weeks") resolved against the meeting date, and the forms of the other languages a page is written in
// (locale-dates.ts). Pure: the reference date is a parameter, never the clock. Ambiguous numeric forms
// (3/11/2022: March or November?) are read only in a language that writes the day first.
import type { IsoDate } from '../model/page';
import {
  MONTH_NAMES,
  WEEKDAY_NAMES,
  addDays,
  daysBetween,
  daysInMonth,
  endOfMonth,
  endOfWeek,
  isIsoDate,
  isoDate,
  nextWeekday,
} from './calendar';
import { localeRules, type DateLanguage } from './locale-dates';

/**
 * A date found in text; `start`/`end` (exclusive) cover the whole phrase, a range's being shared by its days;
 * `language`: the locale whose rules read it, when not English's.
 */
export type DateMatch = { date: IsoDate; start: number; end: number; language?: string };

const MONTH = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
const WEEKDAY_FULL = WEEKDAY_NAMES.join('|');
// Abbreviations are also words ("we sat", "the sun"), so alone they count only after "by"/"on"/….
const WEEKDAY_SHORT = String.raw`sun|mon|tues?|wed|thu(?:rs?)?|fri|sat`;
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

// Not inside a word or number, nor after a colon or dot (the "30" of "13:30", the "3" of "v1.3").
const START = String.raw`(?<![\p{L}\p{N}:.])`;
const END = String.raw`(?![\p{L}\p{N}])`;
const ORDINAL = String.raw`(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20|21)\d{2})(?!\p{N})`;
// "Thursday, 3 November 2022" is one date: the weekday must not also count as "next Thursday".
const WEEKDAY_PREFIX = String.raw`(?:(?:${WEEKDAY_FULL}|${WEEKDAY_SHORT})\.?,?\s+(?:the\s+)?)?`;
const DASH = String.raw`[-‐‑–—]`;
const CONNECTOR = String.raw`\s*(?:${DASH}|(?:to|until|till|through|thru)(?!\p{L}))\s*`;
const PREPOSITION = String.raw`(?:due\s+)?(?:by|on|before|until|till)\s+|due\s+`;

/** A day, month and perhaps year as written; ranges and missing years are settled afterwards. */
interface Written {
  kind: 'written';
  start: number;
  end: number;
  year: number | undefined;
  month: number;
  day: number;
  /** "17 Feb": a day range may end here ("15–17 Feb"). */
  dayFirst: boolean;
  /** "March 14", "2022-02-15": a day range may continue after it ("March 14-16"). */
  endsWithDay: boolean;
  language?: string;
}

type Candidate = Written | { kind: 'relative'; start: number; end: number; date: IsoDate; language?: string };

interface Rule {
  pattern: RegExp;
  /** Relative rules need the meeting date; they are skipped without one. */
  relative: boolean;
  read(m: RegExpExecArray, reference: IsoDate): Omit<Written, 'start' | 'end'> | IsoDate | null;
}

// Three letters tell every month apart, two every weekday.
const monthOf = (name: string): number =>
  MONTH_NAMES.findIndex((n) => n.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase()) + 1;
const weekdayOf = (name: string): number =>
  WEEKDAY_NAMES.findIndex((n) => n.slice(0, 2).toLowerCase() === name.slice(0, 2).toLowerCase());
const numberOf = (digits: string | undefined): number | undefined =>
  digits === undefined ? undefined : Number(digits);

function written(
  year: number | undefined,
  month: number,
  day: number,
  shape: { dayFirst?: boolean; endsWithDay?: boolean },
): Omit<Written, 'start' | 'end'> | null {
  // Without a year the day must fit the month in some year (29 Feb does).
  if (month < 1 || day < 1 || day > daysInMonth(year ?? 2000, month)) return null;
  return {
    kind: 'written',
    year,
    month,
    day,
    dayFirst: shape.dayFirst ?? false,
    endsWithDay: shape.endsWithDay ?? false,
  };
}

const RULES: Rule[] = [
  {
    // 2022-11-03, 2022/11/03; a date-time's "T10:00" may follow.
    pattern: new RegExp(
      String.raw`${START}${WEEKDAY_PREFIX}(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?=$|[^\p{L}\p{N}]|T\d)`,
      'giu',
    ),
    relative: false,
    read: (m) => written(Number(m[1]), Number(m[3]), Number(m[4]), { endsWithDay: true }),
  },
  {
    // 2023-Oct-24
    pattern: new RegExp(String.raw`${START}(\d{4})([-/ ])(${MONTH})\2(\d{1,2})${END}`, 'giu'),
    relative: false,
    read: (m) => written(Number(m[1]), monthOf(m[3] ?? ''), Number(m[4]), { endsWithDay: true }),
  },
  {
    // 3 Nov 2022, 03-Nov-2022, 3rd of November, 2022, 24 Oct
    pattern: new RegExp(
      String.raw`${START}${WEEKDAY_PREFIX}(\d{1,2})${ORDINAL}(?:\s*[-/]\s*|\s+(?:of\s+)?)(${MONTH})(?!\p{L})\.?(?:(?:,\s*|\s*[-/]\s*|\s+)${YEAR})?`,
      'giu',
    ),
    relative: false,
    read: (m) => written(numberOf(m[3]), monthOf(m[2] ?? ''), Number(m[1]), { dayFirst: !/^\p{L}/u.test(m[0]) }),
  },
  {
    // Nov 3, 2022, November 3rd 2022, Oct 24
    pattern: new RegExp(
      String.raw`${START}${WEEKDAY_PREFIX}(${MONTH})(?!\p{L})\.?(?:\s*[-/]\s*|\s+)(\d{1,2})${ORDINAL}(?![\p{L}\p{N}:])(?:(?:,\s*|\s+)${YEAR})?`,
      'giu',
    ),
    relative: false,
    read: (m) => {
      const year = numberOf(m[3]);
      // "we may 2x the budget": lower-case "may" without a year is the verb.
      if (m[1] === 'may' && year === undefined) return null;
      return written(year, monthOf(m[1] ?? ''), Number(m[2]), { endsWithDay: year === undefined });
    },
  },
  {
    pattern: new RegExp(
      String.raw`${START}(?:${PREPOSITION})?(?:(?<today>today|tonight)|(?<tomorrow>tomorrow)|(?<nextWeek>next\s+week)` +
        String.raw`|(?<eow>end\s+of\s+(?:(?<following>next)\s+|the\s+|this\s+)?week)|(?<eom>end\s+of\s+(?:the\s+|this\s+)?month)` +
        String.raw`|(?:in|within)\s+(?<count>\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\s+(?<unit>days?|weeks?)` +
        String.raw`|(?:next\s+|this\s+)?(?<weekday>${WEEKDAY_FULL})(?!\.?,?\s+(?:the\s+)?\d))${END}`,
      'giu',
    ),
    relative: true,
    read: (m, reference) => {
      const g = m.groups ?? {};
      if (g.today) return reference;
      if (g.tomorrow) return addDays(reference, 1);
      if (g.nextWeek) return addDays(reference, 7);
      if (g.eow) return addDays(endOfWeek(reference), g.following ? 7 : 0);
      if (g.eom) return endOfMonth(reference);
      if (g.count && g.unit) {
        const count = NUMBER_WORDS[g.count.toLowerCase()] ?? Number(g.count);
        return addDays(reference, /^w/i.test(g.unit) ? count * 7 : count);
      }
      return nextWeekday(reference, weekdayOf(g.weekday ?? ''));
    },
  },
  {
    // "by Fri", "on Tues": an abbreviated weekday only with its preposition.
    pattern: new RegExp(
      String.raw`${START}(?:${PREPOSITION})(?:next\s+|this\s+)?(${WEEKDAY_SHORT})${END}(?!\.?,?\s+(?:the\s+)?\d)`,
      'giu',
    ),
    relative: true,
    read: (m, reference) => nextWeekday(reference, weekdayOf(m[1] ?? '')),
  },
];

/** Every rule's matches, then the leftmost (longest on a tie) of those that overlap. */
function candidates(text: string, reference: IsoDate | undefined, languages: readonly DateLanguage[]): Candidate[] {
  const found: Candidate[] = [];
  for (const rule of RULES) {
    if (rule.relative && !reference) continue;
    for (const m of text.matchAll(rule.pattern)) {
      const value = rule.read(m, reference ?? '');
      if (!value) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      found.push(typeof value === 'string' ? { kind: 'relative', ...span, date: value } : { ...value, ...span });
    }
  }
  for (const language of languages) {
    for (const rule of localeRules(language)) {
      if (rule.relative && !reference) continue;
      for (const m of text.matchAll(rule.pattern)) {
        const value = rule.read(m, reference ?? '');
        const span = { start: m.index, end: m.index + m[0].length, language: language.locale };
        if (typeof value === 'string') found.push({ kind: 'relative', ...span, date: value });
        else if (value) {
          const date = written(value.year, value.month, value.day, {});
          if (date) found.push({ ...date, ...span });
        }
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Candidate[] = [];
  for (const c of found) if (c.start >= (chosen.at(-1)?.end ?? 0)) chosen.push(c);
  return chosen;
}

/** The year that puts the month-day nearest the reference (the later on a tie: due dates lie ahead). */
function nearest(month: number, day: number, reference: IsoDate | undefined): IsoDate | null {
  if (!reference) return null;
  const year = Number(reference.slice(0, 4));
  let best: IsoDate | null = null;
  for (const date of [year - 1, year, year + 1].map((y) => isoDate(y, month, day))) {
    if (date && (!best || Math.abs(daysBetween(reference, date)) <= Math.abs(daysBetween(reference, best))))
      best = date;
  }
  return best;
}

function dateOf(w: Pick<Written, 'year' | 'month' | 'day'>, reference: IsoDate | undefined): IsoDate | null {
  return w.year === undefined ? nearest(w.month, w.day, reference) : isoDate(w.year, w.month, w.day);
}

/** The year of a range's other end: the same, or the neighbouring one when the range crosses New Year. */
function yearBeside(known: IsoDate, month: number, day: number, after: boolean): number {
  const year = Number(known.slice(0, 4));
  const sameYear = `${known.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (after) return sameYear < known ? year + 1 : year;
  return sameYear > known ? year - 1 : year;
}

const MAX_RANGE_DAYS = 31;

/** Every day from `first` to `last`, or null when that is no plausible range (backwards, or over a month). */
function daysFrom(first: IsoDate | null, last: IsoDate | null): IsoDate[] | null {
  if (!first || !last) return null;
  const span = daysBetween(first, last);
  if (span < 1 || span > MAX_RANGE_DAYS) return null;
  return Array.from({ length: span + 1 }, (_, i) => addDays(first, i));
}

const RANGE_START = new RegExp(String.raw`${START}(\d{1,2})${ORDINAL}${CONNECTOR}$`, 'iu');
const RANGE_END_DAY = new RegExp(
  String.raw`${CONNECTOR}(\d{1,2})${ORDINAL}(?![\p{L}\p{N}:])(?:(?:,\s*|\s+)${YEAR})?`,
  'iuy',
);
const RANGE_JOIN = new RegExp(CONNECTOR, 'iuy');

interface Hit {
  start: number;
  end: number;
  dates: IsoDate[];
}

/**
 * Reads the written date `chosen[i]`, joined with what makes it a range; returns the hit and how many
 * candidates it used. `floor` is where the previous hit ended: a range may not reach back past it.
 */
function readWritten(
  text: string,
  chosen: Candidate[],
  i: number,
  reference: IsoDate | undefined,
  floor: number,
): [Hit | null, number] {
  const w = chosen[i] as Written;
  const next = chosen[i + 1];

  // "15–17 Feb 2022"
  const before = w.dayFirst ? RANGE_START.exec(text.slice(floor, w.start)) : null;
  if (before) {
    const last = dateOf(w, reference);
    const first = last && isoDate(Number(last.slice(0, 4)), w.month, Number(before[1]));
    const dates = daysFrom(first, last);
    if (dates) return [{ start: floor + before.index, end: w.end, dates }, 1];
  }

  // "Feb 28 – Mar 2, 2022", "2022-02-15 to 2022-02-17"
  RANGE_JOIN.lastIndex = w.end;
  if (next?.kind === 'written' && RANGE_JOIN.exec(text) && RANGE_JOIN.lastIndex === next.start) {
    let first: IsoDate | null;
    let last: IsoDate | null;
    if (w.year === undefined && next.year !== undefined) {
      last = dateOf(next, reference);
      first = last && isoDate(yearBeside(last, w.month, w.day, false), w.month, w.day);
    } else {
      first = dateOf(w, reference);
      last =
        first &&
        (next.year === undefined
          ? isoDate(yearBeside(first, next.month, next.day, true), next.month, next.day)
          : dateOf(next, reference));
    }
    const dates = daysFrom(first, last);
    if (dates) return [{ start: w.start, end: next.end, dates }, 2];
  }

  // "March 14-16, 2022", "2022-02-15 to 17"
  RANGE_END_DAY.lastIndex = w.end;
  const after = w.endsWithDay ? RANGE_END_DAY.exec(text) : null;
  if (after && (!next || RANGE_END_DAY.lastIndex <= next.start)) {
    const first = dateOf({ ...w, year: w.year ?? numberOf(after[2]) }, reference);
    const dates = daysFrom(first, first && isoDate(Number(first.slice(0, 4)), w.month, Number(after[1])));
    if (dates) return [{ start: w.start, end: RANGE_END_DAY.lastIndex, dates }, 1];
  }

  const date = dateOf(w, reference);
  return [date ? { start: w.start, end: w.end, dates: [date] } : null, 1];
}

/**
 * Every date in `text`, in order and not overlapping; each day of a range is its own match sharing the
 * range's offsets. Relative phrases and years left out ("24 Oct") are read only given `reference`. English
 * forms are always read; `languages` adds the forms of others.
 */
export function findAllDates(text: string, reference?: IsoDate, languages: readonly DateLanguage[] = []): DateMatch[] {
  const chosen = candidates(text, reference, languages);
  const matches: DateMatch[] = [];
  let floor = 0;
  for (let i = 0; i < chosen.length;) {
    const c = chosen[i]!;
    const [hit, used]: [Hit | null, number] =
      c.kind === 'relative'
        ? [{ start: c.start, end: c.end, dates: [c.date] }, 1]
        : readWritten(text, chosen, i, reference, floor);
    if (hit)
      matches.push(
        ...hit.dates.map((date): DateMatch =>
          c.language
            ? { date, start: hit.start, end: hit.end, language: c.language }
            : { date, start: hit.start, end: hit.end },
        ),
      );
    floor = Math.max(hit?.end ?? 0, chosen[i + used - 1]!.end);
    i += used;
  }
  return matches;
}

/** The first date mentioned in `text` (a range's first day), or null. */
export function findDate(text: string, reference?: IsoDate, languages: readonly DateLanguage[] = []): DateMatch | null {
  return findAllDates(text, reference, languages)[0] ?? null;
}

const DATETIME = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * The date of a `time[datetime]` value: `2022-11-03` or an ISO date-time, whose date part is taken as
 * written (the wiki chose that day; converting zones could move it). Null when invalid.
 */
export function dateFromDatetimeAttribute(value: string): IsoDate | null {
  const date = DATETIME.exec(value.trim())?.[1];
  return date && isIsoDate(date) ? date : null;
}

// Also the full-width forms Japanese writes ("、", "：", "（…）").
// Kana and kanji, as ranges: a Unicode property would make the pattern dearer to compile, on every page.
const CJK_END = /[\u3040-\u30ff\u3400-\u9fff]$/;
const CJK_START = /^[\u3040-\u30ff\u3400-\u9fff]/;
const SEPARATOR_AT_END = /\s*[-‐‑–—,;:|/、，：]+$/;
const SEPARATOR_AT_START = /^[-‐‑–—,;:|/、，：]+\s*/;

/**
 * `text` without the matched date, tidied: no doubled or dangling separator (" - ", ","), no empty
 * brackets, single spaces. A preposition outside the match ("by 3 Nov") is left for the caller to judge.
 */
export function stripDate(text: string, match: DateMatch): string {
  let left = text.slice(0, match.start).trimEnd();
  let right = text.slice(match.end).trimStart();
  // A sentence's last full stop goes with a date that ended it, leaving "by" at the very end for the caller.
  if (/^\.+$/.test(right)) right = '';
  // A date in brackets of its own goes with them, and with the one word that labelled it: "(due 3 Nov)".
  const opening = /[([（]\s*(?:\p{L}+\s*[:：]?\s*)?$/u;
  if (opening.test(left) && /^[)\]）]/.test(right)) {
    left = left.replace(opening, '').trimEnd();
    right = right.slice(1).trimStart();
  }
  if (!right || SEPARATOR_AT_START.test(right)) left = left.replace(SEPARATOR_AT_END, '');
  if (!left) right = right.replace(SEPARATOR_AT_START, '');
  // Japanese runs its words together: no space where the date stood between two of them.
  const tight = !left || !right || /^[.,;:!?)\]。、）]/.test(right) || (CJK_END.test(left) && CJK_START.test(right));
  const joined = tight ? left + right : `${left} ${right}`;
  return joined.replace(/\s+/g, ' ').trim();
}

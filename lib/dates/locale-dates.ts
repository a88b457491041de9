// Dates as other languages write them ("14. März 2023", "9 mars 2023", "12 de marzo", "2023年3月9日", "bis Freitag"):
// each language gives the shapes of its dates as patterns, and the month and weekday names in them come from the
// platform (Intl.DateTimeFormat). They are worked out once per language, the first time a page needs that language:
// a first DateTimeFormat costs tens of milliseconds, which English pages never pay.
import type { IsoDate } from '../model/page';
import { addDays, endOfWeek, nextWeekday } from './calendar';

/**
 * How a language writes dates. Patterns are regular-expression fragments, matched without case, over the
 * placeholders {D} day, {M} month number, {N} month name, {Y} year, {W} weekday name (long or short), {w} short
 * weekday name. Numeric forms are written in the language's own order (day first in German, French, Spanish).
 */
export interface DateLanguage {
  /** BCP 47 tag: the language Intl names months and weekdays in; also the code --explain reports. */
  locale: string;
  /** Absolute dates. */
  written: string[];
  /** Words before a deadline ("bis", "d'ici le", "antes del", "期限："), taken as part of the date. */
  before: string;
  /** Words after a deadline ("まで"), taken as part of the date. */
  after?: string;
  /** Words stand without spaces between them (Japanese): no word edges, no space needed after `before`. */
  unspaced?: boolean;
  /** A weekday in a relative deadline; default {W}. */
  weekday?: string;
  /** "Next" before a weekday ("nächsten", "el próximo") or after it ("prochain"): the same coming day. */
  nextBefore?: string;
  nextAfter?: string;
  today?: string;
  tomorrow?: string;
  nextWeek?: string;
  endOfWeek?: string;
}

/** A date a language's rule found: absolute (year perhaps unknown) or already resolved against the reference. */
export type LocaleDate = { year: number | undefined; month: number; day: number } | IsoDate;

export interface LocaleRule {
  pattern: RegExp;
  relative: boolean;
  read(m: RegExpExecArray, reference: IsoDate): LocaleDate | null;
}

interface Names {
  months: Map<string, number>;
  weekdays: Map<string, number>;
  monthPattern: string;
  weekdayPattern: string;
  shortWeekdayPattern: string;
}

/**
 * The letters of the Latin script (ASCII, Latin-1, Latin Extended-A and -B), as a character class's contents: where a
 * German, French or Spanish word stops. Written out, not as a Unicode property: a property (and the `u` flag it needs)
 * makes a pattern dozens of times dearer to compile.
 */
export const LATIN = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const withoutDot = (name: string): string => name.toLowerCase().replace(/\.$/, '');

/** Names as an alternation, longest first, a short name's closing dot optional. */
function alternation(names: Iterable<string>): string {
  return [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((name) => escape(name))
    .join('|');
}

function namesOf(locale: string): Names {
  const months = new Map<string, number>();
  const weekdays = new Map<string, number>();
  const shortWeekdays: string[] = [];
  for (const width of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: width, weekday: width, day: 'numeric' });
    const part = (date: number, type: Intl.DateTimeFormatPartTypes): string =>
      format.formatToParts(date).find((p) => p.type === type)?.value ?? '';
    for (let month = 0; month < 12; month++) months.set(withoutDot(part(Date.UTC(2000, month, 1), 'month')), month + 1);
    // 2000-01-02 was a Sunday: index 0, as `weekday()` counts.
    for (let day = 0; day < 7; day++) {
      const name = withoutDot(part(Date.UTC(2000, 0, 2 + day), 'weekday'));
      weekdays.set(name, day);
      if (width === 'short') shortWeekdays.push(name);
    }
  }
  months.delete('');
  weekdays.delete('');
  const dotted = (names: Iterable<string>): string => `(?:${alternation(names)})\\.?`;
  return {
    months,
    weekdays,
    monthPattern: dotted(months.keys()),
    weekdayPattern: dotted(weekdays.keys()),
    shortWeekdayPattern: dotted(shortWeekdays),
  };
}

const YEAR = String.raw`(?<y>(?:19|20|21)\d{2})(?!\d)`;

function expand(pattern: string, names: Names, weekdayGroup: boolean): string {
  const weekday = (names: string): string => (weekdayGroup ? `(?<weekday>${names})` : `(?:${names})`);
  const parts: Record<string, string> = {
    D: String.raw`(?<d>\d{1,2})`,
    M: String.raw`(?<m>\d{1,2})`,
    Y: YEAR,
    N: `(?<n>${names.monthPattern})`,
    W: weekday(names.weekdayPattern),
    w: weekday(names.shortWeekdayPattern),
  };
  // One pass, and never a property escape's braces ("\p{N}"), in the pattern or in what a placeholder becomes.
  return pattern.replace(/(?<!\\[pP])\{([DMYNWw])\}/g, (_, name: string) => parts[name]!);
}

/** The weekday a name names: itself, or the short name it starts with ("金曜" → 金). */
function weekdayIndex(text: string, names: Names): number {
  const name = withoutDot(text);
  const exact = names.weekdays.get(name);
  if (exact !== undefined) return exact;
  let best = -1;
  let length = 0;
  for (const [known, index] of names.weekdays) {
    if (known.length > length && name.startsWith(known)) [best, length] = [index, known.length];
  }
  return best;
}

function compile(language: DateLanguage): LocaleRule[] {
  const names = namesOf(language.locale);
  const gap = language.unspaced ? String.raw`\s*` : String.raw`\s+`;
  // Not inside a word or number, nor after a colon or dot (the "30" of "13:30"); Japanese needs only the numbers apart.
  // Latin letters as ranges: a Unicode property would make each pattern many times dearer to compile.
  const start = language.unspaced ? String.raw`(?<!\d)` : String.raw`(?<![${LATIN}\d:.])`;
  const end = language.unspaced ? String.raw`(?!\d)` : String.raw`(?![${LATIN}\d])`;
  const after = language.after ? `(?:\\s*(?:${language.after}))?` : '';
  const rules: LocaleRule[] = language.written.map((form) => ({
    pattern: new RegExp(`${start}(?:(?:${language.before})${gap})?${expand(form, names, false)}${after}${end}`, 'gi'),
    relative: false,
    read: (m) => {
      const g = m.groups ?? {};
      const month = g.m ? Number(g.m) : (names.months.get(withoutDot(g.n ?? '')) ?? 0);
      return { year: g.y ? Number(g.y) : undefined, month, day: Number(g.d) };
    },
  }));
  const optional = (words: string | undefined, pattern: (words: string) => string): string =>
    words ? pattern(words) : '';
  const phrase = [
    optional(language.today, (w) => `(?<today>${w})`),
    optional(language.tomorrow, (w) => `(?<tomorrow>${w})`),
    optional(language.nextWeek, (w) => `(?<nextWeek>${w})`),
    optional(language.endOfWeek, (w) => `(?<eow>${w})`),
    optional(language.nextBefore, (w) => `(?:(?:${w})\\s+)?`) +
      expand(language.weekday ?? '{W}', names, true) +
      optional(language.nextAfter, (w) => `(?:\\s+(?:${w}))?`),
  ]
    .filter(Boolean)
    .join('|');
  const read = (m: RegExpExecArray, reference: IsoDate): IsoDate | null => {
    const g = m.groups ?? {};
    if (g.today) return reference;
    if (g.tomorrow) return addDays(reference, 1);
    if (g.nextWeek) return addDays(reference, 7);
    if (g.eow) return endOfWeek(reference);
    const day = weekdayIndex(g.weekday ?? '', names);
    return day < 0 ? null : nextWeekday(reference, day);
  };
  // A relative deadline needs its word: "bis Freitag", "金曜日まで"; a weekday alone is not one ("am Dienstag besprochen").
  rules.push({
    pattern: new RegExp(`${start}(?:${language.before})${gap}(?:${phrase})${after}${end}`, 'gi'),
    relative: true,
    read,
  });
  if (language.after) {
    rules.push({
      pattern: new RegExp(`${start}(?:${phrase})\\s*(?:${language.after})${end}`, 'gi'),
      relative: true,
      read,
    });
  }
  return rules;
}

const compiled = new Map<DateLanguage, LocaleRule[]>();

/** The language's rules, compiled (and its names asked of Intl) the first time a page needs them. */
export function localeRules(language: DateLanguage): LocaleRule[] {
  let rules = compiled.get(language);
  if (!rules) {
    rules = compile(language);
    compiled.set(language, rules);
  }
  return rules;
}

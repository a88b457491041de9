// The state of one walk over a page: the headings above the current element, agenda rows by <tr>,
// and what the readers have found so far. Readers receive it; only the walker creates it.
import { weekday } from '../dates/calendar';
import { findAllDates } from '../dates/parse-date';
import type { AgendaRow } from '../model/agenda';
import type { IsoDate, PageFacts, PageRef, Person } from '../model/page';
import type { Suggestion, TaskOrigin, TaskStatus } from '../model/task';
import type { DueSource, OwnerSource, PassedOver, StatusSource } from './explain';
import { readLines, type InlineLine } from './inline';
import { seriesOf } from './page-facts';
import { preparation } from './prepare-language';
import type { TableInfo } from './tables';
import { squash, tagOf } from './text';
import { dateLanguages, phrasePattern, type Words } from './words';

/** A date that may only be known once the whole page is read ("Day 2" → the page's second meeting date). */
export interface DateRef {
  date?: IsoDate;
  day?: number;
  weekday?: number;
  /** The heading or agenda row the date was read from, for --explain. */
  heading?: string;
  row?: string;
}

export interface Heading {
  text: string;
  level: number;
  date?: IsoDate;
  /** "Action items", "Next steps"…: list items under it are tasks. */
  actionSection: boolean;
  /** The language whose words made it an action section. */
  actionLanguage?: Words;
  /** "Date", "When"…: the dates under it are the meeting's. */
  dateSection: boolean;
  /** "Proposed topics", "Parking lot"…: its tables are not the agenda. */
  proposals: boolean;
  /** "Attendees", "Participants"…: its lists name people, not actions. */
  people: boolean;
}

/** A meeting section: from a dated heading to the next dated heading at its level or above. */
export interface MeetingSection {
  date: IsoDate;
  level: number;
  heading: string;
}

export interface FoundTask {
  /** Where the task stands on the page (the overlay marks this element). */
  el: Element;
  origin: TaskOrigin;
  text: string;
  assignees: Person[];
  due: IsoDate | null;
  status: TaskStatus;
  taskId?: string;
  /** The wiki content id the task id belongs to (Confluence `data-inline-tasks-content-id`). */
  contentId?: string;
  /** Set for tasks shown here but agreed elsewhere (Task Report rows). */
  sourcePage?: PageRef;
  topic?: string;
  meeting?: DateRef;
  /** "CARRIED FORWARD:" items repeat an earlier task rather than add one. */
  carried?: boolean;
  /** Where the owner, due date and status were read from, for --explain. */
  ownerFrom?: OwnerSource;
  dueFrom?: DueSource;
  statusFrom?: StatusSource;
  /** The languages whose words took it as an action (its heading, caption, marker or columns), named its owner, read its due date. */
  language?: string;
  ownerLanguage?: string;
  dueLanguage?: string;
}

export interface RowContext {
  topic: string;
  date: DateRef;
}

export interface ExtractContext {
  facts: PageFacts;
  /** Absolute URL of the page as links point to it (for resolving relative links and ids). */
  pageUrl: string | undefined;
  headings: Heading[];
  rows: WeakMap<Element, RowContext>;
  /** Each table's grid and header roles, read once however many readers ask. */
  tables: WeakMap<Element, TableInfo | null>;
  /** The last element's own lines (several readers look at every block's text in turn). */
  ownLines?: { el: Element; lines: InlineLine[] };
  tasks: FoundTask[];
  /** Agenda rows with their people as read (ids kept until names are completed) and dates unresolved. */
  agenda: Array<Omit<AgendaRow, 'people' | 'date'> & { people: Person[]; dateRef: DateRef }>;
  suggestions: Array<Suggestion & { dateRef: DateRef }>;
  meetingDates: Set<IsoDate>;
  /** The meeting sections open at the walk's position, outermost first. */
  meetings: MeetingSection[];
  /** Every name each person id goes by on the page, to complete partial mentions ("Yusra"). */
  names: Map<string, Set<string>>;
  /** The people the page lists under "Attendees" or on a line so labelled: whom a name ending an action may mean. */
  attendees: Person[];
  /** The page has an "Action items"-like section: a sign of meeting notes. */
  sawActionSection: boolean;
  /** The page's title or a heading names a meeting ("Protokoll", "Acta de reunión"). */
  namesMeeting: boolean;
  /** The languages the page has shown words of so far and that are ready, English first: their reading words apply. */
  languages: readonly Words[];
  /** Languages shown but not yet ready, and the steps that prepare them: the walk waits for them. */
  pending: Words[];
  preparing: Array<() => void>;
  /** Last resort for relative dates on a page that names no meeting date. */
  today: IsoDate | undefined;
  /** Candidates the readers passed over, and why: kept only when an explanation was asked for. */
  passedOver?: PassedOver[];
}

/** The element's own inline content as lines (nested blocks left out), read once per element. */
export function ownLinesOf(el: Element, ctx: ExtractContext): InlineLine[] {
  if (ctx.ownLines?.el !== el) ctx.ownLines = { el, lines: readLines(el, { ownOnly: true }) };
  return ctx.ownLines.lines;
}

export function currentHeading(ctx: ExtractContext): Heading | undefined {
  return ctx.headings[ctx.headings.length - 1];
}

/** The agenda row an element sits in, if any (nearest enclosing <tr> read as an agenda row). */
export function rowOf(el: Element, ctx: ExtractContext): RowContext | undefined {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const row = ctx.rows.get(node);
    if (row) return row;
  }
  return undefined;
}

/** The topic an element sits under: its agenda row, else the nearest heading. */
export function topicOf(el: Element, ctx: ExtractContext): string | undefined {
  return rowOf(el, ctx)?.topic ?? currentHeading(ctx)?.text;
}

/** The meeting an element belongs to: its meeting section, else its agenda row's date. */
export function meetingOf(el: Element, ctx: ExtractContext): DateRef {
  const section = ctx.meetings[ctx.meetings.length - 1];
  if (section) return { date: section.date, heading: section.heading };
  return rowOf(el, ctx)?.date ?? {};
}

/** The language of the "Action items"-like heading the walk stands under, if any. */
export function inActionSection(ctx: ExtractContext): Words | undefined {
  for (let i = ctx.headings.length - 1; i >= 0; i--)
    if (ctx.headings[i]!.actionSection) return ctx.headings[i]!.actionLanguage;
  return undefined;
}

/**
 * Whether the page reads as meeting notes so far: a meeting title or heading, a meeting date, an agenda, an action
 * section. Generic words of other languages ("Aufgaben", "Tareas") and their markers count only then.
 */
export function readsAsMinutes(ctx: ExtractContext): boolean {
  return ctx.namesMeeting || ctx.meetingDates.size > 0 || ctx.agenda.length > 0 || ctx.sawActionSection;
}

/**
 * Whether English's structure words count here: always on an English page; on a page shown to be in another
 * language, once it reads as minutes ("Actions" and "Todo" are ordinary words in French and Spanish).
 */
export function englishCounts(ctx: ExtractContext): boolean {
  return ctx.languages.length === 1 || readsAsMinutes(ctx);
}

/** The language of a structure word found, if its words count on this page so far. */
export function counted(words: Words | undefined, ctx: ExtractContext): Words | undefined {
  return words && (words.code !== 'en' || englishCounts(ctx)) ? words : undefined;
}

/**
 * Notes that the page is written (also) in a language, from a word of it just found. Its reading words apply once
 * it is prepared, in steps of their own (prepare-language.ts): until then the walk waits, and the reader that found
 * the word has the element offered again (`mustWait`), to read it in that language too. Then the title is read
 * again for a date in the language ("Teamrunde 14.03.2024").
 */
export function noteLanguage(ctx: ExtractContext, words: Words | undefined): void {
  if (!words || ctx.languages.includes(words) || ctx.pending.includes(words)) return;
  ctx.pending.push(words);
  ctx.preparing.push(...preparation(words, [...ctx.languages, ...ctx.pending]), () => {
    ctx.languages = [...ctx.languages, words];
    ctx.pending.splice(ctx.pending.indexOf(words), 1);
    const { facts } = ctx;
    for (const match of findAllDates(facts.title, undefined, dateLanguages(ctx.languages)))
      ctx.meetingDates.add(match.date);
    const series = seriesOf(facts.title, ctx.languages);
    if (series) facts.series = series;
  });
}

/** Whether a language just noted must be prepared before the walk reads on: the reader offers its element again. */
export function mustWait(ctx: ExtractContext): boolean {
  return ctx.preparing.length > 0;
}

/** Reference date for relative phrases ("by Friday"): the meeting's date when already known. */
export function referenceDate(ref: DateRef, ctx: ExtractContext): IsoDate | undefined {
  const dates = [...ctx.meetingDates].sort();
  return resolveDateRef(ref, dates) ?? dates[0] ?? ctx.today;
}

export function resolveDateRef(ref: DateRef, meetingDates: IsoDate[]): IsoDate | undefined {
  if (ref.date) return ref.date;
  if (ref.day && meetingDates[ref.day - 1]) return meetingDates[ref.day - 1];
  if (ref.weekday !== undefined) {
    const match = meetingDates.find((d) => weekday(d) === ref.weekday);
    if (match) return match;
  }
  return meetingDates.length === 1 ? meetingDates[0] : undefined;
}

/** Records the names a person goes by, keyed by each id they carry. */
export function notePerson(person: Person, ctx: ExtractContext): void {
  for (const id of [person.username, person.accountId, person.userKey]) {
    if (!id) continue;
    const names = ctx.names.get(id) ?? new Set<string>();
    names.add(person.name);
    ctx.names.set(id, names);
  }
}

/** An http(s) URL for a link on the page, or undefined (never javascript: or data:). */
export function resolveLink(href: string | null, ctx: ExtractContext): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, ctx.facts.baseUrl ? `${ctx.facts.baseUrl}/` : ctx.pageUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const CAPTION = phrasePattern(
  (w) => w.actionHeadings,
  (words) => `^${words}\\s*[:：]?$`,
);
const MINUTES_CAPTION = phrasePattern(
  (w) => w.minutesActionHeadings,
  (words) => `^${words}\\s*[:：]?$`,
);
// Blocks that hold a caption and little else: a whole <div> before a list is a section, not its caption.
const CAPTION_TAGS = new Set(['P', 'DT', 'STRONG', 'B', 'LABEL']);

/** A short line that captions what follows as actions ("Action items:", "Next steps", "Tareas:"): in which language. */
export function actionCaptionLanguage(text: string, ctx: ExtractContext): Words | undefined {
  if (text.length >= 60) return undefined;
  const line = squash(text);
  // Captions are looked for on many lines: another language's only on a page that has shown one.
  const shown = ctx.pending.length ? [...ctx.languages, ...ctx.pending] : ctx.languages;
  const words =
    counted(CAPTION.language(line, shown), ctx) ??
    (readsAsMinutes(ctx) ? MINUTES_CAPTION.language(line, shown) : undefined);
  noteLanguage(ctx, words);
  return words;
}

function captionLanguage(el: Element | null | undefined, ctx: ExtractContext): Words | undefined {
  return el && CAPTION_TAGS.has(tagOf(el)) ? actionCaptionLanguage(el.textContent ?? '', ctx) : undefined;
}

/**
 * Whether a list item's list (or a line-block) is captioned as actions without a heading: a caption just
 * before the list, or the list nested under an item that says "Action items:". The caption's language, if so.
 */
export function hasActionCaption(el: Element, ctx: ExtractContext): Words | undefined {
  const block = tagOf(el) === 'LI' ? el.parentElement : el;
  if (!block) return undefined;
  const before = captionLanguage(block.previousElementSibling, ctx);
  if (before) return before;
  const parent = block.parentElement;
  return parent && tagOf(parent) === 'LI'
    ? actionCaptionLanguage(readLines(parent, { ownOnly: true })[0]?.text ?? '', ctx)
    : undefined;
}

/** Whether an element stands where actions are listed, under a heading or after a caption: that words' language. */
export function actionContext(el: Element, ctx: ExtractContext): Words | undefined {
  return inActionSection(ctx) ?? hasActionCaption(el, ctx);
}

// Tracks the headings above the walk's position: topics, "Action items" sections, the "Date" section whose
// dates are the meeting's, people sections ("Attendees"), and meeting sections: a dated heading
// ("== Agenda 2024-03-05 ==") opens a meeting that the sections after it at the same level belong to
// ("== Discussion ==", "== Action items =="), until the next dated heading at that level or a heading above it.
import { findDate } from '../dates/parse-date';
import { counted, mustWait, noteLanguage, readsAsMinutes, type ExtractContext, type Heading } from './context';
import type { Reader } from './reader';
import { tagOf, textOf } from './text';
import { dateLanguages, phrasePattern } from './words';

const ACTION_HEADING = phrasePattern(
  (w) => w.actionHeadings,
  (words) => `^${words}`,
  'end',
);
const MINUTES_ACTION_HEADING = phrasePattern(
  (w) => w.minutesActionHeadings,
  (words) => `^${words}`,
  'end',
);
const DATE_HEADING = phrasePattern(
  (w) => w.dateHeadings,
  (words) => `^${words}\\s*:?$`,
);
const PROPOSALS_HEADING = phrasePattern(
  (w) => w.proposalHeadings,
  (words) => words,
  'both',
);
const PEOPLE_HEADING = phrasePattern(
  (w) => w.peopleHeadings,
  (words) => `^${words}`,
  'end',
);
const MEETING_HEADING = phrasePattern(
  (w) => w.meetingTitles,
  (words) => words,
  'both',
);

const LEVELS: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

function levelOf(el: Element): number {
  return LEVELS[tagOf(el)] ?? 0;
}

/** A heading's text read: what kind of section it heads (noting the languages of its words), and its date. */
export function readHeading(text: string, level: number, ctx: ExtractContext): Heading {
  const meeting = MEETING_HEADING.language(text);
  if (meeting) ctx.namesMeeting = true;
  const action =
    counted(ACTION_HEADING.language(text), ctx) ??
    (readsAsMinutes(ctx) ? MINUTES_ACTION_HEADING.language(text) : undefined);
  const dateSection = DATE_HEADING.language(text);
  const people = PEOPLE_HEADING.language(text);
  for (const words of [meeting, action, dateSection, people]) noteLanguage(ctx, words);
  const heading: Heading = {
    text,
    level,
    actionSection: !!action,
    dateSection: !!dateSection,
    proposals: !!PROPOSALS_HEADING.language(text),
    people: !!people,
  };
  if (action) heading.actionLanguage = action;
  const date = findDate(text, [...ctx.meetingDates].sort()[0], dateLanguages(ctx.languages));
  // Only an absolute date makes a section a meeting of its own; "Next week" is not one.
  if (date && /\d/.test(text.slice(date.start, date.end))) heading.date = date.date;
  return heading;
}

export const headings: Reader = {
  name: 'headings',
  tags: new Set(Object.keys(LEVELS)),
  visit(el: Element, ctx: ExtractContext) {
    const level = levelOf(el);
    if (!level) return;
    // MediaWiki appends "[edit]" links to headings ("[modifier | modifier le code]" in French): 1.39 holds the
    // heading's own words in span.mw-headline.
    const headline = el.querySelector('.mw-headline');
    const text = textOf(headline ?? el)
      .replace(/\s*\[\s*edit(?:\s*source)?\s*\]\s*$/i, '')
      .trim();
    if (!text) return;
    while (ctx.headings.length && ctx.headings[ctx.headings.length - 1]!.level >= level) ctx.headings.pop();
    const heading = readHeading(text, level, ctx);
    // Its words showed a language the page must be prepared for: read it again then, its date in that language.
    if (mustWait(ctx)) return 'again';
    const { meetings } = ctx;
    // A heading above a meeting's level ends it; a dated heading at its level starts the next one.
    const ends = (top: number): boolean => top > level || (!!heading.date && top === level);
    while (meetings.length && ends(meetings[meetings.length - 1]!.level)) meetings.pop();
    if (heading.date) {
      ctx.meetingDates.add(heading.date);
      meetings.push({ date: heading.date, level, heading: text });
    }
    if (heading.actionSection) ctx.sawActionSection = true;
    ctx.headings.push(heading);
    return 'claim';
  },
};

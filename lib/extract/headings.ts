// Tracks the headings above the walk's position: topics, "Action items" sections, the "Date" section whose
// dates are the meeting's, people sections ("Attendees"), and meeting sections: a dated heading
// ("== Agenda 2024-03-05 ==") opens a meeting that the sections after it at the same level belong to
// ("== Discussion ==", "== Action items =="), until the next dated heading at that level or a heading above it.
import { findDate } from '../dates/parse-date';
import type { ExtractContext, Heading } from './context';
import type { Reader } from './reader';
import { tagOf, textOf } from './text';
import { anyOf } from './words';

const ACTION_HEADING = new RegExp(`^${anyOf((w) => w.actionHeadings)}\\b`, 'i');
const DATE_HEADING = new RegExp(`^${anyOf((w) => w.dateHeadings)}\\s*:?$`, 'i');
const PROPOSALS_HEADING = new RegExp(`\\b${anyOf((w) => w.proposalHeadings)}\\b`, 'i');
const PEOPLE_HEADING = new RegExp(`^${anyOf((w) => w.peopleHeadings)}\\b`, 'i');

const LEVELS: Record<string, number> = { H1: 1, H2: 2, H3: 3, H4: 4, H5: 5, H6: 6 };

function levelOf(el: Element): number {
  return LEVELS[tagOf(el)] ?? 0;
}

export function readHeading(text: string, level: number, reference: string | undefined): Heading {
  const heading: Heading = {
    text,
    level,
    actionSection: ACTION_HEADING.test(text),
    dateSection: DATE_HEADING.test(text),
    proposals: PROPOSALS_HEADING.test(text),
    people: PEOPLE_HEADING.test(text),
  };
  const date = findDate(text, reference);
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
    // MediaWiki appends "[edit]" links to headings.
    const text = textOf(el).replace(/\s*\[\s*edit(?:\s*source)?\s*\]\s*$/i, '').trim();
    if (!text) return;
    while (ctx.headings.length && ctx.headings[ctx.headings.length - 1]!.level >= level) ctx.headings.pop();
    const heading = readHeading(text, level, [...ctx.meetingDates].sort()[0]);
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

// Tracks the headings above the walk's position: topics, meeting sections ("== 2013-01-08 =="),
// "Action items" sections and the "Date" section whose dates are the meeting's.
import { findDate } from '../dates/parse-date';
import type { ExtractContext, Heading } from './context';
import type { Reader } from './reader';
import { tagOf, textOf } from './text';

const ACTION_HEADING = /^(?:open\s+)?(?:action\s*items?|actions?|action\s*points?|next\s*steps|follow[\s-]*ups?|to[\s-]*dos?|tasks?)\b/i;
const DATE_HEADING = /^(?:meeting\s+)?(?:date|dates|when|date\s*(?:&|and)\s*time)\s*:?$/i;
const PROPOSALS_HEADING = /\b(?:proposed|parking\s*lot|backlog|future\s+topics?|suggested\s+topics?)\b/i;

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
    if (heading.date) ctx.meetingDates.add(heading.date);
    if (heading.actionSection) ctx.sawActionSection = true;
    ctx.headings.push(heading);
    return 'claim';
  },
};

// The people a page lists: the lines under an "Attendees" / "Participants" / "参加者" heading, or a line labelled so
// ("Present: Ana Lim, Raj Patel"). They are no actions; they tell a name at an action's edge ("Send the slides - Bob",
// "田中と佐藤：…") for a person's, where "- Marketing" or "(Jira)" stays part of the text, and complete a first name.
import { currentHeading, ownLinesOf, type ExtractContext } from './context';
import type { InlineLine } from './inline';
import { namesIn } from './owners';
import type { Reader } from './reader';
import { phrasePattern } from './words';

const PEOPLE_LABEL = phrasePattern(
  (w) => w.peopleHeadings,
  (words) => `^\\s*${words}\\s*[:：]`,
);

/** More than a meeting lists: a page naming more gets no more read (each is looked up for every action). */
export const MAX_ATTENDEES = 1000;

/** The people a line lists: its mentions, and each comma-separated piece that is a name (a bracketed note left out). */
function notePeople(line: InlineLine, from: number, ctx: ExtractContext): void {
  const room = (): boolean => ctx.attendees.length < MAX_ATTENDEES;
  for (const span of line.people) if (span.start >= from && room()) ctx.attendees.push(span.value);
  for (const piece of line.text.slice(from).split(/[,;、]|\s(?:and|&)\s/)) {
    if (!room()) return;
    const name = piece.replace(/[(（[].*?[)）\]]/g, '').trim();
    ctx.attendees.push(...(name ? (namesIn(name, ctx.languages) ?? []) : []));
  }
}

export const attendees: Reader = {
  name: 'attendees',
  // Where a list of people is written: a paragraph, an item, a definition, a bare block of lines. Read after the
  // text markers, which have just read the same block's lines (`ownLinesOf` keeps them).
  tags: new Set(['P', 'LI', 'DD', 'DIV']),
  visit(el: Element, ctx: ExtractContext) {
    const listed = currentHeading(ctx)?.people;
    for (const line of ownLinesOf(el, ctx)) {
      if (listed) notePeople(line, 0, ctx);
      else if (line.text.includes(':') || line.text.includes('：')) {
        const label = PEOPLE_LABEL.language(line.text) && /[:：]/.exec(line.text);
        if (label) notePeople(line, label.index + 1, ctx);
      }
    }
  },
};

// The meeting's own dates: those written under a "Date" / "When" heading (Confluence's meeting-notes
// blueprint puts a date lozenge there). Due dates elsewhere on the page are not meeting dates.
import { findAllDates } from '../dates/parse-date';
import { currentHeading, ownLinesOf, type ExtractContext } from './context';
import type { Reader } from './reader';
import { BLOCK_TAGS } from './text';

export const meetingDates: Reader = {
  name: 'meeting-dates',
  tags: BLOCK_TAGS,
  visit(el: Element, ctx: ExtractContext) {
    if (!currentHeading(ctx)?.dateSection) return;
    for (const line of ownLinesOf(el, ctx)) {
      for (const span of line.dates) ctx.meetingDates.add(span.value);
      // Dates typed as text, outside any date element.
      let text = line.text;
      for (const span of [...line.dates].reverse()) text = text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
      for (const match of findAllDates(text)) ctx.meetingDates.add(match.date);
    }
  },
};

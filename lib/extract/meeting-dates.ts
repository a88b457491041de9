// The meeting's own dates: those written under a "Date" / "When" heading (Confluence's meeting-notes
// blueprint puts a date lozenge there), or after such a word of another language than English as a line's label
// ("Fecha: Jueves 09/03/2023", "Datum: 14.03.2023") on a page that reads as minutes, outside its action lists
// ("Termin: …" on a team page is an appointment). Due dates elsewhere on the page are not meeting dates.
// English's "Date: …" lines are left as they always were: a meeting date is part of its actions' ids.
import { findAllDates } from '../dates/parse-date';
import {
  currentHeading,
  inActionSection,
  mustWait,
  noteLanguage,
  ownLinesOf,
  readsAsMinutes,
  type ExtractContext,
} from './context';
import type { InlineLine } from './inline';
import type { Reader } from './reader';
import { BLOCK_TAGS, LINE_BLOCK_TAGS, tagOf } from './text';
import { dateLanguages, ENGLISH, LANGUAGES, phrasePattern } from './words';

const DATE_LABEL = phrasePattern(
  (w) => w.dateHeadings,
  (words) => `^${words}\\s*[:：]`,
  'none',
  LANGUAGES.filter((w) => w !== ENGLISH),
);

/** The dates a line states: those in date elements, and those typed as text outside any. */
function addDates(line: InlineLine, from: number, ctx: ExtractContext): void {
  for (const span of line.dates) if (span.start >= from) ctx.meetingDates.add(span.value);
  let text = line.text.slice(from);
  for (const span of [...line.dates].reverse()) {
    if (span.start >= from)
      text = text.slice(0, span.start - from) + ' '.repeat(span.end - span.start) + text.slice(span.end - from);
  }
  for (const match of findAllDates(text, undefined, dateLanguages(ctx.languages))) ctx.meetingDates.add(match.date);
}

export const meetingDates: Reader = {
  name: 'meeting-dates',
  tags: BLOCK_TAGS,
  visit(el: Element, ctx: ExtractContext) {
    if (currentHeading(ctx)?.dateSection) {
      for (const line of ownLinesOf(el, ctx)) addDates(line, 0, ctx);
      return;
    }
    // The label words are other languages' ("Fecha:", "Datum:"): only a page that has shown one has them.
    if (
      ctx.languages.length + ctx.pending.length < 2 ||
      !LINE_BLOCK_TAGS.has(tagOf(el)) ||
      inActionSection(ctx) ||
      !readsAsMinutes(ctx)
    )
      return;
    for (const line of ownLinesOf(el, ctx)) {
      // Most lines have no colon at all: a label's test is then not needed.
      if (!line.text.includes(':') && !line.text.includes('：')) continue;
      const words = DATE_LABEL.language(line.text);
      if (!words) continue;
      noteLanguage(ctx, words);
      if (mustWait(ctx)) return 'again';
      addDates(line, line.text.search(/[:：]/) + 1, ctx);
    }
    return undefined;
  },
};

// A language a page turns out to be written in is prepared in steps, each a slice of its own on a live page: its
// month and weekday names (Intl: tens of milliseconds the first time), then its date, owner and task patterns, each
// compiled by a first use (a regular expression compiles when first run, for one-byte and two-byte text apart).
// English's are ready from the start, so English pages never wait.
import { localeRules } from '../dates/locale-dates';
import { findAllDates } from '../dates/parse-date';
import { composeTask } from './inline';
import { namesIn, plainOwner } from './owners';
import { dateLanguages, type Words } from './words';

// Text no pattern takes, in a one-byte and a two-byte string.
const SAMPLES = ['x', 'x – x'];
const REFERENCE = '2000-01-03';

/** The steps that prepare `words` for a page in `languages` (the languages it will be read in, `words` among them). */
export function preparation(words: Words, languages: readonly Words[]): Array<() => void> {
  const steps: Array<() => void> = [];
  const dates = dateLanguages(languages);
  if (words.dates) {
    steps.push(
      () => dates.forEach((language) => localeRules(language)),
      () => SAMPLES.forEach((text) => findAllDates(text, REFERENCE, dates)),
    );
  }
  steps.push(
    () => SAMPLES.forEach((text) => (plainOwner(text, true, languages), namesIn(text, languages))),
    () => SAMPLES.forEach((text) => composeTask({ text, people: [], dates: [] }, REFERENCE, languages)),
  );
  return steps;
}

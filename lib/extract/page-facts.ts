// Page facts known before the content is walked: wiki, id, title, space, base URL, viewer, series, title dates.
// Pure: the wiki family reads its meta tags and well-known elements; this composes them.
import { findAllDates } from '../dates/parse-date';
import type { IsoDate, PageFacts } from '../model/page';
import type { WikiFamily } from './families';
import { squash } from './text';
import { dateLanguages, ENGLISH, phrasePattern, type Words } from './words';

const MEETING_TITLE = phrasePattern(
  (w) => w.meetingTitles,
  (words) => words,
  'both',
);

/** The title without its dates and the separators around them: "Team sync - 2024-01-02" → "Team sync". */
export function seriesOf(title: string, languages: readonly Words[] = [ENGLISH]): string | undefined {
  let rest = title;
  for (const match of findAllDates(title, undefined, dateLanguages(languages)).reverse())
    rest = rest.slice(0, match.start) + ' ' + rest.slice(match.end);
  const series = squash(
    rest
      .replace(/\s*[-–—,:|/(]+\s*(?=\s|$)/g, ' ')
      .replace(/[\s\-–—,:|/()]+$/g, '')
      .replace(/^[\s\-–—,:|/)]+/, ''),
  );
  return series || undefined;
}

export interface InitialFacts {
  facts: PageFacts;
  /** Where links to this page point: used as the source page of its own tasks. */
  canonicalUrl: string | undefined;
  titleDates: IsoDate[];
  /** The language of the meeting word in the title ("Protokoll", "Acta de reunión"), if it has one. */
  titleLanguage: Words | undefined;
}

export function readPageFacts(doc: Document, family: WikiFamily, url: string | undefined): InitialFacts {
  const title = family.title(doc);
  const id = family.pageId(doc, url);
  const baseUrl = family.baseUrl(doc, url);
  const facts: PageFacts = { wiki: family.kind, title, isMeeting: false, meetingDates: [] };
  if (id) facts.id = id;
  const canonical = family.canonicalUrl(baseUrl, id, url);
  if (url ?? canonical) facts.url = url ?? canonical;
  const space = family.space(doc, url);
  if (space) facts.space = space;
  if (baseUrl) facts.baseUrl = baseUrl;
  // "Protokoll 14. März 2023": the title's meeting word says the page's language; the walk reads the title's dates
  // in it again once that language is ready (noteLanguage).
  const titleLanguage = MEETING_TITLE.language(title);
  const series = seriesOf(title);
  if (series) facts.series = series;
  const viewer = family.viewer(doc);
  if (viewer) facts.viewer = viewer;
  const titleDates = findAllDates(title).map((m) => m.date);
  return { facts, canonicalUrl: canonical, titleDates, titleLanguage };
}

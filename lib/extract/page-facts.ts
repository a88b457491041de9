// Page facts known before the content is walked: wiki, id, title, space, base URL, viewer, series, title dates.
// Pure: the wiki family reads its meta tags and well-known elements; this composes them.
import { findAllDates } from '../dates/parse-date';
import type { IsoDate, PageFacts } from '../model/page';
import type { WikiFamily } from './families';
import { squash } from './text';

/** The title without its dates and the separators around them: "Team sync - 2024-01-02" → "Team sync". */
export function seriesOf(title: string): string | undefined {
  let rest = title;
  for (const match of findAllDates(title).reverse()) rest = rest.slice(0, match.start) + ' ' + rest.slice(match.end);
  const series = squash(rest.replace(/\s*[-–—,:|/(]+\s*(?=\s|$)/g, ' ').replace(/[\s\-–—,:|/()]+$/g, '').replace(/^[\s\-–—,:|/)]+/, ''));
  return series || undefined;
}

export interface InitialFacts {
  facts: PageFacts;
  /** Where links to this page point: used as the source page of its own tasks. */
  canonicalUrl: string | undefined;
  titleDates: IsoDate[];
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
  const series = seriesOf(title);
  if (series) facts.series = series;
  const viewer = family.viewer(doc);
  if (viewer) facts.viewer = viewer;
  return { facts, canonicalUrl: canonical, titleDates: findAllDates(title).map((m) => m.date) };
}

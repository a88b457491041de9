// What the overlay knows of the page's people, and the request that stores an action made from selected
// text. Pure: the page's extraction and the draft come in, plain data goes out.
import type { ActionDraft } from '../../components/overlay/AddActionForm';
import type { NewAction, TextQuote } from '../messages/protocol';
import type { PageExtraction } from '../model/extraction';
import type { PageRef, Person } from '../model/page';
import { foldName, sameName } from '../people/names';

/** Everyone the page names: assignees, the agenda's people and the reader, once each. */
export function pagePeople(extraction: PageExtraction | undefined): Person[] {
  if (!extraction) return [];
  const all: Person[] = [
    ...extraction.tasks.flatMap((task) => task.assignees),
    ...extraction.agenda.flatMap((row) => row.people.map((name) => ({ name }))),
    ...(extraction.page.viewer ? [extraction.page.viewer] : []),
  ];
  const byName = new Map<string, Person>();
  for (const person of all) {
    const key = foldName(person.name);
    // The first mention with an id wins over a bare name.
    if (key && (!byName.has(key) || (!byName.get(key)!.username && person.username))) byName.set(key, person);
  }
  return [...byName.values()];
}

/** The page an action is made on: its address, the title it shows, and what the last scan read. */
export interface PageOfAction {
  url: string;
  /** The document's title, for a page whose scan found none. */
  documentTitle: string;
  extraction: PageExtraction | undefined;
  /** The page as its own tasks name it (the last scan's). */
  ownPage: PageRef | undefined;
}

/** The request that stores `draft`, anchored at `quote`, bounded as the protocol's schema requires. */
export function newAction(draft: ActionDraft, quote: TextQuote, page: PageOfAction): NewAction {
  const people = pagePeople(page.extraction);
  return {
    url: page.url,
    pageTitle: (page.extraction?.page.title || page.documentTitle).slice(0, 500),
    ...(page.ownPage?.id ? { pageId: page.ownPage.id.slice(0, 500) } : {}),
    ...(page.ownPage?.url && /^https?:/i.test(page.ownPage.url) && page.ownPage.url.length <= 4000
      ? { pageUrl: page.ownPage.url }
      : {}),
    text: draft.text,
    // A name the page already knows keeps its wiki id, so "mine" can match it.
    assignees: draft.assignees
      .slice(0, 20)
      .map((name) => people.find((person) => sameName(person.name, name)) ?? { name }),
    due: draft.due,
    ...(draft.note ? { note: draft.note } : {}),
    anchor: quote,
  };
}

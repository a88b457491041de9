// Narrows the popup's actions to what the user asked for (Mine/Everyone, series, page, search) and lists
// the series and pages the filter menus offer. Pure: no clock, no DOM.
import type { Action } from '../model/action';
import { foldName } from '../people/names';

export interface PopupFilter {
  /** `mine`: only actions the user marked theirs or whose assignee is one of their identities. */
  scope: 'mine' | 'everyone';
  /** Only actions from this meeting series (the page title without its date). */
  series?: string;
  /** Only actions from the page at this URL. */
  pageUrl?: string;
  /** Words that must all occur, accent- and case-insensitively, in the text, an assignee's name or the page title. */
  search?: string;
}

/** What the series and page menus offer: every value present in the actions, sorted. */
export interface FilterOptions {
  series: string[];
  pages: { url: string; title: string }[];
}

/**
 * Folding is the cost of a search (about 90 ms for 10,000 actions), and the user types one letter at a time
 * over the same actions, so each action's folded text is kept for as long as the action object lives.
 * Actions are never mutated (a change makes a new object), so an entry cannot go stale.
 */
const folded = new WeakMap<Action, string>();

function haystack(action: Action): string {
  let text = folded.get(action);
  if (text === undefined) {
    text = [action.text, ...action.assignees.map((person) => person.name), action.sourcePage.title]
      .map(foldName)
      .join('\n');
    folded.set(action, text);
  }
  return text;
}

/** Keeps the actions that match every part of the filter, in their given order. Gone actions never show. */
export function filterActions(actions: readonly Action[], filter: PopupFilter): Action[] {
  const words = (filter.search ?? '')
    .split(/\s+/)
    .map(foldName)
    .filter((word) => word !== '');
  return actions.filter(
    (action) =>
      !action.gone &&
      (filter.scope === 'everyone' || action.mine) &&
      (filter.series === undefined || action.series === filter.series) &&
      (filter.pageUrl === undefined || action.sourcePage.url === filter.pageUrl) &&
      (words.length === 0 || matchesAll(haystack(action), words)),
  );
}

function matchesAll(text: string, words: readonly string[]): boolean {
  return words.every((word) => text.includes(word));
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Pages are keyed by URL (a page without one cannot be told apart from its namesakes, so it is not offered). */
export function filterOptions(actions: readonly Action[]): FilterOptions {
  const series = new Set<string>();
  const pages = new Map<string, string>();
  for (const action of actions) {
    if (action.gone) continue;
    if (action.series !== undefined) series.add(action.series);
    if (action.sourcePage.url !== undefined) pages.set(action.sourcePage.url, action.sourcePage.title);
  }
  return {
    series: [...series].sort(collator.compare),
    pages: [...pages].map(([url, title]) => ({ url, title })).sort((a, b) => collator.compare(a.title, b.title)),
  };
}

/**
 * The filter the popup opens with: the remembered one, else "Mine" once the user's identity is known,
 * "Everyone" before; and for this visit only, Everyone when that would hide `focus` (the action "Show in
 * list" asked for).
 */
export function openingFilter(saved: PopupFilter | undefined, identityKnown: boolean, focus?: Action): PopupFilter {
  const filter = saved ?? { scope: identityKnown ? 'mine' : 'everyone' };
  return focus !== undefined && filterActions([focus], filter).length === 0 ? { scope: 'everyone' } : filter;
}

/**
 * The filter without a series or page that no longer has actions (its menu could not show it, so it would
 * hide everything unexplained).
 */
export function withoutStaleChoices(filter: PopupFilter, options: FilterOptions): PopupFilter {
  const { series, pageUrl, ...rest } = filter;
  return {
    ...rest,
    ...(series !== undefined && options.series.includes(series) ? { series } : {}),
    ...(pageUrl !== undefined && options.pages.some((page) => page.url === pageUrl) ? { pageUrl } : {}),
  };
}

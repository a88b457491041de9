// The one interface the popup's views call. It is implemented over the store and the messaging client
// elsewhere (the popup shares the extension origin, so it reads the store directly); types only here.
import type { Action } from '../model/action';
import type { IsoDate } from '../model/page';
import type { PopupFilter } from './filter-actions';
import type { FirstScreen } from './first-screen';

/** One export format as the Export menu offers it. */
export interface ExportFormatOption {
  /** The id `exportActions`/`copyActions` receive, e.g. `csv`. */
  id: string;
  /** The words the menu shows, e.g. "CSV (spreadsheet)". */
  label: string;
}

/**
 * What the popup draws first, read from indexes when it opens; every action follows from `loadActions`.
 */
export interface PopupData {
  /** The user's local calendar date: every "overdue"/"due Friday" is said against it. */
  today: IsoDate;
  /** The user has told us at least one identity, so "Mine" means something and is the default scope. */
  identityKnown: boolean;
  /** The sites Agendum reads, as the user would recognise them (e.g. `confluence.example.org`), for the first-run text. */
  sites: string[];
  /** The format the primary Export button uses; one of `formats`' ids. */
  defaultFormat: string;
  /** Every format the Export menu offers, in menu order. */
  formats: ExportFormatOption[];
  /**
   * The filter the popup opens with (`openingFilter`): the one the user left it with, else Mine or Everyone,
   * set aside for this visit when it would hide the action "Show in list" asked for.
   */
  filter: PopupFilter;
  /** The open groups' counts and first rows under `filter`; absent when it narrows by series, page or search. */
  firstScreen?: FirstScreen;
  /** Set when the store could not be read: the popup shows this instead of the list. */
  error?: string;
}

/** What the popup can ask for. Every method may reject with an Error whose message the popup shows. */
export interface PopupApi {
  /** The first screen; `focusId` is the action "Show in list" asked for, whose visibility decides the filter. */
  load(focusId?: string): Promise<PopupData>;
  /** Every stored action as the user sees it (hidden ones left out), read in slices so the popup stays responsive. */
  loadActions(): Promise<Action[]>;
  /**
   * Mark done or open again; the change is the user's and survives the next page scan. Where syncing with the
   * wiki is on, it is also sent there; resolves to the action as it now is (saying so when the wiki has not taken it).
   */
  setDone(id: string, done: boolean): Promise<Action>;
  /** Send a held status change to the wiki again; resolves to the action as it now is. */
  retryWikiWrite(id: string): Promise<Action>;
  /** Keep an open action out of the urgent groups until `until`. */
  snooze(id: string, until: IsoDate): Promise<void>;
  /** Open the action's page, or switch to its tab, and scroll to the action with a flash. */
  openSource(action: Action): Promise<void>;
  /** Save `actions` as a file in format `format` (an `ExportFormatOption.id`). */
  exportActions(format: string, actions: Action[]): Promise<void>;
  /** Put `actions` on the clipboard in format `format`. */
  copyActions(format: string, actions: Action[]): Promise<void>;
  /**
   * Delete the action (`action`), or forget the page it was agreed on with every action agreed there (`page`);
   * resolves to the number of actions deleted. Reading that page again stores what it then shows.
   */
  deleteAction(id: string, scope: 'action' | 'page'): Promise<number>;
  /** Scan the active tab once (without enabling its site); resolves to the number of actions found. */
  scanActiveTab(): Promise<number>;
  /** Open the options page, where sites are enabled and identities set. */
  openOptions(): Promise<void>;
  /** Remember the filter for the next time the popup opens; optional, as losing it costs little. */
  setFilter?(filter: PopupFilter): Promise<void>;
}

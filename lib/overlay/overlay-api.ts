// The one interface through which the overlay talks to the background: each request answers a Result (the
// overlay shows its error as text), and the background's own messages arrive through `listen`. Implemented
// over runtime messaging in background-overlay-api.ts; tests/helpers/fake-overlay-api.ts keeps it in memory.
import type { ContentHandlers } from '../messages/content';
import type { NewAction, PageActions, Result, UserEdit } from '../messages/protocol';
import type { Action } from '../model/action';
import type { PageTasks } from '../model/extraction';
import type { Person } from '../model/page';

export interface OverlayApi {
  /**
   * The page was read: store its tasks (the wiki's half) and answer with the page's actions. `loadedUrl` is
   * where the document was loaded (history games change the address, not that).
   */
  syncPage(url: string, extraction: PageTasks, loadedUrl: string | undefined): Promise<Result<PageActions>>;
  /** The page's actions as stored, without a new scan (after a change made elsewhere). */
  pageActions(url: string, ids: string[]): Promise<Result<PageActions>>;
  /** Stores the user's change to one action; answers the action as it now is. */
  edit(id: string, edit: UserEdit): Promise<Result<Action>>;
  /** Stores an action the user made from selected text. */
  add(action: NewAction): Promise<Result<Action>>;
  /** The user answered "Are you <viewer> on <site>?". */
  answerIdentity(answer: { site: string; viewer: Person; accepted: boolean }): Promise<Result<void>>;
  /** Sends the action's held status change to its wiki again; answers the action as it now is. */
  retryWikiWrite(id: string): Promise<Result<Action>>;
  /** Opens the popup's list focused on the action. */
  showInList(id: string): Promise<Result<void>>;
  /** Hands what the background tells this tab to `handlers`, until `signal` aborts. */
  listen(handlers: ContentHandlers, signal: AbortSignal): void;
}

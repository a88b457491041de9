// The one contract between the extension's contexts, named by direction. Each request has a zod schema
// the receiver parses with (a content script runs inside a page we do not control); replies are Results.
import { Action } from '../model/action';
import { PageTasks } from '../model/extraction';
import { MAX_ACTION_TEXT } from '../model/limits';
import { IsoDate, Person } from '../model/page';
import { TextAnchor, UserPatch } from '../model/stored-task';
import { z } from '../model/zod';
import type { WikiRequest, WikiResponse } from '../wiki-sync/wiki';

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** What the user may change about an action: the store's user half patch. */
export { UserPatch as UserEdit, TextAnchor as TextQuote } from '../model/stored-task';

/** The page a request is about. */
const PageUrl = z.url().check(z.maxLength(4000));
/** One action's id. */
const ActionId = z.string().check(z.minLength(1), z.maxLength(500));
/** An id in a list of them: only its length is bounded. */
const ListedId = z.string().check(z.maxLength(500));

export const NewAction = z.object({
  /** The address it was made at (the browser's). */
  url: PageUrl,
  pageTitle: z.string().check(z.maxLength(500)),
  /** The page's own id and address, as its extracted actions name it: the user's action files under the same page. */
  pageId: z.optional(z.string().check(z.minLength(1), z.maxLength(500))),
  pageUrl: z.optional(PageUrl),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_ACTION_TEXT)),
  assignees: z.array(Person).check(z.maxLength(20)),
  due: z.nullable(IsoDate),
  note: z.optional(z.string().check(z.maxLength(10_000))),
  anchor: TextAnchor,
});
export type NewAction = z.infer<typeof NewAction>;

/** Where an action the user made from selected text sits on its page. */
export interface UserAnchor {
  id: string;
  quote: TextAnchor;
}

/** What the background answers a page sync with: the page's actions as the user sees them. */
export interface PageActions {
  today: IsoDate;
  actions: Action[];
  /** Where the page's actions made from selected text sit, as the store keeps them (their one owner). */
  anchors: UserAnchor[];
  /** The viewer the page names, when the user has not yet said whether that is them. */
  identityQuestion?: { site: string; viewer: Person };
  /** What the page panel should say about this page: a limit it reached, or why nothing was stored. */
  notice?: string;
}

/** Requests a content script sends to the background. */
export interface ContentToBackground {
  /**
   * The page was read: store its tasks (wiki half only) and reply with the page's actions. `loadedUrl` is the
   * address the document was loaded at (navigation timing), which `history.pushState` does not change.
   */
  syncPage(data: { url: string; extraction: PageTasks; loadedUrl?: string }): PageActions;
  /** The page's actions as stored, without a new scan (after a change made elsewhere). */
  getPageActions(data: { url: string; ids: string[] }): PageActions;
  /** The user changed an action from the overlay. */
  editAction(data: { id: string; edit: UserPatch }): Action;
  /** The user made an action from selected text. */
  addAction(data: NewAction): Action;
  /** The user answered "Are you <viewer> on <site>?". */
  answerIdentity(data: { site: string; viewer: Person; accepted: boolean }): void;
  /** "Show in list": open the popup's list focused on this action. */
  showInList(data: { id: string }): void;
  /** "Retry": send the action's status change to its wiki again. */
  retryWikiWrite(data: { id: string }): Action;
}

/** Requests the popup and options pages send to the background (they read the store directly). */
export interface PageToBackground {
  editAction(data: { id: string; edit: UserPatch }): Action;
  /** Open the action's page (or switch to its tab) and flash the action there. */
  openSource(data: { id: string }): void;
  /** Scan the active tab once, with the activeTab permission, without adding its site. */
  scanActiveTab(data: Record<string, never>): { found: number };
  /** Delete an action, or forget the page it was agreed on (its record and its actions). */
  deleteAction(data: { id: string; scope: 'action' | 'page' }): { deleted: number };
  /** Forget every action and page read on one origin. */
  forgetSite(data: { origin: string }): { deleted: number };
  retryWikiWrite(data: { id: string }): Action;
  /** "Pull my tasks" for a wiki with syncing on: its open tasks assigned to the reader, merged into the store. */
  pullWikiTasks(data: { origin: string }): { added: number; updated: number; leftOut: number };
  /** The options page merged a backup into the store: the badge and the open pages follow. */
  backupRestored(data: Record<string, never>): void;
  /** The popup answers "Are you …?" as the last page asked it about its own site (the background kept the question). */
  answerKeptIdentity(data: { accepted: boolean }): void;
}

/** Messages the background sends to a tab's content script. */
export interface BackgroundToContent {
  /** Stored actions changed (in the popup, another tab, a new day): refresh the marks. */
  actionsChanged(data: { ids: string[] }): void;
  togglePanel(data: Record<string, never>): void;
  /** Scroll to an action and flash it. */
  revealAction(data: { id: string }): void;
  /**
   * Make this request of the wiki the tab is on, as the page (its origin, its cookies), and answer what came
   * back. Only for the wiki's task addresses on the tab's own origin, and only while write-back is on for it.
   */
  wikiRequest(data: { base: string; request: WikiRequest }): WikiResponse;
}

/** What a content script may ask; everything else comes only from the extension's own pages. */
export const CONTENT_REQUESTS: ReadonlySet<string> = new Set<keyof ContentToBackground>([
  'syncPage',
  'getPageActions',
  'editAction',
  'addAction',
  'answerIdentity',
  'showInList',
  'retryWikiWrite',
]);

const empty = z.strictObject({});

export const requestSchemas = {
  syncPage: z.object({ url: PageUrl, extraction: PageTasks, loadedUrl: z.optional(PageUrl) }),
  getPageActions: z.object({ url: PageUrl, ids: z.array(ListedId).check(z.maxLength(20_000)) }),
  editAction: z.object({ id: ActionId, edit: UserPatch }),
  addAction: NewAction,
  answerIdentity: z.object({
    site: z.string().check(z.minLength(1), z.maxLength(255)),
    viewer: Person,
    accepted: z.boolean(),
  }),
  showInList: z.object({ id: ActionId }),
  openSource: z.object({ id: ActionId }),
  retryWikiWrite: z.object({ id: ActionId }),
  pullWikiTasks: z.object({ origin: z.string().check(z.regex(/^https?:\/\/[^/?#\s]+$/), z.maxLength(300)) }),
  scanActiveTab: empty,
  deleteAction: z.object({ id: ActionId, scope: z.enum(['action', 'page']) }),
  forgetSite: z.object({ origin: z.url().check(z.maxLength(300)) }),
  backupRestored: empty,
  answerKeptIdentity: z.object({ accepted: z.boolean() }),
  actionsChanged: z.object({ ids: z.array(ListedId) }),
  togglePanel: empty,
  revealAction: z.object({ id: ActionId }),
  wikiRequest: z.object({
    base: z.url(),
    request: z.object({ method: z.enum(['GET', 'POST', 'PUT']), url: z.url(), body: z.optional(z.unknown()) }),
  }),
} satisfies {
  [K in keyof (ContentToBackground & PageToBackground & BackgroundToContent)]: z.ZodMiniType<
    Parameters<(ContentToBackground & PageToBackground & BackgroundToContent)[K]>[0]
  >;
};

/** A tab's answer to `wikiRequest`, checked before the background reads it. */
export const WikiAnswer = z.object({ status: z.int(), body: z.optional(z.unknown()) });

// One page's session: scan the page in slices, sync it through the background when its tasks changed, anchor
// the actions made from selected text, and have the painter mark them; the user's edits and new actions go
// through here too. Owns what the page's actions are; the controls and the panel read it.
import type { ActionDraft } from '../../components/overlay/AddActionForm';
import type { PanelItem } from '../../components/overlay/PagePanel';
import { actionState } from '../actions/action-state';
import { wikiActions } from '../actions/wiki-actions';
import { localIsoDate } from '../dates/calendar';
import { toMarkdown } from '../export/markdown';
import { startScan } from '../extract';
import { scopeScan } from '../sites/page-scope';
import type { PageActions, Result, TextQuote, UserAnchor, UserEdit } from '../messages/protocol';
import type { Action } from '../model/action';
import type { PageExtraction } from '../model/extraction';
import type { IsoDate, PageRef } from '../model/page';
import type { TaskView } from './control-controller';
import { inSlices, runInSlices, yieldToMain, type MainThread } from './main-thread';
import type { MarkPainter } from './mark-painter';
import { newAction, pagePeople } from './new-action';
import type { OverlayApi } from './overlay-api';
import { findQuote, findQuotes, quoteHolder, quoteMemory } from './text-quote';

/** The page's address without its fragment: one page whichever heading the link pointed at. */
export function pageAddress(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The `performance.measure` from the start of a scan to its marks applied and the panel redrawn; scripts/bench/overlay.ts reads it. */
const OVERLAY_MEASURE = 'agendum:overlay';

export interface PageSessionDeps {
  ctx: MainThread;
  doc: Document;
  /** The clock: the reader's "today" for pages that say "by Friday". */
  now: () => Date;
  api: OverlayApi;
  painter: MarkPainter;
  /** The page's actions (or the error) changed: redraw the panel and the control. */
  redraw: () => void;
  /** Only the panel shows what changed. */
  redrawPanel: () => void;
}

export interface PageSession {
  /** One pass (scan, sync when the page's tasks or its address changed, anchor, mark); one at a time, and changes meanwhile make exactly one more. */
  refresh(): Promise<void>;
  /** The store changed elsewhere (popup, another tab, a new day): fetch the page's actions again when any of `ids` (or, empty, any) is here. */
  reload(ids: string[]): Promise<void>;
  /** Stores the user's change; resolves to the reason when it failed. */
  edit(id: string, change: UserEdit): Promise<string | undefined>;
  /** Sends the action's held status change to the wiki again; resolves to the reason when that failed. */
  retryWikiWrite(id: string): Promise<string | undefined>;
  /** Stores an action made from selected text and marks it where the quote stands; resolves to its id or the reason it failed. */
  add(draft: ActionDraft, quote: TextQuote): Promise<{ id: string } | { error: string }>;
  answerIdentity(accepted: boolean): Promise<void>;
  /** "Show in list": resolves to the reason when the list could not be opened. */
  showInList(id: string): Promise<string | undefined>;
  /** The action as the store last answered, with its state; undefined when it is not one of the page's. */
  view(id: string): TaskView | undefined;
  /** Every action of the page, placed or not, for the panel. */
  items(): PanelItem[];
  /** Names the page mentions, for the assignee field. */
  names(): string[];
  markdown(id: string): string;
  today(): IsoDate;
  error(): string | undefined;
  identityQuestion(): PageActions['identityQuestion'];
}

export function createPageSession({ ctx, doc, now, api, painter, redraw, redrawPanel }: PageSessionDeps): PageSession {
  const { signal } = ctx;
  let today: IsoDate = localIsoDate(now());
  let actions = new Map<string, Action>();
  let extraction: PageExtraction | undefined;
  let ownPage: PageRef | undefined;
  let synced: { url: string; signature: string } | undefined;
  /** Where the actions made from selected text sit, as the store answered. */
  let anchors: UserAnchor[] = [];
  /** Where those quotes stood in the page's text last time: an unchanged text is not searched again. */
  const found = quoteMemory();
  let error: string | undefined;
  let identityQuestion: PageActions['identityQuestion'];

  const pageUrl = (): string => pageAddress(doc.location.href);
  /** Where the document was loaded: history.pushState and replaceState change the address, never this. */
  const loadedUrl = (): string | undefined => performance.getEntriesByType('navigation')[0]?.name;

  function accept(reply: PageActions): void {
    today = reply.today;
    actions = new Map(reply.actions.map((action) => [action.id, action]));
    anchors = reply.anchors;
    identityQuestion = reply.identityQuestion;
  }

  /**
   * Where the actions made from selected text stand now (their holders, and their words); a quote whose text is
   * gone leaves its action detached.
   */
  async function anchored(
    scanned: Map<string, Element[]>,
  ): Promise<{ elements: Map<string, Element[]>; quoted: Map<string, Range> }> {
    const all = new Map(scanned);
    const quoted = new Map<string, Range>();
    const unplaced = anchors.filter(({ id }) => !all.has(id) && actions.has(id));
    if (unplaced.length === 0) return { elements: all, quoted };
    // Reading the page's text, and for an edited passage the approximate search, go in slices too.
    const ranges = await runInSlices(
      ctx,
      findQuotes(
        doc.body,
        unplaced.map((anchor) => anchor.quote),
        found,
      ),
    );
    unplaced.forEach(({ id }, i) => {
      const range = ranges?.[i];
      const holder = range && quoteHolder(range);
      if (!holder) return;
      all.set(id, [holder]);
      quoted.set(id, range);
    });
    return { elements: all, quoted };
  }

  async function update(): Promise<void> {
    const started = performance.now();
    // Read the page in slices, yielding before each, so even a huge page never holds the main thread for
    // long (and never in the task that ran the script or the mutation callback).
    await yieldToMain(ctx);
    if (signal.aborted) return;
    const url = pageUrl();
    // Reading the page's title, dates and series first compiles the date patterns: a slice of its own.
    const scanner = startScan(doc, { url, today: localIsoDate(now()) });
    if (!(await inSlices(ctx, (timeUp) => scanner.step(timeUp)))) return;
    // Finishing the scan, comparing it and sending it are each a slice's worth of work on a big page.
    await yieldToMain(ctx);
    if (signal.aborted) return;
    // Ids in the page's own origin's namespace: the ones the store keeps (lib/sites/page-scope.ts).
    const scan = scopeScan(scanner.result(), url);
    extraction = scan.extraction;
    ownPage = scan.ownPage;
    await yieldToMain(ctx);
    if (signal.aborted) return;
    const signature = JSON.stringify(scan.extraction);
    if (synced?.url !== url || synced.signature !== signature) {
      const reply = await api.syncPage(url, scan.extraction, loadedUrl());
      // The reply arrives in the task that decoded it: handle it in a task of its own.
      await yieldToMain(ctx);
      if (signal.aborted) return;
      if (reply.ok) {
        accept(reply.value);
        synced = { url, signature };
        // A limit the page reached, or why nothing was stored: said in the panel, as an error is.
        error = reply.value.notice;
      } else {
        error = `Changes cannot be saved right now. ${reply.error}`;
        // Another page (or none yet): show the wiki's own view. The same page: keep the user's last known view.
        if (synced?.url !== url) {
          today = localIsoDate(now());
          // The wiki's own view: marks still show, and edits explain why they cannot be saved.
          actions = new Map(wikiActions(scan.extraction).map((action) => [action.id, action]));
        }
      }
    }
    const located = await anchored(scan.elements);
    if (signal.aborted) return;
    painter.locate(located.elements, located.quoted);
    if (!(await painter.paintAll(actions, today))) return;
    redraw();
    performance.measure(OVERLAY_MEASURE, { start: started });
  }

  let running: Promise<void> | undefined;
  let again = false;
  function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await update();
        } catch (failure) {
          // A page the extractor chokes on must not stop the overlay from trying again on the next change.
          console.warn('Agendum could not read this page:', failure);
          error = 'Agendum could not read this page. It tries again when the page changes.';
          redraw();
        }
      } while (again && !signal.aborted);
      running = undefined;
    })();
    return running;
  }

  async function reload(ids: string[]): Promise<void> {
    if (ids.length > 0 && !ids.some((id) => actions.has(id))) return;
    const reply = await api.pageActions(pageUrl(), [...actions.keys()]);
    if (signal.aborted || !reply.ok) return;
    accept(reply.value);
    if (await painter.paintAll(actions, today)) redraw();
  }

  async function edit(id: string, change: UserEdit): Promise<string | undefined> {
    return took(id, await api.edit(id, change));
  }

  async function retryWikiWrite(id: string): Promise<string | undefined> {
    return took(id, await api.retryWikiWrite(id));
  }

  /** The action as the background answered a change to it, drawn; or the reason the change failed. */
  function took(id: string, reply: Result<Action>): string | undefined {
    if (signal.aborted) return undefined;
    if (!reply.ok) return reply.error;
    actions.set(id, reply.value);
    painter.paint(id, actions, today);
    redrawPanel();
    return undefined;
  }

  async function add(draft: ActionDraft, quote: TextQuote): Promise<{ id: string } | { error: string }> {
    const url = pageUrl();
    const reply = await api.add(newAction(draft, quote, { url, documentTitle: doc.title, extraction, ownPage }));
    if (signal.aborted) return { error: 'Agendum was turned off.' };
    if (!reply.ok) return { error: reply.error };
    const action = reply.value;
    anchors = [...anchors.filter((anchor) => anchor.id !== action.id), { id: action.id, quote }];
    actions.set(action.id, action);
    const range = findQuote(doc.body, quote);
    const holder = range && quoteHolder(range);
    if (holder) painter.add(action.id, holder, range);
    painter.paint(action.id, actions, today);
    painter.setCurrent(action.id);
    redrawPanel();
    return { id: action.id };
  }

  async function answerIdentity(accepted: boolean): Promise<void> {
    const question = identityQuestion;
    if (!question) return;
    identityQuestion = undefined;
    redrawPanel();
    const reply = await api.answerIdentity({ ...question, accepted });
    if (signal.aborted) return;
    if (!reply.ok) {
      error = reply.error;
      redrawPanel();
      return;
    }
    // Saying who one is changes which actions are "mine".
    await reload([]);
  }

  return {
    refresh,
    reload,
    edit,
    retryWikiWrite,
    add,
    answerIdentity,
    async showInList(id) {
      const reply = await api.showInList(id);
      return reply.ok ? undefined : reply.error;
    },
    view(id) {
      const action = actions.get(id);
      return action && { action, state: actionState(action, today), today };
    },
    items() {
      const ids = new Set([...painter.placed(), ...actions.keys()]);
      return [...ids].flatMap((id) => {
        const action = actions.get(id);
        return action ? [{ action, state: actionState(action, today), detached: !painter.element(id) }] : [];
      });
    },
    names: () => pagePeople(extraction).map((person) => person.name),
    markdown(id) {
      const action = actions.get(id);
      return action ? toMarkdown([action]) : '';
    },
    today: () => today,
    error: () => error,
    identityQuestion: () => identityQuestion,
  };
}

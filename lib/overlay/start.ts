// The content script's composition root: scan the page, sync it through the background, mark each action
// where it stands, and run the control, the panel, the selection and the watchers, all hung off `ctx`.
// When ctx is invalidated (extension off or updated, site turned off) every trace of ours leaves the page.
import type { ContentScriptContext } from '#imports';
import type { ActionDraft } from '../../components/overlay/AddActionForm';
import type { PanelItem } from '../../components/overlay/PagePanel';
import { localIsoDate } from '../dates/calendar';
import { toMarkdown } from '../export/markdown';
import { startScan } from '../extract';
import { wikiActions } from '../actions/wiki-actions';
import { scopeScan } from '../sites/page-scope';
import { sendToBackground } from '../messages/client';
import { listenToBackground } from '../messages/content';
import type { NewAction, PageActions, TextQuote, UserEdit } from '../messages/protocol';
import type { Action } from '../model/action';
import type { PageExtraction } from '../model/extraction';
import type { IsoDate, Person } from '../model/page';
import { foldName, sameName } from '../people/names';
import { createControl, type Control } from './control-controller';
import { loadAnchors, pageKey, saveAnchor, type StoredAnchor } from './local-state';
import { actionState } from '../actions/action-state';
import { applyMarks, clearMarks, CURRENT_ATTR, firstClaims, FLASH_ATTR, unmark } from './marks';
import { createPanel, type Panel } from './panel-controller';
import { watchSelection } from './selection';
import { onSiteTurnedOff } from './site-switch';
import { anchorQuote, describeRange, quoteHolder } from './text-quote';
import { watchPage } from './watch';

export interface StartOptions {
  /** The wiki page. */
  document: Document;
  /** The clock: the reader's "today" for pages that say "by Friday" (time stays a parameter in lib/). */
  now: () => Date;
}

/** The `performance.measure` from the start of a scan to its marks applied and the panel redrawn; scripts/bench/overlay.ts reads it. */
const OVERLAY_MEASURE = 'agendum:overlay';
/** How long one slice of reading the page may run before the browser gets the main thread back. */
const SLICE_MS = 12;
/**
 * Elements marked per frame. On a very big page the browser's frame after any change is long in itself, and
 * marks applied between two frames all land in the next one: so marking waits for each frame to be drawn.
 */
const MARKS_PER_FRAME = 200;
/** A hidden tab draws no frames: marking then goes on at this pace. */
const FRAME_WAIT_MS = 100;
const FLASH_MS = 1300;
/** WXT notices a disabled or removed extension only when ctx is consulted; this consults it now and then. */
const VALIDITY_CHECK_MS = 5000;
/** The hosts of our two shadow roots (WXT names them after the UI). */
const OUR_HOSTS = new Set(['AGENDUM-CONTROL', 'AGENDUM-PANEL']);

const isOurs = (node: Node): boolean => node.nodeType === 1 && OUR_HOSTS.has((node as Element).tagName);

/** Lets the browser paint and handle input between slices of work. */
function yieldToMain(ctx: ContentScriptContext): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => ctx.setTimeout(resolve, 0));
}

/** Resolves once the browser has drawn its next frame (or after FRAME_WAIT_MS in a tab that draws none). */
function nextFrame(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    const timer = ctx.setTimeout(resolve, FRAME_WAIT_MS);
    ctx.requestAnimationFrame(() =>
      ctx.setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/** Everyone the page names: assignees, the agenda's people and the reader, once each. */
function peopleOf(extraction: PageExtraction | undefined): Person[] {
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

/** Runs Agendum on the page until `ctx` is invalidated; resolves once the page's first marks are on. */
export async function startAgendum(ctx: ContentScriptContext, { document: doc, now }: StartOptions): Promise<void> {
  const { signal } = ctx;
  const view = doc.defaultView!;

  let today: IsoDate = localIsoDate(now());
  let actions = new Map<string, Action>();
  /** Where each action stands: the scan's elements, plus the holders of anchored text quotes. */
  let elements = new Map<string, Element[]>();
  /** The elements that carry each action's marks (an element shared by several actions carries the first's). */
  let claims = new Map<string, Element[]>();
  let extraction: PageExtraction | undefined;
  let synced: { url: string; signature: string } | undefined;
  let anchors: { url: string; list: StoredAnchor[] } | undefined;
  let error: string | undefined;
  let identityQuestion: PageActions['identityQuestion'];
  let currentId: string | undefined;
  let control: Control | null = null;
  let panel: Panel | null = null;
  let ready = false;
  let pendingReveal: string | undefined;

  const pageUrl = (): string => pageKey(doc.location.href);
  /** Where the document was loaded: history.pushState and replaceState change the address, never this. */
  const loadedUrl = (): string | undefined => performance.getEntriesByType('navigation')[0]?.name;
  const element = (id: string): Element | undefined => elements.get(id)?.find((el) => el.isConnected);

  function accept(reply: PageActions): void {
    today = reply.today;
    actions = new Map(reply.actions.map((action) => [action.id, action]));
    identityQuestion = reply.identityQuestion;
  }

  function redraw(): void {
    panel?.refresh();
    control?.refresh();
  }

  /** Takes the marks off elements that no longer hold an action, then marks every element in slices, yielding between them. */
  async function markAll(): Promise<boolean> {
    const before = claims;
    claims = firstClaims(elements);
    // Only elements this script marked can carry stale marks: no search of the whole page for them.
    unmark([...before.values()].flat(), new Set([...claims.values()].flat()));
    const entries = [...claims];
    for (let at = 0; at < entries.length; at += MARKS_PER_FRAME) {
      if (at > 0) {
        await nextFrame(ctx);
        if (signal.aborted) return false;
      }
      applyMarks(entries.slice(at, at + MARKS_PER_FRAME), actions, today);
    }
    return true;
  }

  const remark = (id: string): void => void applyMarks([[id, claims.get(id) ?? []]], actions, today);

  /** Where the actions made from selected text stand now; a quote whose text is gone leaves its action detached. */
  async function anchored(url: string, scanned: Map<string, Element[]>): Promise<Map<string, Element[]>> {
    if (anchors?.url !== url) anchors = { url, list: await loadAnchors(url) };
    const all = new Map(scanned);
    for (const { id, quote } of anchors.list) {
      if (all.has(id) || !actions.has(id)) continue;
      const range = anchorQuote(doc.body, quote);
      const holder = range && quoteHolder(range);
      if (holder) all.set(id, [holder]);
    }
    return all;
  }

  /** One pass: scan, sync when the page's tasks (or its address) changed, anchor, mark. */
  async function update(): Promise<void> {
    const started = performance.now();
    // Read the page in slices of about SLICE_MS, yielding before each, so even a huge page never holds the
    // main thread for long (and never in the task that ran the script or the mutation callback).
    await yieldToMain(ctx);
    if (signal.aborted) return;
    const url = pageUrl();
    // Reading the page's title, dates and series first compiles the date patterns: a slice of its own.
    const scanner = startScan(doc, { url, today: localIsoDate(now()) });
    for (;;) {
      await yieldToMain(ctx);
      if (signal.aborted) return;
      const sliceEnd = performance.now() + SLICE_MS;
      if (scanner.step(() => performance.now() > sliceEnd)) break;
    }
    // Finishing the scan, comparing it and sending it are each a slice's worth of work on a big page.
    await yieldToMain(ctx);
    if (signal.aborted) return;
    // Ids in the page's own origin's namespace: the ones the store keeps (lib/sites/page-scope.ts).
    const scan = scopeScan(scanner.result(), url);
    extraction = scan.extraction;
    await yieldToMain(ctx);
    if (signal.aborted) return;
    const signature = JSON.stringify(scan.extraction);
    if (synced?.url !== url || synced.signature !== signature) {
      const reply = await sendToBackground('syncPage', { url, extraction: scan.extraction, loadedUrl: loadedUrl() });
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
    const located = await anchored(url, scan.elements);
    if (signal.aborted) return;
    elements = located;
    if (!(await markAll())) return;
    redraw();
    performance.measure(OVERLAY_MEASURE, { start: started });
  }

  // One pass at a time; changes that arrive meanwhile make exactly one more.
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
          error = `Agendum could not read this page: ${(failure as Error).message}`;
          redraw();
        }
      } while (again && !signal.aborted);
      running = undefined;
    })();
    return running;
  }

  /** The store changed elsewhere (popup, another tab, a new day): fetch this page's actions again. */
  async function reload(ids: string[]): Promise<void> {
    if (ids.length > 0 && !ids.some((id) => actions.has(id))) return;
    const reply = await sendToBackground('getPageActions', { url: pageUrl(), ids: [...actions.keys()] });
    if (signal.aborted || !reply.ok) return;
    accept(reply.value);
    if (await markAll()) redraw();
  }

  function setCurrent(id: string | undefined): void {
    for (const el of doc.body.querySelectorAll(`[${CURRENT_ATTR}]`)) el.removeAttribute(CURRENT_ATTR);
    currentId = id;
    for (const el of id ? (elements.get(id) ?? []) : []) el.setAttribute(CURRENT_ATTR, '');
  }

  function flash(el: Element): void {
    el.setAttribute(FLASH_ATTR, '');
    ctx.setTimeout(() => el.removeAttribute(FLASH_ATTR), FLASH_MS);
  }

  /** Scrolls to the action, flashes it and shows its control; a detached one is only made current in the panel. */
  function reveal(id: string, focusControl: boolean): void {
    if (!ready) {
      pendingReveal = id;
      return;
    }
    setCurrent(id);
    panel?.refresh();
    const el = element(id);
    if (!el) return control?.hide();
    const still = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'center', behavior: still ? 'auto' : 'smooth' });
    flash(el);
    control?.showTask(id, { focus: focusControl });
  }

  async function edit(id: string, change: UserEdit): Promise<string | undefined> {
    const reply = await sendToBackground('editAction', { id, edit: change });
    if (signal.aborted) return undefined;
    if (!reply.ok) return reply.error;
    actions.set(id, reply.value);
    remark(id);
    panel?.refresh();
    return undefined;
  }

  async function add(draft: ActionDraft, quote: TextQuote): Promise<{ id: string } | { error: string }> {
    const url = pageUrl();
    const people = peopleOf(extraction);
    const request: NewAction = {
      url,
      pageTitle: (extraction?.page.title || doc.title).slice(0, 500),
      text: draft.text,
      // A name the page already knows keeps its wiki id, so "mine" can match it.
      assignees: draft.assignees.slice(0, 20).map((name) => people.find((person) => sameName(person.name, name)) ?? { name }),
      due: draft.due,
      ...(draft.note ? { note: draft.note } : {}),
      anchor: quote,
    };
    const reply = await sendToBackground('addAction', request);
    if (signal.aborted) return { error: 'Agendum was turned off.' };
    if (!reply.ok) return { error: reply.error };
    const action = reply.value;
    const stored = { id: action.id, quote };
    await saveAnchor(url, stored);
    if (anchors?.url === url) anchors.list = [...anchors.list.filter((a) => a.id !== action.id), stored];
    actions.set(action.id, action);
    const range = anchorQuote(doc.body, quote);
    const holder = range && quoteHolder(range);
    if (holder && !claims.has(action.id) && !elements.has(action.id)) {
      elements.set(action.id, [holder]);
      claims = firstClaims(elements);
    }
    remark(action.id);
    setCurrent(action.id);
    panel?.refresh();
    return { id: action.id };
  }

  function items(): PanelItem[] {
    const ids = new Set([...elements.keys(), ...actions.keys()]);
    return [...ids].flatMap((id) => {
      const action = actions.get(id);
      return action ? [{ action, state: actionState(action, today), detached: !element(id) }] : [];
    });
  }

  async function answerIdentity(accepted: boolean): Promise<void> {
    const question = identityQuestion;
    if (!question) return;
    identityQuestion = undefined;
    panel?.refresh();
    const reply = await sendToBackground('answerIdentity', { ...question, accepted });
    if (signal.aborted) return;
    if (!reply.ok) {
      error = reply.error;
      panel?.refresh();
      return;
    }
    // Saying who one is changes which actions are "mine".
    await reload([]);
  }

  // Every trace of ours goes with the context: marks here (the manifest's stylesheet then matches nothing);
  // WXT removes the shadow hosts.
  ctx.onInvalidated(() => clearMarks(doc.documentElement));
  ctx.setInterval(() => undefined, VALIDITY_CHECK_MS);
  onSiteTurnedOff(() => doc.location.href, signal, () => ctx.abort('Agendum was turned off for this site'));

  listenToBackground(
    {
      actionsChanged: ({ ids }) => void reload(ids),
      togglePanel: () => panel?.toggle(true),
      revealAction: ({ id }) => reveal(id, false),
    },
    signal,
  );
  watchPage(ctx, doc.body, { isOurs, onChange: () => void refresh() });

  // Each shadow-root UI is built in a task of its own: together with the script's start they would make one long task.
  const interfaces = (async () => {
    await yieldToMain(ctx);
    const controlUi = await createControl(ctx, doc, {
      view: (id) => {
        const action = actions.get(id);
        return action && { action, state: actionState(action, today), today };
      },
      element,
      names: () => peopleOf(extraction).map((person) => person.name),
      edit,
      markdown: (id) => {
        const action = actions.get(id);
        return action ? toMarkdown([action]) : '';
      },
      showInList: async (id) => {
        const reply = await sendToBackground('showInList', { id });
        return reply.ok ? undefined : reply.error;
      },
      quote: (range) => describeRange(range, doc.body),
      add,
      onDismiss: () => panel?.focusCurrent(),
      reserved: () => panel?.rect(),
    });
    await yieldToMain(ctx);
    const panelUi = await createPanel(ctx, doc, {
      items,
      today: () => today,
      currentId: () => currentId,
      error: () => error,
      identityQuestion: () => identityQuestion && { site: identityQuestion.site, viewer: identityQuestion.viewer.name },
      onMove: (id) => reveal(id, false),
      onActivate: (id) => reveal(id, true),
      onAnswerIdentity: (accepted) => void answerIdentity(accepted),
    });
    return [controlUi, panelUi] as const;
  })();

  await refresh();
  [control, panel] = await interfaces;
  if (signal.aborted) return;
  ready = true;
  redraw();
  if (pendingReveal) reveal(pendingReveal, false);

  const adder = control;
  if (adder) {
    watchSelection(ctx, doc, {
      isOurs,
      onSelect: (range, byKeyboard) => adder.showAdder(range, { focus: byKeyboard }),
      onClear: () => adder.withdrawAdder(),
    });
  }
}

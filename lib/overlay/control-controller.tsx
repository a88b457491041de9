// The one floating control of the page (a single shadow-root host moved to the action in hand, as Hypothesis's
// Adder is): shown on hover, from the panel or the keyboard; it also holds the Add action button and form.
import type { ContentScriptContext } from '#imports';
import { render } from 'preact';
import { AddActionButton } from '../../components/overlay/AddActionButton';
import { AddActionForm, type ActionDraft } from '../../components/overlay/AddActionForm';
import { TaskControl } from '../../components/overlay/TaskControl';
import type { MarkState } from '../actions/action-state';
import type { TextQuote, UserEdit } from '../messages/protocol';
import type { Action } from '../model/action';
import type { IsoDate } from '../model/page';
import { copyText } from './clipboard';
import { TASK_ATTR } from './marks';
import { placeControl } from './placement';
import { mountShadowUi } from './shadow-ui';

export interface TaskView {
  action: Action;
  state: MarkState;
  today: IsoDate;
}

export interface ControlDeps {
  /** The action as the store last answered, with its state; undefined once it is no longer on the page. */
  view: (id: string) => TaskView | undefined;
  /** Where the action stands on the page now (the page may have re-rendered it). */
  element: (id: string) => Element | undefined;
  /** Names the page mentions, for the assignee field. */
  names: () => string[];
  /** Stores the user's change; resolves to the reason when it failed. */
  edit: (id: string, edit: UserEdit) => Promise<string | undefined>;
  /** Sends a held status change to the wiki again; resolves to the reason when it failed. */
  retryWikiWrite: (id: string) => Promise<string | undefined>;
  markdown: (id: string) => string;
  showInList: (id: string) => Promise<string | undefined>;
  /** Describes the selection as the anchor the new action will keep. */
  quote: (range: Range) => TextQuote;
  /** Stores a new action; resolves to its id, or to the reason it failed. */
  add: (draft: ActionDraft, quote: TextQuote) => Promise<{ id: string } | { error: string }>;
  /** The user put the control away from the keyboard (Escape, ×): the panel may take the focus back. */
  onDismiss: () => void;
  /** Screen space the control must leave free (the open panel), in viewport coordinates. */
  reserved: () => DOMRect | undefined;
}

export interface Control {
  /** Shows the control beside the action; it stays until put away (or until another action is shown). */
  showTask(id: string, options: { focus: boolean }): void;
  /** Offers "Add action" beside a selection; with `focus`, the button takes the keyboard focus. */
  showAdder(range: Range, options: { focus: boolean }): void;
  /** The selection went away: withdraw the offer (an open form stays). */
  withdrawAdder(): void;
  hide(): void;
  /** The page's actions changed: redraw what is shown. */
  refresh(): void;
}

type Mode =
  | { kind: 'hidden' }
  | { kind: 'task'; id: string; sticky: boolean }
  | { kind: 'adder'; range: Range }
  | { kind: 'form'; range: Range; quote: TextQuote; text: string };

const HOVER_SHOW_MS = 150;
const HOVER_HIDE_MS = 500;

/** Mounts the control's shadow root (hidden); null when the content script was invalidated meanwhile. */
export async function createControl(ctx: ContentScriptContext, doc: Document, deps: ControlDeps): Promise<Control | null> {
  const view = doc.defaultView!;
  const mounted = await mountShadowUi(ctx, doc, 'agendum-control');
  if (!mounted) return null;
  const ui = mounted;
  const { host, container: box } = ui;
  // Fixed to the viewport and re-placed on scroll: independent of how the wiki positions its own elements.
  box.style.cssText = 'position:fixed;margin:0;top:0;left:0;z-index:2147483647;display:none';

  let mode: Mode = { kind: 'hidden' };
  let busy = false;
  let expanded = false;
  let message: { text: string; error?: boolean } | undefined;
  let formError: string | undefined;
  let hoverTimer: number | undefined;

  const setMode = (next: Mode): void => {
    mode = next;
    busy = false;
    expanded = false;
    message = undefined;
    formError = undefined;
  };

  /** Runs one change: the buttons wait, then say what happened. */
  const run = async (job: () => Promise<string | undefined>, success?: string): Promise<void> => {
    if (busy) return;
    busy = true;
    message = undefined;
    draw();
    const error = await job();
    if (ctx.signal.aborted) return;
    busy = false;
    message = error ? { text: error, error: true } : success ? { text: success } : undefined;
    draw();
  };

  const dismiss = (): void => {
    const hadFocus = ui.shadow.activeElement !== null;
    hide();
    if (hadFocus) deps.onDismiss();
  };

  const copy = (text: string): Promise<string | undefined> => copyText(text, { clipboard: view.navigator.clipboard, doc, scratch: ui.shadow });

  function tree() {
    switch (mode.kind) {
      case 'task': {
        const { id } = mode;
        const shown = deps.view(id);
        if (!shown || !deps.element(id)) return null;
        return (
          <TaskControl
            action={shown.action}
            state={shown.state}
            today={shown.today}
            busy={busy}
            message={message}
            onDone={(done) => void run(() => deps.edit(id, { status: done ? 'done' : 'open' }))}
            onMine={(mine) => void run(() => deps.edit(id, { mine }))}
            onDue={(due) => void run(() => deps.edit(id, { due }))}
            onSnooze={(until) => void run(() => deps.edit(id, { snoozeUntil: until }))}
            onNote={(note) => void run(() => deps.edit(id, { note }), 'Note saved.')}
            onCopy={() => void run(() => copy(deps.markdown(id)), 'Copied as Markdown.')}
            onShowInList={() => void run(() => deps.showInList(id))}
            onRetryWikiWrite={() => void run(() => deps.retryWikiWrite(id))}
            onExpand={(open) => {
              expanded = open;
            }}
            onClose={dismiss}
          />
        );
      }
      case 'adder': {
        const { range } = mode;
        return (
          <AddActionButton
            onAdd={() => {
              const quote = deps.quote(range);
              if (!quote.exact) return hide();
              setMode({ kind: 'form', range, quote, text: quote.exact });
              draw();
            }}
            onClose={dismiss}
          />
        );
      }
      case 'form': {
        const { quote, text } = mode;
        return (
          <AddActionForm
            text={text}
            names={deps.names()}
            busy={busy}
            error={formError}
            onSubmit={(draft) => {
              if (busy) return;
              busy = true;
              draw();
              void deps.add(draft, quote).then((result) => {
                if (ctx.signal.aborted) return;
                busy = false;
                if ('id' in result) {
                  setMode({ kind: 'task', id: result.id, sticky: true });
                  message = { text: 'Action added.' };
                  draw(true);
                } else {
                  formError = result.error;
                  draw();
                }
              });
            }}
            onCancel={dismiss}
          />
        );
      }
      default:
        return null;
    }
  }

  /** The rectangle the control sits beside, in viewport coordinates. */
  function target(): DOMRect | undefined {
    if (mode.kind === 'task') return deps.element(mode.id)?.getBoundingClientRect();
    if (mode.kind === 'adder' || mode.kind === 'form') {
      const rects = mode.range.getClientRects();
      return rects[rects.length - 1] ?? mode.range.getBoundingClientRect();
    }
    return undefined;
  }

  function place(): void {
    const rect = target();
    if (mode.kind === 'hidden' || !rect) return;
    const { top, left } = placeControl({
      kind: mode.kind,
      target: rect,
      size: { width: box.offsetWidth, height: box.offsetHeight },
      viewport: { width: doc.documentElement.clientWidth || view.innerWidth, height: view.innerHeight },
      reserved: deps.reserved(),
    });
    box.style.top = `${top}px`;
    box.style.left = `${left}px`;
  }

  function draw(focus = false): void {
    ui.remount();
    const content = tree();
    if (!content && mode.kind !== 'hidden') setMode({ kind: 'hidden' });
    render(content, box);
    box.style.display = content ? 'block' : 'none';
    if (!content) return;
    place();
    if (focus) box.querySelector<HTMLElement>('button, textarea, input')?.focus();
  }

  function hide(): void {
    view.clearTimeout(hoverTimer);
    if (mode.kind === 'hidden') return;
    setMode({ kind: 'hidden' });
    draw();
  }

  /** Editing (a field open, the form) keeps the control where it is whatever the pointer does. */
  const pinned = (): boolean => expanded || mode.kind === 'form';

  let placing = false;
  const replace = (): void => {
    if (placing || mode.kind === 'hidden') return;
    placing = true;
    ctx.requestAnimationFrame(() => {
      placing = false;
      place();
    });
  };
  ctx.addEventListener(view, 'scroll', replace, { capture: true, passive: true });
  ctx.addEventListener(view, 'resize', replace, { passive: true });

  // Hover: show the control at a marked action; leave it and the control to let it go.
  ctx.addEventListener(doc, 'mouseover', (event) => {
    const over = event.target as Element | null;
    if (over === host) return view.clearTimeout(hoverTimer);
    const marked = over?.closest?.(`[${TASK_ATTR}]`);
    const id = marked?.getAttribute(TASK_ATTR);
    view.clearTimeout(hoverTimer);
    if (id) {
      if ((mode.kind === 'task' && mode.id === id) || pinned() || mode.kind === 'adder') return;
      hoverTimer = ctx.setTimeout(() => {
        setMode({ kind: 'task', id, sticky: false });
        draw();
      }, HOVER_SHOW_MS);
    } else if (mode.kind === 'task' && !mode.sticky && !pinned() && ui.shadow.activeElement === null) {
      hoverTimer = ctx.setTimeout(hide, HOVER_HIDE_MS);
    }
  });
  // A click elsewhere on the page puts away what is not being edited.
  ctx.addEventListener(doc, 'mousedown', (event) => {
    if (event.target !== host && !pinned()) hide();
  });

  return {
    showTask(id, { focus }) {
      view.clearTimeout(hoverTimer);
      setMode({ kind: 'task', id, sticky: true });
      draw(focus);
    },
    showAdder(range, { focus }) {
      if (mode.kind === 'form') return;
      setMode({ kind: 'adder', range });
      draw(focus);
    },
    withdrawAdder() {
      if (mode.kind === 'adder') hide();
    },
    hide,
    refresh: () => draw(),
  };
}

// The one floating control of the page (a single shadow-root host moved to the action in hand, as Hypothesis's
// Adder is): shown on hover, from the panel or the keyboard, beside the action without covering it, with a ring
// around the action it is about; it also holds the Add action button and form. Put away (Escape, ×), it hands
// the keyboard focus back where it came from.
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
import { placeControl, type Edges } from './placement';
import { isOurs, mountShadowUi } from './shadow-ui';

export interface TaskView {
  action: Action;
  state: MarkState;
  today: IsoDate;
}

export interface ControlDeps {
  /** The action as the store last answered, with its state; undefined once it is no longer on the page. */
  view: (id: string) => TaskView | undefined;
  /** What the action is drawn on now (its element, or its own words in a shared one); undefined once it is gone. */
  target: (id: string) => Element | Range | undefined;
  /** The action drawn under the pointer, `over` being the page element it is over. */
  actionAt: (over: Element, x: number, y: number) => string | undefined;
  /** The reader's date, for the bounds of the form's date field. */
  today: () => IsoDate;
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
  /** The user put the control away from the keyboard (Escape, ×) and the focus came from no page element: the panel takes it. */
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
/** How far the ring around the action stands off its text. */
const RING_GAP = 3;

/** The rectangle the control must not cover: the action, and its whole row when it stands in a table. */
function avoided(target: Element | Range): DOMRect {
  return ('closest' in target ? (target.closest('tr') ?? target) : target).getBoundingClientRect();
}

/** Mounts the control's shadow root (hidden); null when the content script was invalidated meanwhile. */
export async function createControl(
  ctx: ContentScriptContext,
  doc: Document,
  deps: ControlDeps,
): Promise<Control | null> {
  const view = doc.defaultView!;
  const mounted = await mountShadowUi(ctx, doc, 'agendum-control');
  if (!mounted) return null;
  const ui = mounted;
  const { host, container: box } = ui;
  // Fixed to the viewport and re-placed on scroll: independent of how the wiki positions its own elements.
  box.style.cssText = 'position:fixed;margin:0;top:0;left:0;z-index:2147483647;display:none';
  // The ring that outlines the action in hand, drawn in our shadow root: the page's own elements keep their style.
  const ring = doc.createElement('div');
  ring.className = 'agendum-ring';
  ring.hidden = true;
  box.before(ring);

  let mode: Mode = { kind: 'hidden' };
  let busy = false;
  let expanded = false;
  let message: { text: string; error?: boolean } | undefined;
  let formError: string | undefined;
  let hoverTimer: number | undefined;
  /** Where the keyboard focus was before the control took it: it goes back there when the control is put away. */
  let origin: HTMLElement | null = null;

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
    const back = origin;
    hide();
    if (!hadFocus) return;
    // Back to the page element it came from; from the panel, or from nowhere in particular, to the panel.
    if (back?.isConnected && back !== doc.body && !isOurs(back)) back.focus();
    else deps.onDismiss();
  };

  const copy = (text: string): Promise<string | undefined> =>
    copyText(text, { clipboard: view.navigator.clipboard, doc, scratch: ui.shadow });

  function tree() {
    switch (mode.kind) {
      case 'task': {
        const { id } = mode;
        const shown = deps.view(id);
        if (!shown || !deps.target(id)) return null;
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
            today={deps.today()}
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

  /** What the control is about: the action, or the selection (the offer sits by its last line). */
  function about(): { outline?: DOMRect; avoid: DOMRect } | undefined {
    if (mode.kind === 'task') {
      const target = deps.target(mode.id);
      return target && { outline: target.getBoundingClientRect(), avoid: avoided(target) };
    }
    if (mode.kind === 'adder') {
      const rects = mode.range.getClientRects();
      return { avoid: rects[rects.length - 1] ?? mode.range.getBoundingClientRect() };
    }
    if (mode.kind === 'form') {
      const whole = mode.range.getBoundingClientRect();
      return { outline: whole, avoid: whole };
    }
    return undefined;
  }

  function drawRing(outline: Edges | undefined): void {
    ring.hidden = !outline;
    if (!outline) return;
    Object.assign(ring.style, {
      top: `${outline.top - RING_GAP}px`,
      left: `${outline.left - RING_GAP}px`,
      width: `${outline.right - outline.left + 2 * RING_GAP}px`,
      height: `${outline.bottom - outline.top + 2 * RING_GAP}px`,
    });
  }

  function place(): void {
    const rects = about();
    drawRing(rects?.outline);
    if (mode.kind === 'hidden' || !rects) return;
    const { top, left } = placeControl({
      kind: mode.kind,
      target: rects.avoid,
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
    if (!content) return drawRing(undefined);
    place();
    if (!focus) return;
    if (ui.shadow.activeElement === null)
      origin = doc.activeElement instanceof view.HTMLElement ? doc.activeElement : null;
    box.querySelector<HTMLElement>('button, textarea, input')?.focus();
  }

  function hide(): void {
    view.clearTimeout(hoverTimer);
    origin = null;
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
  // A field opening makes the control taller: placed again, it still leaves the action in view.
  const resized = new view.ResizeObserver(replace);
  resized.observe(box);
  ctx.onInvalidated(() => resized.disconnect());

  // Hover: show the control at a marked action; leave it and the control to let it go. Lines that share one
  // element are told apart by where the pointer is, so moving within the element counts too.
  const onPointer = (event: MouseEvent): void => {
    const over = event.target as Element | null;
    if (over === host) return view.clearTimeout(hoverTimer);
    const id = over?.closest ? deps.actionAt(over, event.clientX, event.clientY) : undefined;
    if (event.type === 'mousemove' && (!id || (mode.kind === 'task' && mode.id === id))) return;
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
  };
  ctx.addEventListener(doc, 'mouseover', onPointer);
  ctx.addEventListener(doc, 'mousemove', onPointer, { passive: true });
  // Escape on the page puts away a control the pointer opened (one being edited waits for its own Escape).
  ctx.addEventListener(doc, 'keydown', (event) => {
    if (event.key === 'Escape' && !pinned() && event.target !== host) hide();
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

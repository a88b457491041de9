// The page panel's shadow root, docked to the side: draws PagePanel from the overlay's state, remembers
// whether it is open, and hands the focus back and forth with the control. The page-level shortcut
// (Alt+Shift+A, the `togglePanel` command) brings the keyboard here from anywhere on the page; pressed again,
// or Escape, sends it back where it was.
import type { ContentScriptContext } from '#imports';
import { render } from 'preact';
import { PagePanel, type PanelItem } from '../../components/overlay/PagePanel';
import type { IsoDate, Person } from '../model/page';
import { loadPanelOpen, savePanelOpen } from './local-state';
import { mountShadowUi } from './shadow-ui';

export interface PanelDeps {
  items: () => PanelItem[];
  today: () => IsoDate;
  currentId: () => string | undefined;
  error: () => string | undefined;
  identityQuestion: () => { site: string; viewer: Person } | undefined;
  /** j/k reached an action: show it, keep the focus in the panel. */
  onMove: (id: string) => void;
  /** A click or Enter on an action: show it and put the focus in its control. */
  onActivate: (id: string) => void;
  onAnswerIdentity: (accepted: boolean) => void;
}

export interface Panel {
  refresh(): void;
  /** The shortcut: opens the panel with the focus on the current action; from inside it, closes it and gives the focus back. */
  summon(): void;
  /** Puts the focus back on the current action's entry (after the control was put away). */
  focusCurrent(): void;
  /** Where the panel, open or collapsed to its tab, sits on screen (the control stays clear of both). */
  rect(): DOMRect | undefined;
}

/** Mounts the panel's shadow root; null when the content script was invalidated meanwhile. */
export async function createPanel(ctx: ContentScriptContext, doc: Document, deps: PanelDeps): Promise<Panel | null> {
  const [mounted, remembered] = await Promise.all([mountShadowUi(ctx, doc, 'agendum-panel'), loadPanelOpen()]);
  if (!mounted) return null;
  const ui = mounted;
  let open = remembered;
  /** Where the focus was when the shortcut brought it here: it goes back there. */
  let origin: HTMLElement | null = null;
  const view = doc.defaultView!;

  const focusCurrent = (): void => {
    const buttons = [...ui.container.querySelectorAll<HTMLElement>('[data-id]')];
    const current = deps.currentId();
    (
      buttons.find((button) => button.dataset.id === current) ??
      buttons[0] ??
      ui.container.querySelector('button')
    )?.focus();
  };

  function draw(): void {
    ui.remount();
    render(
      <PagePanel
        open={open}
        items={deps.items()}
        today={deps.today()}
        currentId={deps.currentId()}
        error={deps.error()}
        identityQuestion={deps.identityQuestion()}
        onToggle={() => toggle(false)}
        onMove={deps.onMove}
        onActivate={deps.onActivate}
        onAnswerIdentity={deps.onAnswerIdentity}
        onEscape={leave}
      />,
      ui.container,
    );
  }

  function toggle(focus: boolean): void {
    // The button that was pressed goes away with the toggle: its focus moves to what replaces it.
    const hadFocus = ui.shadow.activeElement !== null;
    open = !open;
    void savePanelOpen(open);
    draw();
    if (!focus && !hadFocus) return;
    if (open) focusCurrent();
    else ui.container.querySelector<HTMLElement>('button')?.focus();
  }

  /** Puts the panel away and the focus back on the page where it was (else on the panel's tab, never the body). */
  function leave(): void {
    const back = origin;
    origin = null;
    if (open) toggle(true);
    if (back?.isConnected && back !== doc.body) back.focus();
  }

  return {
    refresh: draw,
    summon: () => {
      if (ui.shadow.activeElement !== null) return leave();
      const active = doc.activeElement;
      origin = active instanceof view.HTMLElement && active !== ui.host ? active : null;
      if (!open) toggle(true);
      else focusCurrent();
    },
    focusCurrent,
    rect: () => ui.container.firstElementChild?.getBoundingClientRect(),
  };
}

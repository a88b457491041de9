// The page panel's shadow root, docked to the side: draws PagePanel from the overlay's state, remembers
// whether it is open, and hands the focus back and forth with the control.
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
  /** Opens or closes it (and remembers that); an opened panel takes the focus when `focus`. */
  toggle(focus: boolean): void;
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
  let drawn = false;

  const focusCurrent = (): void => {
    const buttons = [...ui.container.querySelectorAll<HTMLElement>('[data-id]')];
    const current = deps.currentId();
    (buttons.find((button) => button.dataset.id === current) ?? buttons[0] ?? ui.container.querySelector('button'))?.focus();
  };

  function draw(): void {
    drawn = true;
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

  return {
    refresh: draw,
    toggle: (focus) => {
      // A toggle before the first scan answered would draw an empty panel: wait for the data instead.
      if (drawn) toggle(focus);
      else open = !open;
    },
    focusCurrent,
    rect: () => ui.container.firstElementChild?.getBoundingClientRect(),
  };
}

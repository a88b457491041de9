// The page panel's shadow root, docked to the side: draws PagePanel from the overlay's state, remembers
// whether it is open, and hands the focus back and forth with the control.
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { render } from 'preact';
import { PagePanel, type PanelItem } from '../../components/overlay/PagePanel';
import type { IsoDate } from '../model/page';
import { loadPanelOpen, savePanelOpen } from './local-state';
import { appendToTopLayer } from './top-layer';
import { acceptTrustedOnly } from './trusted-events';

export interface PanelDeps {
  items: () => PanelItem[];
  today: () => IsoDate;
  currentId: () => string | undefined;
  error: () => string | undefined;
  identityQuestion: () => { site: string; viewer: string } | undefined;
  /** j/k reached an action: show it, keep the focus in the panel. */
  onMove: (id: string) => void;
  /** A click or Enter on an action: show it and put the focus in its control. */
  onActivate: (id: string) => void;
  onAnswerIdentity: (accepted: boolean) => void;
}

export interface Panel {
  /** The shadow host: the page's mutation observer and selection watcher ignore it. */
  host: HTMLElement;
  refresh(): void;
  /** Opens or closes it (and remembers that); an opened panel takes the focus when `focus`. */
  toggle(focus: boolean): void;
  /** Puts the focus back on the current action's entry (after the control was put away). */
  focusCurrent(): void;
  /** Where the open panel sits on screen; undefined while it is collapsed to its tab. */
  rect(): DOMRect | undefined;
}

/** Mounts the panel's shadow root; null when the content script was invalidated meanwhile. */
export async function createPanel(ctx: ContentScriptContext, doc: Document, deps: PanelDeps): Promise<Panel | null> {
  const [ui, remembered] = await Promise.all([
    createShadowRootUi<HTMLElement>(ctx, {
      name: 'agendum-panel',
      position: 'inline',
      anchor: () => doc.body,
      append: appendToTopLayer,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }),
    loadPanelOpen(),
  ]);
  if (ctx.signal.aborted) {
    ui.remove();
    return null;
  }
  ui.mount();
  acceptTrustedOnly(ui.shadow, ctx.signal);
  let open = remembered;
  let drawn = false;

  const focusCurrent = (): void => {
    const buttons = [...ui.uiContainer.querySelectorAll<HTMLElement>('[data-id]')];
    const current = deps.currentId();
    (buttons.find((button) => button.dataset.id === current) ?? buttons[0] ?? ui.uiContainer.querySelector('button'))?.focus();
  };

  function draw(): void {
    drawn = true;
    // A wiki that swaps its whole body (client-side navigation) takes our host with it: put it back.
    if (!ui.shadowHost.isConnected) ui.mount();
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
      ui.uiContainer,
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
    else ui.uiContainer.querySelector<HTMLElement>('button')?.focus();
  }

  return {
    host: ui.shadowHost,
    refresh: draw,
    toggle: (focus) => {
      // A toggle before the first scan answered would draw an empty panel: wait for the data instead.
      if (drawn) toggle(focus);
      else open = !open;
    },
    focusCurrent,
    rect: () => (open ? ui.uiContainer.firstElementChild?.getBoundingClientRect() : undefined),
  };
}

// The content script's composition root: wires the page session (scan → sync → anchor), the mark painter,
// the control, the panel, the selection and the watchers, all hung off `ctx`. When ctx is invalidated
// (extension off or updated, site turned off) every trace of ours leaves the page.
import type { ContentScriptContext } from '#imports';
import { createControl, type Control } from './control-controller';
import { createMarkPainter } from './mark-painter';
import { yieldToMain } from './main-thread';
import type { OverlayApi } from './overlay-api';
import { createPageSession } from './page-session';
import { ignorePageStopEvents } from './page-stop-events';
import { createPanel, type Panel } from './panel-controller';
import { watchSelection } from './selection';
import { isOurs } from './shadow-ui';
import { onSiteTurnedOff } from './site-switch';
import { describeRange } from './text-quote';
import { watchPage } from './watch';
import { pageFetch, sendWikiRequest } from './wiki-request';

export interface StartOptions {
  /** The wiki page. */
  document: Document;
  /** The clock: the reader's "today" for pages that say "by Friday" (time stays a parameter in lib/). */
  now: () => Date;
  /** How the overlay talks to the background. */
  api: OverlayApi;
}

/** WXT notices a disabled or removed extension only when ctx is consulted; this consults it now and then. */
const VALIDITY_CHECK_MS = 5000;

/** Runs Agendum on the page until `ctx` is invalidated; resolves once the page's first marks are on. */
export async function startAgendum(
  ctx: ContentScriptContext,
  { document: doc, now, api }: StartOptions,
): Promise<void> {
  const { signal } = ctx;
  let control: Control | null = null;
  let panel: Panel | null = null;
  let ready = false;
  let pendingReveal: string | undefined;
  /** Alt+Shift+A pressed (an odd number of times) before the panel was built: it opens, with the focus, once it is. */
  let pendingSummon = false;

  const redraw = (): void => {
    panel?.refresh();
    control?.refresh();
  };
  const painter = createMarkPainter(ctx, doc);
  const session = createPageSession({ ctx, doc, now, api, painter, redraw, redrawPanel: () => panel?.refresh() });

  /** Scrolls to the action, flashes it and shows its control; a detached one is only made current in the panel. */
  function reveal(id: string, focusControl: boolean): void {
    if (!ready) {
      pendingReveal = id;
      return;
    }
    const shown = painter.reveal(id);
    panel?.refresh();
    if (!shown) return control?.hide();
    control?.showTask(id, { focus: focusControl });
  }

  // Every trace of ours goes with the context: marks here (the manifest's stylesheet then matches nothing);
  // WXT removes the shadow hosts.
  ctx.onInvalidated(() => painter.clear());
  ctx.setInterval(() => undefined, VALIDITY_CHECK_MS);
  if (doc.defaultView) ignorePageStopEvents(ctx, doc.defaultView);
  onSiteTurnedOff(
    () => doc.location.href,
    signal,
    () => ctx.abort('Agendum was turned off for this site'),
  );
  api.listen(
    {
      actionsChanged: ({ ids }) => void session.reload(ids),
      togglePanel: () => (panel && ready ? panel.summon() : (pendingSummon = !pendingSummon)),
      revealAction: ({ id }) => reveal(id, false),
      wikiRequest: ({ base, request }) => sendWikiRequest(request, base, doc.location.origin, pageFetch()),
    },
    signal,
  );
  watchPage(ctx, doc.body, { isOurs, onChange: () => void session.refresh() });

  // Each shadow-root UI is built in a task of its own: together with the script's start they would make one long task.
  const interfaces = (async () => {
    await yieldToMain(ctx);
    const controlUi = await createControl(ctx, doc, {
      view: session.view,
      target: painter.target,
      actionAt: painter.actionAt,
      today: session.today,
      names: session.names,
      edit: session.edit,
      retryWikiWrite: session.retryWikiWrite,
      markdown: session.markdown,
      showInList: session.showInList,
      quote: (range) => describeRange(range, doc.body),
      add: session.add,
      onDismiss: () => panel?.focusCurrent(),
      reserved: () => panel?.rect(),
    });
    await yieldToMain(ctx);
    const panelUi = await createPanel(ctx, doc, {
      items: session.items,
      today: session.today,
      currentId: painter.current,
      error: session.error,
      identityQuestion: session.identityQuestion,
      onMove: (id) => reveal(id, false),
      onActivate: (id) => reveal(id, true),
      onAnswerIdentity: (accepted) => void session.answerIdentity(accepted),
    });
    return [controlUi, panelUi] as const;
  })();

  await session.refresh();
  [control, panel] = await interfaces;
  if (signal.aborted) return;
  ready = true;
  redraw();
  if (pendingReveal) reveal(pendingReveal, false);
  if (pendingSummon) panel?.summon();

  const adder = control;
  if (adder) {
    watchSelection(ctx, doc, {
      isOurs,
      onSelect: (range, byKeyboard) => adder.showAdder(range, { focus: byKeyboard }),
      onClear: () => adder.withdrawAdder(),
    });
  }
}

// A page cannot switch Agendum off with an event. WXT stops a content script when a "script started" event
// of its name reaches the document (meant for the copy an extension update leaves behind), and a page can
// dispatch that event too: caught at the window, before the document, it never arrives. A copy left behind
// by an update still goes: ctx notices the extension is gone the next time it is consulted (start.ts).
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The event's name (WXT keeps it private): unique to the extension and the content script. */
const SCRIPT_STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;

/** Stops WXT's "script started" event for the rest of the context's life, wherever a page dispatches it. */
export function ignorePageStopEvents(ctx: ContentScriptContext, view: Window): void {
  view.addEventListener(SCRIPT_STARTED, (event) => event.stopImmediatePropagation(), {
    capture: true,
    signal: ctx.signal,
  });
}

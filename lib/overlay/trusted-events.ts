// Only the user's own input may change data. Our shadow roots are closed, so a page script cannot find our
// buttons to .click() them; should one reach them all the same (a browser bug, an extension of the page's),
// its synthetic events are stopped at the root.

/** Events that reach our handlers and could change something; untrusted ones never get past the root. */
const GUARDED = [
  'click',
  'dblclick',
  'submit',
  'input',
  'change',
  'keydown',
  'keyup',
  'keypress',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
];

/**
 * Stops every synthetic (page-dispatched) event of the guarded types in the capture phase at `root`, before
 * any listener inside sees it. Until `signal` aborts.
 */
export function acceptTrustedOnly(root: EventTarget, signal: AbortSignal): void {
  const stop = (event: Event): void => {
    if (event.isTrusted) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of GUARDED) root.addEventListener(type, stop, { capture: true, signal });
}

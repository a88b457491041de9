// Where our shadow hosts go: the browser's top layer, as manual popovers.

/**
 * Appends `host` to `anchor` and shows it as a manual popover, which puts it in the top layer: outside the
 * wiki's layout, above whatever the wiki stacks. A host added to the page's own layout made the browser
 * re-walk the whole page's paint tree (~30–60 ms in one frame on a page of 60,000 elements); in the top layer
 * it costs a few. A manual popover never closes by itself (no light dismiss, no Escape). A browser without
 * popovers gets the host appended as it is.
 */
export function appendToTopLayer(anchor: Element, host: Element): void {
  host.setAttribute('popover', 'manual');
  anchor.append(host);
  if ('showPopover' in host && !host.matches(':popover-open')) (host as HTMLElement).showPopover();
}

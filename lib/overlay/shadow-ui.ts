// The overlay's two shadow roots, the control's and the panel's, mounted alike: closed (a page script cannot
// reach in: notes and who the reader is stay private), styled by the overlay's stylesheet bundled into the
// script, hosts in the browser's top layer, synthetic events stopped at the root, the rendered tree dropped
// when WXT removes the host.
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { render } from 'preact';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { appendToTopLayer } from './top-layer';
import { acceptTrustedOnly } from './trusted-events';

/** Our shadow hosts' element names (WXT names a host after its UI). */
export type OurHostName = 'agendum-control' | 'agendum-panel';
const OUR_HOSTS = new Set(['AGENDUM-CONTROL', 'AGENDUM-PANEL']);

/** Whether a node is one of our shadow hosts: changes to it, and selections in it, are our own. */
export const isOurs = (node: Node): boolean => node.nodeType === 1 && OUR_HOSTS.has((node as Element).tagName);

export interface ShadowUi {
  /** The shadow host: the page's mutation observer and selection watcher ignore it. */
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders. */
  container: HTMLElement;
  /** Puts the host back when the wiki swapped its whole body (client-side navigation) and took it along. */
  remount(): void;
}

/** Mounts an empty shadow root; null when the content script was invalidated meanwhile. */
export async function mountShadowUi(
  ctx: ContentScriptContext,
  doc: Document,
  name: OurHostName,
): Promise<ShadowUi | null> {
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name,
    mode: 'closed',
    css: overlayCss,
    position: 'inline',
    anchor: () => doc.body,
    append: appendToTopLayer,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  if (ctx.signal.aborted) {
    ui.remove();
    return null;
  }
  ui.mount();
  acceptTrustedOnly(ui.shadow, ctx.signal);
  return {
    host: ui.shadowHost,
    shadow: ui.shadow,
    container: ui.uiContainer,
    remount: () => {
      if (!ui.shadowHost.isConnected) ui.mount();
    },
  };
}

// The content script on wiki pages: wiring only; lib/overlay/start.ts does the work.
import { defineContentScript } from '#imports';
import { createOverlayApi } from '../../lib/overlay/background-overlay-api';
import { wikiHostPatterns } from '../../lib/sites/host-patterns';

export default defineContentScript({
  // Evaluated by WXT at build time in Node, exactly as wxt.config.ts computes the host permissions.
  matches: wikiHostPatterns(process.env.AGENDUM_HOSTS),
  // The UI's styles are bundled into the script (lib/overlay/shadow-ui.ts): a stylesheet loaded from the
  // extension would have to be web-accessible on every site, and sites added at run time are not known here.
  cssInjectionMode: 'manual',
  // WXT's "script started" window message would tell every page this extension's id.
  noScriptStartedPostMessage: true,
  main: async (ctx) => {
    // The bundler runs a dynamically imported module's top-level code when it is first imported: after this
    // wait, in a task of its own rather than in the one that compiles the whole script.
    await new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
    const { startAgendum } = await import('../../lib/overlay/start');
    return startAgendum(ctx, { document, now: () => new Date(), api: createOverlayApi() });
  },
});

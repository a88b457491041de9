// The content script on wiki pages: wiring only; lib/overlay/start.ts does the work.
import { defineContentScript } from '#imports';
import { startAgendum } from '../../lib/overlay/start';
import { wikiHostPatterns } from '../../lib/platform/hosts';

export default defineContentScript({
  // Evaluated by WXT at build time in Node, exactly as wxt.config.ts computes the host permissions.
  matches: wikiHostPatterns(process.env.AGENDUM_HOSTS),
  cssInjectionMode: 'ui',
  main: (ctx) => startAgendum(ctx, { document, now: () => new Date() }),
});

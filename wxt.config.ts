import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { wikiHostPatterns } from './lib/sites/host-patterns';

// Organisations preset their wiki hosts at build time:
// AGENDUM_HOSTS="https://confluence.example.org/*,http://127.0.0.1/*" npm run build
const presetHosts = wikiHostPatterns(process.env.AGENDUM_HOSTS);
// Hosts the browser grants at install but Agendum reads only once the user adds them in the options page. The
// end-to-end tests use it for a wiki added at run time: a headless browser cannot answer the permission prompt,
// and asking for a host already granted resolves at once, so everything after the grant is the real flow.
const grantedHosts = wikiHostPatterns(process.env.AGENDUM_GRANTED_HOSTS).filter((host) => !presetHosts.includes(host));
/** entrypoints/marks.content.css, as WXT builds it; lib/platform/sites.ts injects the same file on added sites. */
const MARKS_CSS = 'content-scripts/marks.css';
const WIKI_SCRIPT = 'content-scripts/wiki.js';

export default defineConfig({
  imports: false,
  // The source zip add-on stores ask for: the repository, without local run output.
  zip: { excludeSources: ['artifacts/**', 'coverage/**'] },
  modules: ['@wxt-dev/webextension-polyfill'],
  // The content script's `matches` reads AGENDUM_HOSTS; bake it in, since `process` does not exist there.
  vite: () => ({
    plugins: [preact()],
    define: { 'process.env.AGENDUM_HOSTS': JSON.stringify(process.env.AGENDUM_HOSTS ?? '') },
  }),
  hooks: {
    // The wiki script's own CSS goes into its shadow roots (cssInjectionMode 'ui'); the marks' stylesheet must
    // reach the page before it is parsed, which only the manifest's `css` does.
    'build:manifestGenerated': (_wxt, manifest) => {
      const wiki = manifest.content_scripts?.filter((script) => script.js?.includes(WIKI_SCRIPT)) ?? [];
      if (wiki.length === 0) throw new Error(`wxt.config.ts: no content script runs ${WIKI_SCRIPT}`);
      for (const script of wiki) script.css = [...(script.css ?? []), MARKS_CSS];
    },
  },
  manifest: ({ browser }) => ({
    name: 'Agendum',
    description: 'Turns wiki meeting pages into tracked action items.',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'idle',
      'activeTab',
      'scripting',
      'downloads',
      'notifications',
    ],
    host_permissions: [...presetHosts, ...grantedHosts],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // Icons come from public/icon/<size>.png (WXT lists them).
    action: { default_title: 'Agendum' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Show or hide the page panel',
      },
    },
    // Private windows never reach the persistent store. Chrome's split mode gives them a background of their own,
    // whose IndexedDB lives in memory and goes with the last private window; Firefox has no split mode, and its
    // background stores nothing a private tab sends (lib/background/create-background.ts).
    ...(browser === 'firefox'
      ? {
          // Firefox's MV2 toolbar button swaps in a light variant on dark toolbars (WXT merges the popup into it).
          browser_action: {
            default_title: 'Agendum',
            theme_icons: [16, 32].map((size) => ({
              light: `icon/on-dark-${size}.png`,
              dark: `icon/${size}.png`,
              size,
            })),
          },
          browser_specific_settings: {
            gecko: { id: 'agendum@agendum.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : { incognito: 'split' as const }),
  }),
});

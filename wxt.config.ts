import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { wikiHostPatterns } from './lib/platform/hosts';

// Organisations preset their wiki hosts at build time:
// AGENDUM_HOSTS="https://confluence.example.org/*,http://127.0.0.1/*" npm run build
const presetHosts = wikiHostPatterns(process.env.AGENDUM_HOSTS);

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
  manifest: ({ browser }) => ({
    name: 'Agendum',
    description: 'Turns wiki meeting pages into tracked action items.',
    permissions: ['storage', 'alarms', 'idle', 'activeTab', 'scripting', 'downloads', 'notifications'],
    host_permissions: presetHosts,
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Agendum' },
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Show or hide the page panel',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'agendum@agendum.invalid', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});

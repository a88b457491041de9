// The options page: wiring only. The stored settings are the state; every save comes back through
// onSettingsChanged and re-renders the page.
import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { sendToBackground } from '../../lib/messages/client';
import { loadSettings, onSettingsChanged, saveSettings } from '../../lib/platform/settings';
import type { Settings } from '../../lib/model/settings';
import { addSite, presetSites, removeSite, sitesWithoutPermission } from '../../lib/platform/sites';
import { loadKnownWikis, loadWikiLog, onWikiStateChanged } from '../../lib/platform/wiki-state';
import type { StoreSize } from '../../components/options/Storage';
import { readStoreSize } from '../../lib/platform/store-size';

const root = document.getElementById('app');
let storeSize: StoreSize | null | undefined;

async function pullWikiTasks(origin: string): Promise<{ added: number; updated: number; leftOut: number }> {
  const reply = await sendToBackground('pullWikiTasks', { origin });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

async function show(settings: Settings): Promise<void> {
  if (!root) return;
  const [withoutPermission, wikis, log] = await Promise.all([sitesWithoutPermission(settings.sites), loadKnownWikis(), loadWikiLog()]);
  render(
    <Options
      settings={settings}
      presetSites={presetSites()}
      sitesWithoutPermission={withoutPermission}
      onChange={saveSettings}
      onAddSite={allowSite}
      onRemoveSite={removeSite}
      wikiSync={{ wikis, log, onPull: pullWikiTasks }}
      storeSize={storeSize}
    />,
    root,
  );
}

const refresh = async (): Promise<void> => show(await loadSettings());

/** Granting access again changes no setting, so the page redraws itself to drop the "withdrawn" mark. */
async function allowSite(pattern: string): Promise<boolean> {
  const granted = await addSite(pattern);
  await refresh();
  return granted;
}

void refresh();
void readStoreSize().then(
  (size) => (storeSize = size),
  () => (storeSize = null),
).then(refresh);
onSettingsChanged((settings) => void show(settings));
onWikiStateChanged(() => void refresh());

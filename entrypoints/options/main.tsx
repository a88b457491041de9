// The options page: wiring only. The stored settings are the state; every save comes back through
// onSettingsChanged and re-renders the page.
import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { loadSettings, onSettingsChanged, saveSettings } from '../../lib/platform/settings';
import type { Settings } from '../../lib/model/settings';
import { addSite, presetSites, removeSite, sitesWithoutPermission } from '../../lib/platform/sites';
import type { StoreSize } from '../../components/options/Storage';
import { readStoreSize } from '../../lib/platform/store-size';

const root = document.getElementById('app');
let storeSize: StoreSize | null | undefined;

async function show(settings: Settings): Promise<void> {
  if (!root) return;
  render(
    <Options
      settings={settings}
      presetSites={presetSites()}
      sitesWithoutPermission={await sitesWithoutPermission(settings.sites)}
      onChange={saveSettings}
      onAddSite={allowSite}
      onRemoveSite={removeSite}
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

// The options page: wiring only. The stored settings are the state; every save comes back through
// onSettingsChanged and re-renders the page. Forgetting a site goes through the background (badge, open pages).
import { render } from 'preact';
import { Options } from '../../components/options/Options';
import type { StoreSize } from '../../components/options/Storage';
import type { StoredSite } from '../../lib/model/stored-task';
import { keepStorage } from '../../lib/platform/durable-storage';
import { loadSettings, onSettingsChanged, saveSettings } from '../../lib/platform/settings';
import type { Settings } from '../../lib/model/settings';
import { addSite, presetSites, removeSite, sitesWithoutPermission } from '../../lib/platform/sites';
import { forgetStoredSite, readStoredSites, readStoreSize } from '../../lib/platform/store-size';

const root = document.getElementById('app');
let storeSize: StoreSize | null | undefined;
let storedSites: StoredSite[] = [];

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
      storedSites={storedSites}
      onForgetSite={forgetSite}
    />,
    root,
  );
}

const refresh = async (): Promise<void> => show(await loadSettings());

/** Reads what is stored again (after a site was forgotten, say), then redraws. */
async function recount(): Promise<void> {
  [storeSize, storedSites] = await Promise.all([readStoreSize().catch(() => null), readStoredSites().catch(() => [])]);
  await refresh();
}

/** Granting access again changes no setting, so the page redraws itself to drop the "withdrawn" mark. */
async function allowSite(pattern: string): Promise<boolean> {
  const granted = await addSite(pattern);
  await refresh();
  return granted;
}

async function forgetSite(origin: string): Promise<number> {
  const deleted = await forgetStoredSite(origin);
  await recount();
  return deleted;
}

void refresh().then(recount);
onSettingsChanged((settings) => void show(settings));
void keepStorage();

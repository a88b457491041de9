// The options page: wiring only. The stored settings are the state; every save comes back through
// onSettingsChanged and re-renders the page.
import { render } from 'preact';
import { Options } from '../../components/options/Options';
import type { StoreSize } from '../../components/options/Storage';
import type { StoredSite } from '../../lib/model/stored-task';
import { keepStorage } from '../../lib/platform/durable-storage';
import { backupFiles, forgetStoredSite, pullWikiTasks } from '../../lib/platform/options-requests';
import { loadSettings, onSettingsChanged, saveSettings } from '../../lib/platform/settings';
import type { Settings } from '../../lib/model/settings';
import { addSite, presetSites, removeSite, sitesWithoutPermission } from '../../lib/platform/sites';
import { readStoredSites, readStoreSize } from '../../lib/platform/store-size';
import { loadKnownWikis, loadWikiLog, onWikiStateChanged } from '../../lib/platform/wiki-state';

const root = document.getElementById('app');
let storeSize: StoreSize | null | undefined;
let storedSites: StoredSite[] = [];

async function show(settings: Settings): Promise<void> {
  if (!root) return;
  const [ungranted, wikis, log] = await Promise.all([
    sitesWithoutPermission(settings.sites),
    loadKnownWikis(),
    loadWikiLog(),
  ]);
  render(
    <Options
      settings={settings}
      presetSites={presetSites()}
      sitesWithoutPermission={ungranted}
      onChange={saveSettings}
      onAddSite={allowSite}
      onRemoveSite={removeSite}
      wikiSync={{ wikis, log, onPull: pullWikiTasks }}
      storeSize={storeSize}
      storedSites={storedSites}
      onForgetSite={(origin) => forgetStoredSite(origin).finally(recount)}
      backups={{ ...backupFiles, restore: (text) => backupFiles.restore(text).finally(recount) }}
    />,
    root,
  );
}

const refresh = async (): Promise<void> => show(await loadSettings());

/** Reads what is stored again (at first, and after a site was forgotten), then redraws. */
async function recount(): Promise<void> {
  [storeSize, storedSites] = await Promise.all([readStoreSize().catch(() => null), readStoredSites().catch(() => [])]);
  await refresh();
}

/** Granting access again changes no setting, so the page redraws itself to drop the "withdrawn" mark. */
const allowSite = (pattern: string): Promise<boolean> => addSite(pattern).finally(refresh);

void refresh().then(recount);
onSettingsChanged((settings) => void show(settings));
onWikiStateChanged(() => void refresh());
void keepStorage();

// The options page: wiring only. The stored settings are the state; every save comes back through
// onSettingsChanged and re-renders the page. What is stored is counted from the store; forgetting goes
// through the background, so the badge and open pages follow.
import { render } from 'preact';
import { Options } from '../../components/options/Options';
import { sendToBackground } from '../../lib/messages/client';
import { keepStorage } from '../../lib/platform/durable-storage';
import { loadSettings, onSettingsChanged, saveSettings } from '../../lib/platform/settings';
import type { Settings } from '../../lib/model/settings';
import { addSite, presetSites, removeSite, sitesWithoutPermission } from '../../lib/platform/sites';
import { openAgendumDb, storedSites } from '../../lib/store';

const root = document.getElementById('app');
const store = openAgendumDb();

async function show(settings: Settings): Promise<void> {
  if (!root) return;
  const stored = await store.then(storedSites).catch(() => []);
  render(
    <Options
      settings={settings}
      presetSites={presetSites()}
      sitesWithoutPermission={await sitesWithoutPermission(settings.sites)}
      onChange={saveSettings}
      onAddSite={allowSite}
      onRemoveSite={removeSite}
      storedSites={stored}
      onForgetSite={forgetSite}
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

async function forgetSite(origin: string): Promise<number> {
  const reply = await sendToBackground('forgetSite', { origin });
  if (!reply.ok) throw new Error(reply.error);
  await refresh();
  return reply.value.deleted;
}

void refresh();
onSettingsChanged((settings) => void show(settings));
void keepStorage();

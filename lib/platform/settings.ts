// The user's settings, declared once with their defaults, kept in browser.storage.sync (local when sync
// fails) one key per field, and checked with zod on every read: a corrupt value falls back to its default.
import { browser, type Browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, Settings, SettingsPatch } from '../model/settings';

const FIELDS = Object.keys(Settings.shape) as (keyof Settings)[];
// One storage key per field: sync's per-item quota (8 kB) applies to each, a corrupt field resets alone,
// and a save writes only what changed, so two pages saving different fields do not undo each other.
const PREFIX = 'settings.';
const storageKey = (field: keyof Settings): string => `${PREFIX}${field}`;
const KEYS = FIELDS.map(storageKey);

/** Called with one line per stored value that was unreadable and replaced by its default. */
export type ProblemReporter = (problem: string) => void;

/** Sync is missing where the browser has no account storage (some Firefox setups); local is always there. */
async function readArea(area: Browser.storage.StorageArea | undefined): Promise<Record<string, unknown>> {
  if (!area) return {};
  try {
    // Some implementations list absent keys as undefined; drop them so they cannot hide the other area's.
    return Object.fromEntries(Object.entries(await area.get(KEYS)).filter(([, value]) => value !== undefined));
  } catch {
    return {};
  }
}

/**
 * The settings, every field checked: a missing one takes its default, a corrupt one its default too and is
 * reported. A value in `local` wins, since it is there only when the last write to sync failed. Never throws.
 */
export async function loadSettings(report: ProblemReporter = console.warn): Promise<Settings> {
  // Both areas at once: each read is a round trip to the browser, and the popup waits for them before its first row.
  const [synced, local] = await Promise.all([readArea(browser.storage.sync), readArea(browser.storage.local)]);
  const stored = { ...synced, ...local };
  const settings: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const raw = stored[storageKey(field)];
    const parsed = Settings.shape[field].safeParse(raw);
    if (raw !== undefined && !parsed.success) {
      report(
        `Agendum: the stored setting "${field}" was unreadable and is back to its default (${parsed.error.issues[0]?.message ?? 'invalid'}).`,
      );
    }
    settings[field] = raw !== undefined && parsed.success ? parsed.data : structuredClone(DEFAULT_SETTINGS[field]);
  }
  return settings as Settings;
}

/**
 * Stores the fields in `patch` (validated first: an invalid patch rejects and stores nothing). Writes to
 * sync and clears any local copy; when sync refuses (quota, no account storage), writes to local instead.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  const checked = SettingsPatch.parse(patch);
  const items = Object.fromEntries(
    Object.entries(checked).map(([field, value]) => [storageKey(field as keyof Settings), value]),
  );
  if (Object.keys(items).length === 0) return;
  try {
    if (!browser.storage.sync) throw new Error('no sync storage');
    await browser.storage.sync.set(items);
  } catch {
    await browser.storage.local.set(items);
    return;
  }
  const stale = Object.entries(await browser.storage.local.get(Object.keys(items))).filter(
    ([, value]) => value !== undefined,
  );
  if (stale.length > 0) await browser.storage.local.remove(stale.map(([key]) => key));
}

/**
 * Calls `onChange` with the whole settings after any of them changes, here or in another context (the options
 * page, the background, another device through sync), until `signal` aborts.
 */
export function onSettingsChanged(onChange: (settings: Settings) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string): void => {
    if ((area === 'sync' || area === 'local') && Object.keys(changes).some((key) => KEYS.includes(key))) {
      void loadSettings().then(onChange);
    }
  };
  if (signal?.aborted) return;
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

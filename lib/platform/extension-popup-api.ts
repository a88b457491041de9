// The popup's PopupApi: reads go straight to the store (the popup shares the extension origin), changes
// go through the background so the badge and open pages follow at once.
import { browser } from 'wxt/browser';
import { localIsoDate } from '../dates/calendar';
import { EXPORT_FORMAT_LIST, exportFileName, exportFormatInfo, isExportFormat } from '../export/format-list';
import { renderExport } from '../export/formats';
import { sendToBackground } from '../messages/client';
import type { Action } from '../model/action';
import { presetSites } from './sites';
import { loadSettings } from './settings';
import type { PopupFilter } from '../popup/filter-actions';
import type { PopupApi, PopupData } from '../popup/popup-api';
import { exportBackup, listTasks, openAgendumDb, type AgendumDb } from '../store';
import { actionsOf } from '../actions/action-of';

const FILTER_KEY = 'popup.filter';

async function unwrap<T>(reply: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T> {
  const result = await reply;
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function hostOfPattern(pattern: string): string {
  return pattern.replace(/^[^:]+:\/\//, '').replace(/\/.*$/, '');
}

export function createPopupApi(now: () => Date): PopupApi {
  let db: Promise<AgendumDb> | undefined;
  const store = (): Promise<AgendumDb> => (db ??= openAgendumDb());

  /** The text of an export: JSON is the store's own backup format, cut down to the actions shown. */
  async function render(format: string, actions: Action[]): Promise<{ text: string; mime: string; name: string }> {
    const today = localIsoDate(now());
    if (!isExportFormat(format)) throw new Error(`Unknown export format ${format}`);
    const file = { mime: exportFormatInfo(format).mime, name: exportFileName(format, today) };
    if (format === 'json') {
      const ids = new Set(actions.map((a) => a.id));
      const { identities } = await loadSettings();
      const backup = JSON.parse(await exportBackup(await store(), now(), identities)) as { tasks: Array<{ id: string }> };
      backup.tasks = backup.tasks.filter((t) => ids.has(t.id));
      return { ...file, text: JSON.stringify(backup, null, 2) };
    }
    return { ...file, text: renderExport(format, actions, { now: now() }) };
  }

  return {
    async load(): Promise<PopupData> {
      const settings = await loadSettings();
      const base = {
        today: localIsoDate(now()),
        identityKnown: settings.identities.length > 0,
        sites: [...new Set([...presetSites(), ...settings.sites].map(hostOfPattern))],
        defaultFormat: settings.defaultExportFormat,
        formats: EXPORT_FORMAT_LIST.map(({ id, label }) => ({ id, label })),
      };
      const stored = await browser.storage.local.get(FILTER_KEY);
      const filter = stored[FILTER_KEY] as PopupFilter | undefined;
      try {
        const { tasks } = await listTasks(await store());
        return { ...base, actions: actionsOf(tasks, settings.identities), ...(filter ? { filter } : {}) };
      } catch (error) {
        return { ...base, actions: [], error: (error as Error).message };
      }
    },
    async setDone(id, done) {
      await unwrap(sendToBackground('editAction', { id, edit: { status: done ? 'done' : 'open' } }));
    },
    async snooze(id, until) {
      await unwrap(sendToBackground('editAction', { id, edit: { snoozeUntil: until } }));
    },
    async openSource(action) {
      await unwrap(sendToBackground('openSource', { id: action.id }));
    },
    async exportActions(format, actions) {
      const file = await render(format, actions);
      const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
      try {
        await browser.downloads.download({ url, filename: file.name, saveAs: false });
      } finally {
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      }
    },
    async copyActions(format, actions) {
      await navigator.clipboard.writeText((await render(format, actions)).text);
    },
    async scanActiveTab() {
      return (await unwrap(sendToBackground('scanActiveTab', {}))).found;
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    async setFilter(filter) {
      await browser.storage.local.set({ [FILTER_KEY]: filter });
    },
  };
}

// The popup's PopupApi: reads go straight to the store (the popup shares the extension origin), changes
// go through the background so the badge and open pages follow at once. The first screen comes from index
// ranges (a count and the first rows per group); every action follows in slices.
import { browser } from 'wxt/browser';
import { localIsoDate } from '../dates/calendar';
import { EXPORT_FORMAT_LIST, exportFileName, exportFormatInfo, isExportFormat } from '../export/format-list';
import { renderExport } from '../export/formats';
import { sendToBackground } from '../messages/client';
import type { Action } from '../model/action';
import { presetSites } from './sites';
import { pendingIdentityQuestion } from './identity-question';
import { loadSettings } from './settings';
import { openingFilter } from '../popup/filter-actions';
import { readSavedFilter, saveFilter } from './saved-filter';
import { isScopeOnly } from '../popup/first-screen';
import type { PopupApi, PopupData } from '../popup/popup-api';
import { readFirstScreen } from './read-first-screen';
import { keptScreenFor, readKeptFirstScreens } from './kept-first-screen';
import { exportBackup, getTask, openAgendumDb, readTasksInSlices, type AgendumDb } from '../store';
import { actionOf, actionsOf } from '../actions/action-of';
import { nextTask } from '../next-task';

/** Tasks read per slice of the full list: a few milliseconds of the popup's thread each. */
const SLICE = 500;

async function unwrap<T>(reply: Promise<{ ok: true; value: T } | { ok: false; error: string }>): Promise<T> {
  const result = await reply;
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function hostOfPattern(pattern: string): string {
  return pattern.replace(/^[^:]+:\/\//, '').replace(/\/.*$/, '');
}

export function createPopupApi(now: () => Date): PopupApi {
  // A private window's popup reads the screen its own background kept (Chrome's split mode).
  const incognito = browser.extension?.inIncognitoContext ?? false;
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
      const backup = JSON.parse(await exportBackup(await store(), now(), identities)) as {
        tasks: Array<{ id: string }>;
      };
      backup.tasks = backup.tasks.filter((t) => ids.has(t.id));
      return { ...file, text: JSON.stringify(backup, null, 2) };
    }
    return {
      ...file,
      text: renderExport(format, actions, { now: now(), mentions: (await loadSettings()).markdownMentions }),
    };
  }

  return {
    async load(focusId): Promise<PopupData> {
      // Opening the database takes as long as reading the settings, the kept question and the kept first screens: all at once.
      const opening = store();
      opening.catch(() => {});
      const reading = loadSettings();
      const today = localIsoDate(now());
      const [settings, saved, question, kept] = await Promise.all([
        reading,
        readSavedFilter(),
        pendingIdentityQuestion(reading),
        readKeptFirstScreens({ incognito }),
      ]);
      const identityKnown = settings.identities.length > 0;
      const base = {
        today,
        identityKnown,
        ...(question ? { identityQuestion: question } : {}),
        sites: [...new Set([...presetSites(), ...settings.sites].map(hostOfPattern))],
        defaultFormat: settings.defaultExportFormat,
        formats: EXPORT_FORMAT_LIST.map(({ id, label }) => ({ id, label })),
      };
      try {
        const focus = focusId === undefined ? undefined : await getTask(await opening, focusId).catch(() => undefined);
        const filter = openingFilter(saved, identityKnown, focus && actionOf(focus, settings.identities));
        const firstScreen = isScopeOnly(filter)
          ? (keptScreenFor(kept, today, settings.identities, filter.scope) ??
            (await readFirstScreen(await opening, today, filter.scope, settings.identities)))
          : undefined;
        return { ...base, filter, ...(firstScreen ? { firstScreen } : {}) };
      } catch (error) {
        return { ...base, filter: saved ?? { scope: 'everyone' }, error: (error as Error).message };
      }
    },
    async loadActions() {
      const [settings, db] = await Promise.all([loadSettings(), store()]);
      const actions: Action[] = [];
      await readTasksInSlices(db, SLICE, async (tasks) => {
        actions.push(...actionsOf(tasks, settings.identities));
        await nextTask();
      });
      return actions;
    },
    async setDone(id, done) {
      return unwrap(sendToBackground('editAction', { id, edit: { status: done ? 'done' : 'open' } }));
    },
    async retryWikiWrite(id) {
      return unwrap(sendToBackground('retryWikiWrite', { id }));
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
    async deleteAction(id, scope) {
      return (await unwrap(sendToBackground('deleteAction', { id, scope }))).deleted;
    },
    async scanActiveTab() {
      return (await unwrap(sendToBackground('scanActiveTab', {}))).found;
    },
    async openOptions() {
      await browser.runtime.openOptionsPage();
    },
    async answerIdentity(accepted) {
      await unwrap(sendToBackground('answerKeptIdentity', { accepted }));
    },
    async setFilter(filter) {
      await saveFilter(filter);
    },
  };
}

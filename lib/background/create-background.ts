// The background's work: message handlers over the store, the badge kept right, tabs told of changes.
// Dependencies come in as parameters so tests drive it with fake-indexeddb and WXT's fake browser.
import { browser } from 'wxt/browser';
import { localIsoDate } from '../dates/calendar';
import { sendToTab } from '../messages/client';
import type { PageActions } from '../messages/protocol';
import type { Handlers } from '../messages/server';
import type { Action } from '../model/action';
import type { StoredTask } from '../model/stored-task';
import { refreshBadge } from './toolbar-badge';
import { notifyDueToday } from './due-today-notification';
import { acceptIdentity, declineIdentity, identityQuestionFor } from './identity-learning';
import { loadSettings, saveSettings } from '../platform/settings';
import { type Settings } from '../model/settings';
import { scanTab } from '../platform/sites';
import { addUserTask, getTask, getTasks, listTasks, setUserFields, syncPage, tasksOnPage, type AgendumDb } from '../store';
import { actionOf, actionsOf, siteOf } from '../actions/action-of';

export interface BackgroundDeps {
  db: AgendumDb;
  now: () => Date;
}

export interface Background {
  handlers: Handlers;
  /** Recomputes the badge (and the optional daily notification) from the store. */
  refresh(): Promise<void>;
}

export function createBackground({ db, now }: BackgroundDeps): Background {
  // "Scan this page" waits for the tab it injected into to report back.
  const scans = new Map<number, (found: number) => void>();

  async function refresh(): Promise<void> {
    const [settings, { tasks }] = await Promise.all([loadSettings(), listTasks(db, { status: 'open' })]);
    const actions = actionsOf(tasks, settings.identities);
    await refreshBadge(actions, now(), settings);
    await notifyDueToday(actions, now(), settings);
  }

  /** After a change: the badge, and every other tab showing Agendum (an empty list means "all"). */
  async function changed(ids: string[], exceptTab?: number): Promise<void> {
    await refresh();
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined && tab.id !== exceptTab) await sendToTab(tab.id, 'actionsChanged', { ids });
    }
  }

  async function pageActions(url: string, records: StoredTask[], settings: Settings, pageId?: string): Promise<PageActions> {
    // Actions the user made on this page from selected text are part of it too.
    // They are keyed by the address they were made on, while the page's own tasks are keyed by its id.
    const keyed = await Promise.all([tasksOnPage(db, url), ...(pageId ? [tasksOnPage(db, url, pageId)] : [])]);
    const own = keyed.flatMap((result) => result.tasks).filter((t) => t.user.createdByUser);
    const all = [...new Map([...records, ...own].map((t) => [t.id, t])).values()];
    const anchors = all.flatMap((t) => (t.user.anchor ? [{ id: t.id, quote: t.user.anchor }] : []));
    return { today: localIsoDate(now()), actions: actionsOf(all, settings.identities), anchors };
  }

  async function actionFor(record: StoredTask): Promise<Action> {
    return actionOf(record, (await loadSettings()).identities);
  }

  const handlers: Handlers = {
    async syncPage({ url, extraction }, sender) {
      const result = await syncPage(db, extraction, { url, now: now() });
      const settings = await loadSettings();
      const reply = await pageActions(url, result.tasks, settings, extraction.page.id);
      const viewer = extraction.page.viewer;
      // The wiki is named by its base URL's host (what its tasks' links name), else the page's host.
      const site = siteOf(extraction.page.baseUrl, url);
      const question = viewer && site ? identityQuestionFor(site, viewer, settings) : undefined;
      if (question) reply.identityQuestion = question;
      const tab = sender.tab?.id;
      if (tab !== undefined) scans.get(tab)?.(extraction.tasks.length);
      void changed(result.tasks.map((t) => t.id), tab);
      return reply;
    },
    async getPageActions({ url, ids }) {
      return pageActions(url, (await getTasks(db, ids)).tasks, await loadSettings());
    },
    async editAction({ id, edit }, sender) {
      const record = await setUserFields(db, id, edit, now());
      void changed([id], sender.tab?.id);
      return actionFor(record);
    },
    async addAction(data, sender) {
      const record = await addUserTask(db, data, now());
      void changed([record.id], sender.tab?.id);
      return actionFor(record);
    },
    async answerIdentity({ site, viewer, accepted }) {
      const settings = await loadSettings();
      const next = accepted ? acceptIdentity(settings, site, viewer) : declineIdentity(settings, site, viewer);
      await saveSettings({ identities: next.identities, declinedViewers: next.declinedViewers });
      await changed([]);
      // "No": the options page is where the user says who they are instead.
      if (!accepted) await browser.tabs.create({ url: browser.runtime.getURL('/options.html#identities') });
    },
    async showInList({ id }) {
      await browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?focus=${encodeURIComponent(id)}` });
    },
    async openSource({ id }) {
      const record = await getTask(db, id);
      if (!record) throw new Error('That action is no longer stored.');
      const urls = [...record.locations.filter((l) => !l.goneAt).map((l) => l.url), record.wiki.sourcePage.url].filter((u): u is string => !!u);
      const tabs = await browser.tabs.query({});
      const open = tabs.find((tab) => tab.url && urls.some((u) => tab.url!.split('#')[0] === u.split('#')[0]));
      if (open?.id !== undefined) {
        await browser.tabs.update(open.id, { active: true });
        if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
        await sendToTab(open.id, 'revealAction', { id });
        return;
      }
      const target = urls[0];
      if (!target || !/^https?:/i.test(target)) throw new Error('This action has no page address to open.');
      const tab = await browser.tabs.create({ url: target });
      // Reveal once the page's own content script has marked it.
      const listener = (tabId: number, info: { status?: string }): void => {
        if (tabId !== tab.id || info.status !== 'complete') return;
        browser.tabs.onUpdated.removeListener(listener);
        setTimeout(() => void sendToTab(tabId, 'revealAction', { id }), 1500);
      };
      browser.tabs.onUpdated.addListener(listener);
    },
    async backupRestored() {
      await changed([]);
    },
    async scanActiveTab() {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error('There is no page to scan.');
      const tabId = tab.id;
      const found = new Promise<number>((resolve) => {
        scans.set(tabId, resolve);
        setTimeout(() => resolve(0), 8000);
      });
      await scanTab(tabId);
      const count = await found;
      scans.delete(tabId);
      return { found: count };
    },
  };

  return { handlers, refresh };
}

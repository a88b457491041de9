// The background's work: message handlers over the store, the badge kept right, tabs told of changes.
// Dependencies come in as parameters so tests drive it with fake-indexeddb and WXT's fake browser.
import { browser } from 'wxt/browser';
import { localIsoDate } from '../dates/calendar';
import { sendToTab } from '../messages/client';
import type { PageActions } from '../messages/protocol';
import type { Handlers } from '../messages/server';
import type { Action } from '../model/action';
import type { StoredTask } from '../model/stored-task';
import { createReaderActions } from './reader-actions';
import { retireGoneActions } from './retention';
import { refreshBadge } from './toolbar-badge';
import { notifyDueToday } from './due-today-notification';
import { acceptIdentity, declineIdentity, identityQuestionFor } from './identity-learning';
import { loadSettings, saveSettings } from '../platform/settings';
import { type Settings } from '../model/settings';
import { scanTab } from '../platform/sites';
import { addUserTask, getTask, getTasks, setUserFields, syncPage, userTasksOnPage, type AgendumDb } from '../store';
import { actionOf, actionsOf } from '../actions/action-of';
import { siteOf } from '../sites/site-of';
import { createWikiSync } from './wiki-sync';

/**
 * The `performance.measure`s the background records (scripts/bench/stored.ts reads them from the service
 * worker): a sync or an edit from its request to its reply, and from its request to the badge redrawn.
 * Each replaces the last of its name, so the worker keeps no growing list.
 */
export const MEASURES = { sync: 'agendum:sync', edit: 'agendum:edit', badge: 'agendum:badge' } as const;

function measureSince(name: string, start: number): void {
  performance.clearMeasures(name);
  performance.measure(name, { start });
}

export interface BackgroundDeps {
  db: AgendumDb;
  now: () => Date;
}

export interface Background {
  handlers: Handlers;
  /**
   * Reads the settings and the reader's open actions from storage again, then redraws the badge (and the
   * optional daily notification) and applies the retention setting: at start-up, on a new day, when the
   * settings change.
   */
  refresh(): Promise<void>;
  /** The daily pulls from wikis that are due (a new day). */
  pullDue(): Promise<void>;
}

/** What a write changed: the records it stored, and the ids it marked gone. */
interface Written {
  records: readonly StoredTask[];
  gone?: readonly string[];
}

export function createBackground({ db, now }: BackgroundDeps): Background {
  // "Scan this page" waits for the tab it injected into to report back.
  const scans = new Map<number, (found: number) => void>();
  // Read once and again on refresh(), which the settings' change listener calls: not on every message.
  let settingsRead: Promise<Settings> | undefined;
  const settings = (): Promise<Settings> => (settingsRead ??= loadSettings());
  const reader = createReaderActions(db, async () => (await settings()).identities);

  async function redraw(): Promise<void> {
    const [current, actions] = await Promise.all([settings(), reader.actions()]);
    await refreshBadge(actions, now(), current);
    await notifyDueToday(actions, now(), current);
  }

  async function refresh(): Promise<void> {
    settingsRead = undefined;
    await reader.rebuild();
    await redraw();
    // Only gone actions are retired, and none of them is on the badge.
    await retireGoneActions(db, await settings(), now());
  }

  /**
   * After a write: the badge from what it changed, and every other tab showing Agendum told which actions
   * changed (an empty list means "all", after which the badge is recounted from the store).
   */
  async function changed(ids: string[], written: Written | undefined, exceptTab?: number, requestedAt?: number): Promise<void> {
    if (written) {
      reader.update(written.records, written.gone);
      await redraw();
    } else await refresh();
    if (requestedAt !== undefined) measureSince(MEASURES.badge, requestedAt);
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined && tab.id !== exceptTab) await sendToTab(tab.id, 'actionsChanged', { ids });
    }
  }

  // Write-back and pulls change records outside a handler: the badge and the tabs follow those records.
  const wikiSync = createWikiSync({ db, now, changed: (records) => changed(records.map((r) => r.id), { records }) });

  /** The user's change to `id`, its status queued for the wiki when syncing is on there, and sent at once when a tab allows. */
  async function edit(id: string, change: Parameters<Handlers['editAction']>[0]['edit'], tab: number | undefined): Promise<StoredTask> {
    const wikiOrigin = change.status !== undefined ? await wikiSync.originToWrite(id) : undefined;
    const record = await setUserFields(db, id, change, now(), { wikiOrigin });
    return (record.wikiWrite && !record.wikiWrite.triedAt ? await wikiSync.sendNow(id, tab) : undefined) ?? record;
  }

  async function pageActions(url: string, records: StoredTask[], settings: Settings): Promise<PageActions> {
    // Actions the user made on this page from selected text are part of it too: read apart (few), not the page again.
    const own = (await userTasksOnPage(db, url)).tasks;
    const all = [...new Map([...records, ...own].map((t) => [t.id, t])).values()];
    const anchors = all.flatMap((t) => (t.user.anchor ? [{ id: t.id, quote: t.user.anchor }] : []));
    return { today: localIsoDate(now()), actions: actionsOf(all, settings.identities), anchors };
  }

  async function actionFor(record: StoredTask): Promise<Action> {
    return actionOf(record, (await settings()).identities);
  }

  const handlers: Handlers = {
    async syncPage({ url, extraction }, sender) {
      const requestedAt = performance.now();
      const result = await syncPage(db, extraction, { url, now: now() });
      const current = await settings();
      const reply = await pageActions(url, result.tasks, current);
      const viewer = extraction.page.viewer;
      // The wiki is named by its base URL's host (what its tasks' links name), else the page's host.
      const site = siteOf(extraction.page.baseUrl, url);
      const question = viewer && site ? identityQuestionFor(site, viewer, current) : undefined;
      if (question) reply.identityQuestion = question;
      const tab = sender.tab?.id;
      if (tab !== undefined) scans.get(tab)?.(extraction.tasks.length);
      void changed(result.tasks.map((t) => t.id), { records: result.tasks, gone: result.gone }, tab, requestedAt);
      // The tab's address as the browser reports it, never the page's word.
      if (tab !== undefined && sender.tab?.url) void wikiSync.pageSeen(tab, sender.tab.url, extraction.page).catch(() => undefined);
      measureSince(MEASURES.sync, requestedAt);
      return reply;
    },
    async getPageActions({ url, ids }) {
      return pageActions(url, (await getTasks(db, ids)).tasks, await settings());
    },
    async editAction({ id, edit: change }, sender) {
      const requestedAt = performance.now();
      const record = await edit(id, change, sender.tab?.id);
      void changed([id], { records: [record] }, sender.tab?.id, requestedAt);
      const action = await actionFor(record);
      measureSince(MEASURES.edit, requestedAt);
      return action;
    },
    async retryWikiWrite({ id }, sender) {
      const record = await getTask(db, id);
      if (!record) throw new Error('That action is no longer stored.');
      return actionFor((record.wikiWrite ? await wikiSync.sendNow(id, sender.tab?.id) : undefined) ?? record);
    },
    async pullWikiTasks({ origin }) {
      return wikiSync.pull(origin);
    },
    async addAction(data, sender) {
      const record = await addUserTask(db, data, now());
      void changed([record.id], { records: [record] }, sender.tab?.id);
      return actionFor(record);
    },
    async answerIdentity({ site, viewer, accepted }) {
      const current = await loadSettings();
      const next = accepted ? acceptIdentity(current, site, viewer) : declineIdentity(current, site, viewer);
      await saveSettings({ identities: next.identities, declinedViewers: next.declinedViewers });
      // Who "mine" is may have changed: everything is recounted (refresh re-reads the settings).
      await changed([], undefined);
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

  return { handlers, refresh, pullDue: () => wikiSync.pullDue() };
}

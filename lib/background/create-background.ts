// The background's work: message handlers over the store, the badge kept right, tabs told of changes.
// Dependencies come in as parameters so tests drive it with fake-indexeddb and WXT's fake browser.
// A content script speaks for one page: its address is the browser's, what it says about itself is believed
// only on its own origin (lib/sites/page-scope.ts) and at its own address (page-binding.ts), and it reads and
// changes only the actions its page shows.
import { browser, type Browser } from 'wxt/browser';
import { localIsoDate } from '../dates/calendar';
import { sendToTab } from '../messages/client';
import type { PageActions } from '../messages/protocol';
import { isExtensionPage, type Handlers } from '../messages/server';
import type { Action } from '../model/action';
import type { PageTasks } from '../model/extraction';
import type { Person } from '../model/page';
import { MAX_SITE_BYTES } from '../model/limits';
import type { StoredTask } from '../model/stored-task';
import { createReaderActions } from './reader-actions';
import { retireGoneActions } from './retention';
import { refreshBadge } from './toolbar-badge';
import { notifyDueToday } from './due-today-notification';
import { acceptIdentity, declineIdentity, identityQuestionFor } from './identity-learning';
import { atOwnAddress, isBoundTo } from './page-binding';
import { boundedPerson, limitExtraction } from './page-limits';
import { createPageRate, TOO_MANY_PAGES } from './page-rate';
import { checkSameAddress, pageSender, RefusedRequest, type PageSender } from './page-sender';
import { createIdentityQuestionKeeper, pendingIdentityQuestion } from '../platform/identity-question';
import { createFirstScreenKeeper } from '../platform/kept-first-screen';
import { readSavedFilter } from '../platform/saved-filter';
import { openingFilter } from '../popup/filter-actions';
import { isScopeOnly } from '../popup/first-screen';
import { loadSettings, saveSettings } from '../platform/settings';
import { type Settings } from '../model/settings';
import { presetSites, scanTab } from '../platform/sites';
import { urlMatchesPattern } from '../sites/host-patterns';
import { scopePageTasks, webOrigin } from '../sites/page-scope';
import {
  addUserTask,
  deleteTask,
  forgetPageOf,
  forgetSite,
  getPage,
  getTask,
  getTasks,
  pageKeyOf,
  setUserFields,
  syncPage,
  userTasksOnPage,
  withoutFragment,
  type AgendumDb,
} from '../store';
import { actionOf, actionsOf } from '../actions/action-of';
import { wikiActions } from '../actions/wiki-actions';
import { createWikiSync } from './wiki-sync';

/**
 * The `performance.measure`s the background records (scripts/bench/stored.ts reads them from the service
 * worker): a sync or an edit from its request's arrival (before it is parsed) to its reply, and from then to the
 * badge redrawn.
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
  /** This background serves a browser's private windows only (Chrome's split incognito mode): its store is theirs. */
  incognito?: boolean;
  /** Once aborted, the popup's "Everyone" screen, read after changes pause, is no longer read (as when the worker ends). */
  signal?: AbortSignal;
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
  /** Keeps the popup's first screens again, from what is held (the popup was left with another filter). */
  keepFirstScreens(): Promise<void>;
}

/** What a write changed: the records it stored, and the ids it marked gone. */
interface Written {
  records: readonly StoredTask[];
  gone?: readonly string[];
}

export const SITE_FULL = `Agendum has stored all it may from this site (${MAX_SITE_BYTES / 1e6} MB): it saves no new action from it. Forget old pages of this site in Agendum's options to make room.`;
export const PRIVATE_WINDOW =
  'Agendum does not save what it reads in private windows: these marks go when the tab closes.';

/** The page shows the task: a location still live at this address (the fragment aside). */
function shownOn(record: StoredTask, url: string): boolean {
  const page = withoutFragment(url);
  return record.locations.some((location) => !location.goneAt && withoutFragment(location.url) === page);
}

export function createBackground({ db, now, incognito = false, signal }: BackgroundDeps): Background {
  // "Scan this page" waits for the tab it injected into to report back.
  const scans = new Map<number, (found: number) => void>();
  const pageRate = createPageRate();
  // Read once and again on refresh(), which the settings' change listener calls: not on every message.
  let settingsRead: Promise<Settings> | undefined;
  const settings = (): Promise<Settings> => (settingsRead ??= loadSettings());
  const reader = createReaderActions(db, async () => (await settings()).identities);
  /** The last unanswered "Are you …?", for the popup to ask too. */
  const asked = createIdentityQuestionKeeper();
  /** The popup's first screen, ready before it opens. */
  const firstScreens = createFirstScreenKeeper(db, { incognito, signal });

  async function redraw(): Promise<void> {
    const [current, actions] = await Promise.all([settings(), reader.actions()]);
    await refreshBadge(actions, now(), current);
    // Not awaited: the popup's first screen follows the badge, and never delays it.
    void keepFirstScreens();
    await notifyDueToday(actions, now(), current);
  }

  /** The popup's first screens; "Everyone" only when the popup will open on it (no identity yet, or left so). */
  async function keepFirstScreens(): Promise<void> {
    const [current, readerActions] = await Promise.all([settings(), reader.actions()]);
    const identityKnown = current.identities.length > 0;
    const opensOn = openingFilter(await readSavedFilter(), identityKnown);
    const everyone = opensOn.scope === 'everyone' && isScopeOnly(opensOn);
    await firstScreens.keep(readerActions, localIsoDate(now()), current.identities, everyone);
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
  async function changed(
    ids: string[],
    written: Written | undefined,
    exceptTab?: number,
    requestedAt?: number,
  ): Promise<void> {
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
  const wikiSync = createWikiSync({
    db,
    now,
    changed: (records) =>
      changed(
        records.map((r) => r.id),
        { records },
      ),
  });

  /** The user said whether the viewer a page named on `site` is them; "No" opens the options page, to say who instead. */
  async function answer(site: string, viewer: Person, accepted: boolean): Promise<void> {
    const current = await loadSettings();
    const next = accepted ? acceptIdentity(current, site, viewer) : declineIdentity(current, site, viewer);
    await saveSettings({ identities: next.identities, declinedViewers: next.declinedViewers });
    await asked.forget();
    // Who "mine" is may have changed: everything is recounted (refresh re-reads the settings).
    await changed([], undefined);
    if (!accepted) await browser.tabs.create({ url: browser.runtime.getURL('/options.html#identities') });
  }

  /** The user's change to `id`, its status queued for the wiki when syncing is on there, and sent at once when a tab allows. */
  async function edit(
    id: string,
    change: Parameters<Handlers['editAction']>[0]['edit'],
    tab: number | undefined,
  ): Promise<StoredTask> {
    const wikiOrigin = change.status !== undefined ? await wikiSync.originToWrite(id) : undefined;
    const record = await setUserFields(db, id, change, now(), { wikiOrigin });
    return (record.wikiWrite && !record.wikiWrite.triedAt ? await wikiSync.sendNow(id, tab) : undefined) ?? record;
  }

  async function pageActions(
    url: string,
    records: StoredTask[],
    settings: Settings,
    pageId?: string,
  ): Promise<PageActions> {
    // Actions the user made on this page from selected text are part of it too: read apart (few), not the page again.
    const own = (await userTasksOnPage(db, url, pageId)).tasks;
    const all = [...new Map([...records, ...own].map((t) => [t.id, t])).values()];
    const anchors = all.flatMap((t) => (t.user.anchor ? [{ id: t.id, quote: t.user.anchor }] : []));
    return { today: localIsoDate(now()), actions: actionsOf(all, settings.identities), anchors };
  }

  async function actionFor(record: StoredTask): Promise<Action> {
    return actionOf(record, (await settings()).identities);
  }

  /** The page a content script speaks for, when it may change the store (a private window's may not). */
  function writingPage(sender: Browser.runtime.MessageSender): PageSender {
    const page = pageSender(sender);
    if (page.incognito && !incognito) throw new RefusedRequest(PRIVATE_WINDOW);
    return page;
  }

  /** The stored task, when the sender may see it: the extension's pages any, a page those it shows. */
  async function visibleTask(id: string, sender: Browser.runtime.MessageSender): Promise<StoredTask> {
    const page = isExtensionPage(sender) ? undefined : pageSender(sender);
    const record = await getTask(db, id);
    if (!record || (page && !shownOn(record, page.url)))
      throw new RefusedRequest('This action is not on this page: reload the page to see it again.');
    return record;
  }

  /** Whether page `id` of the sender's origin is the page at the sender's address (lib/background/page-binding.ts). */
  async function isOwnPageId(page: PageSender, id: string): Promise<boolean> {
    return isBoundTo(page.url, id, await getPage(db, pageKeyOf(page.url, id)));
  }

  /** What the page may have stored: its own origin's claims, bound to its address, within its limits. */
  async function claimsOf(
    extraction: PageTasks,
    page: PageSender,
  ): Promise<{ extraction: PageTasks; notices: string[] }> {
    const limited = limitExtraction(scopePageTasks(extraction, page.url));
    const id = limited.extraction.page.id;
    if (id === undefined || (await isOwnPageId(page, id))) return limited;
    return { ...limited, extraction: atOwnAddress(limited.extraction, page.url) };
  }

  /** Where the sources of an action may be opened: http(s) pages it was read on, or on a site the reader reads. */
  async function openableUrls(record: StoredTask): Promise<string[]> {
    const readOn = record.locations.filter((l) => !l.goneAt).map((l) => l.url);
    const origins = new Set(record.locations.map((l) => webOrigin(l.url)));
    const patterns = [...presetSites(), ...(await settings()).sites];
    const linked = record.wiki.sourcePage.url;
    const known = (url: string): boolean =>
      origins.has(webOrigin(url)) || patterns.some((pattern) => urlMatchesPattern(url, pattern));
    return [...readOn, ...(linked && known(linked) ? [linked] : [])].filter((url) => webOrigin(url) !== undefined);
  }

  const handlers: Handlers = {
    async syncPage({ url, extraction, loadedUrl }, sender, requestedAt = performance.now()) {
      const page = pageSender(sender);
      checkSameAddress(url, page);
      const { extraction: claims, notices } = await claimsOf(extraction, page);
      const at = now();
      if (page.incognito && !incognito) {
        return { today: localIsoDate(at), actions: wikiActions(claims), anchors: [], notice: PRIVATE_WINDOW };
      }
      const key = pageKeyOf(page.url, claims.page.id);
      if (!pageRate.allows(page.origin, at) && !(await getPage(db, key))) throw new RefusedRequest(TOO_MANY_PAGES);
      // A page reached by rewriting the address of another (history.replaceState) may not empty that page.
      const loadedHere = loadedUrl !== undefined && withoutFragment(loadedUrl) === withoutFragment(page.url);
      const result = await syncPage(db, claims, {
        url: page.url,
        now: at,
        mayEmptyPage: loadedHere,
        site: { key: page.origin, maxBytes: MAX_SITE_BYTES },
      });
      if (result.pageAdded) pageRate.added(page.origin, at);
      if (result.refused > 0) notices.push(SITE_FULL);
      const current = await settings();
      const reply = await pageActions(page.url, result.tasks, current, claims.page.id);
      if (notices.length) reply.notice = notices.join(' ');
      const viewer = claims.page.viewer;
      const question = viewer && identityQuestionFor(page.host, viewer, current);
      if (question) {
        reply.identityQuestion = question;
        void asked.remember(question);
      }
      scans.get(page.tabId)?.(claims.tasks.length);
      void changed(
        result.tasks.map((t) => t.id),
        { records: result.tasks, gone: result.gone },
        page.tabId,
        requestedAt,
      );
      // The tab's address as the browser reports it, and what the page may claim on its own origin.
      void wikiSync.pageSeen(page.tabId, page.url, claims.page).catch(() => undefined);
      measureSince(MEASURES.sync, requestedAt);
      return reply;
    },
    async getPageActions({ url, ids }, sender) {
      const page = pageSender(sender);
      checkSameAddress(url, page);
      const shown = (await getTasks(db, ids)).tasks.filter((record) => shownOn(record, page.url));
      return pageActions(page.url, shown, await settings());
    },
    async editAction({ id, edit: change }, sender, requestedAt = performance.now()) {
      if (!isExtensionPage(sender)) writingPage(sender);
      await visibleTask(id, sender);
      const record = await edit(id, change, sender.tab?.id);
      void changed([id], { records: [record] }, sender.tab?.id, requestedAt);
      const action = await actionFor(record);
      measureSince(MEASURES.edit, requestedAt);
      return action;
    },
    async retryWikiWrite({ id }, sender) {
      if (!isExtensionPage(sender)) writingPage(sender);
      const record = await visibleTask(id, sender);
      return actionFor((record.wikiWrite ? await wikiSync.sendNow(id, sender.tab?.id) : undefined) ?? record);
    },
    async pullWikiTasks({ origin }) {
      return wikiSync.pull(origin);
    },
    async addAction(data, sender) {
      const page = writingPage(sender);
      checkSameAddress(data.url, page);
      const { pageId, pageUrl, ...action } = data;
      // The page's own id and address file the action under the page it names: only its own, bound as its reads are.
      const ownId = pageId && (await isOwnPageId(page, pageId)) ? pageId : undefined;
      const ownUrl = ownId && pageUrl && webOrigin(pageUrl) === page.origin ? pageUrl : undefined;
      const ownPage = { ...(ownId ? { pageId: ownId } : {}), ...(ownUrl ? { pageUrl: ownUrl } : {}) };
      const record = await addUserTask(
        db,
        { ...action, ...ownPage, url: page.url, assignees: data.assignees.map(boundedPerson) },
        now(),
      );
      void changed([record.id], { records: [record] }, page.tabId);
      return actionFor(record);
    },
    async answerIdentity({ site, viewer, accepted }, sender) {
      const page = writingPage(sender);
      if (site.toLowerCase() !== page.host.toLowerCase())
        throw new RefusedRequest('Agendum asks who you are only on the site of the page you are reading.');
      await answer(page.host, boundedPerson(viewer), accepted);
    },
    async answerKeptIdentity({ accepted }) {
      // Only the question a page raised about its own site, as the sync kept it: never a site or person of the sender's.
      const question = await pendingIdentityQuestion(await loadSettings());
      if (!question) throw new RefusedRequest('That question has been answered already.');
      await answer(question.site, question.viewer, accepted);
    },
    async showInList({ id }, sender) {
      await visibleTask(id, sender);
      await browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?focus=${encodeURIComponent(id)}` });
    },
    async openSource({ id }) {
      const record = await getTask(db, id);
      if (!record) throw new Error('That action is no longer stored.');
      const urls = await openableUrls(record);
      const tabs = await browser.tabs.query({});
      const open = tabs.find((tab) => tab.url && urls.some((u) => withoutFragment(tab.url!) === withoutFragment(u)));
      if (open?.id !== undefined) {
        await browser.tabs.update(open.id, { active: true });
        if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
        await sendToTab(open.id, 'revealAction', { id });
        return;
      }
      const target = urls[0];
      if (!target) throw new Error('This action has no page address Agendum may open.');
      const tab = await browser.tabs.create({ url: target });
      // Reveal once the page's own content script has marked it.
      const listener = (tabId: number, info: { status?: string }): void => {
        if (tabId !== tab.id || info.status !== 'complete') return;
        browser.tabs.onUpdated.removeListener(listener);
        setTimeout(() => void sendToTab(tabId, 'revealAction', { id }), 1500);
      };
      browser.tabs.onUpdated.addListener(listener);
    },
    async deleteAction({ id, scope }) {
      const deleted = scope === 'page' ? await forgetPageOf(db, id) : Number(await deleteTask(db, id));
      await changed([], undefined);
      return { deleted };
    },
    async forgetSite({ origin }) {
      const deleted = await forgetSite(db, origin);
      await changed([], undefined);
      return { deleted };
    },
    async backupRestored() {
      // Anything may have changed: everything is read again.
      await changed([], undefined);
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

  return {
    handlers,
    refresh,
    pullDue: () => wikiSync.pullDue(),
    keepFirstScreens,
  };
}

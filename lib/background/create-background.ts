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
import type { PageExtraction } from '../model/extraction';
import { MAX_SITE_BYTES } from '../model/limits';
import type { StoredTask } from '../model/stored-task';
import { refreshBadge } from './toolbar-badge';
import { notifyDueToday } from './due-today-notification';
import { acceptIdentity, declineIdentity, identityQuestionFor } from './identity-learning';
import { atOwnAddress, isBoundTo } from './page-binding';
import { boundedPerson, limitExtraction } from './page-limits';
import { createPageRate, TOO_MANY_PAGES } from './page-rate';
import { checkSameAddress, pageSender, RefusedRequest, type PageSender } from './page-sender';
import { loadSettings, saveSettings } from '../platform/settings';
import { type Settings } from '../model/settings';
import { presetSites, scanTab } from '../platform/sites';
import { urlMatchesPattern } from '../sites/host-patterns';
import { scopeExtraction, webOrigin } from '../sites/page-scope';
import {
  addUserTask,
  deleteTask,
  forgetPageOf,
  forgetSite,
  getPage,
  getTask,
  getTasks,
  listTasks,
  pageKeyOf,
  setUserFields,
  syncPage,
  tasksOnPage,
  withoutFragment,
  type AgendumDb,
} from '../store';
import { actionOf, actionsOf } from '../actions/action-of';
import { wikiActions } from '../actions/wiki-actions';

export interface BackgroundDeps {
  db: AgendumDb;
  now: () => Date;
  /** This background serves a browser's private windows only (Chrome's split incognito mode): its store is theirs. */
  incognito?: boolean;
}

export interface Background {
  handlers: Handlers;
  /** Recomputes the badge (and the optional daily notification) from the store. */
  refresh(): Promise<void>;
}

export const SITE_FULL = `Agendum has stored all it may from this site (${MAX_SITE_BYTES / 1e6} MB): it saves no new action from it. Forget old pages of this site in Agendum's options to make room.`;
export const PRIVATE_WINDOW = 'Agendum does not save what it reads in private windows: these marks go when the tab closes.';

/** The page shows the task: a location still live at this address (the fragment aside). */
function shownOn(record: StoredTask, url: string): boolean {
  const page = withoutFragment(url);
  return record.locations.some((location) => !location.goneAt && withoutFragment(location.url) === page);
}

export function createBackground({ db, now, incognito = false }: BackgroundDeps): Background {
  // "Scan this page" waits for the tab it injected into to report back.
  const scans = new Map<number, (found: number) => void>();
  const pageRate = createPageRate();

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
    if (!record || (page && !shownOn(record, page.url))) throw new RefusedRequest('This action is not on this page: reload the page to see it again.');
    return record;
  }

  /** What the page may have stored: its own origin's claims, bound to its address, within its limits. */
  async function claimsOf(extraction: PageExtraction, page: PageSender): Promise<{ extraction: PageExtraction; notices: string[] }> {
    const limited = limitExtraction(scopeExtraction(extraction, page.url));
    const id = limited.extraction.page.id;
    if (id === undefined || isBoundTo(page.url, id, await getPage(db, pageKeyOf(page.url, id)))) return limited;
    return { ...limited, extraction: atOwnAddress(limited.extraction, page.url) };
  }

  /** Where the sources of an action may be opened: http(s) pages it was read on, or on a site the reader reads. */
  async function openableUrls(record: StoredTask): Promise<string[]> {
    const readOn = record.locations.filter((l) => !l.goneAt).map((l) => l.url);
    const origins = new Set(record.locations.map((l) => webOrigin(l.url)));
    const patterns = [...presetSites(), ...(await loadSettings()).sites];
    const linked = record.wiki.sourcePage.url;
    const known = (url: string): boolean => origins.has(webOrigin(url)) || patterns.some((pattern) => urlMatchesPattern(url, pattern));
    return [...readOn, ...(linked && known(linked) ? [linked] : [])].filter((url) => webOrigin(url) !== undefined);
  }

  const handlers: Handlers = {
    async syncPage({ url, extraction, loadedUrl }, sender) {
      const page = pageSender(sender);
      checkSameAddress(url, page);
      const settings = await loadSettings();
      const { extraction: claims, notices } = await claimsOf(extraction, page);
      const at = now();
      if (page.incognito && !incognito) {
        return { today: localIsoDate(at), actions: wikiActions(claims), anchors: [], notice: PRIVATE_WINDOW };
      }
      const key = pageKeyOf(page.url, claims.page.id);
      if (!pageRate.allows(page.origin, at) && !(await getPage(db, key))) throw new RefusedRequest(TOO_MANY_PAGES);
      // A page reached by rewriting the address of another (history.replaceState) may not empty that page.
      const loadedHere = loadedUrl !== undefined && withoutFragment(loadedUrl) === withoutFragment(page.url);
      const result = await syncPage(db, claims, { url: page.url, now: at, mayEmptyPage: loadedHere, site: { key: page.origin, maxBytes: MAX_SITE_BYTES } });
      if (result.pageAdded) pageRate.added(page.origin, at);
      if (result.refused > 0) notices.push(SITE_FULL);
      const reply = await pageActions(page.url, result.tasks, settings, claims.page.id);
      if (notices.length) reply.notice = notices.join(' ');
      const viewer = claims.page.viewer;
      const question = viewer && identityQuestionFor(page.host, viewer, settings);
      if (question) reply.identityQuestion = question;
      scans.get(page.tabId)?.(claims.tasks.length);
      void changed(result.tasks.map((t) => t.id), page.tabId);
      return reply;
    },
    async getPageActions({ url, ids }, sender) {
      const page = pageSender(sender);
      checkSameAddress(url, page);
      const shown = (await getTasks(db, ids)).tasks.filter((record) => shownOn(record, page.url));
      return pageActions(page.url, shown, await loadSettings());
    },
    async editAction({ id, edit }, sender) {
      if (!isExtensionPage(sender)) writingPage(sender);
      await visibleTask(id, sender);
      const record = await setUserFields(db, id, edit, now());
      void changed([id], sender.tab?.id);
      return actionFor(record);
    },
    async addAction(data, sender) {
      const page = writingPage(sender);
      checkSameAddress(data.url, page);
      const record = await addUserTask(db, { ...data, url: page.url, assignees: data.assignees.map(boundedPerson) }, now());
      void changed([record.id], page.tabId);
      return actionFor(record);
    },
    async answerIdentity({ site, viewer, accepted }, sender) {
      const page = writingPage(sender);
      if (site.toLowerCase() !== page.host.toLowerCase()) throw new RefusedRequest('Agendum asks who you are only on the site of the page you are reading.');
      const person = boundedPerson(viewer);
      const settings = await loadSettings();
      const next = accepted ? acceptIdentity(settings, page.host, person) : declineIdentity(settings, page.host, person);
      await saveSettings({ identities: next.identities, declinedViewers: next.declinedViewers });
      await changed([]);
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
      await changed([]);
      return { deleted };
    },
    async forgetSite({ origin }) {
      const deleted = await forgetSite(db, origin);
      await changed([]);
      return { deleted };
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

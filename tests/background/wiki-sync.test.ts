// Write-back and pull as the background runs them: with the switch on for a wiki, a change is sent through a
// tab on that wiki (here a stand-in for the content script that makes the request as the page would); with no
// such tab it waits and goes when one opens; with the switch off nothing is sent. Against tests/fake-confluence.
import 'fake-indexeddb/auto';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBackground, type Background } from '../../lib/background/create-background';
import { extractPage } from '../../lib/extract';
import { scopedId, scopeExtraction } from '../../lib/sites/page-scope';
import { saveSettings } from '../../lib/platform/settings';
import { loadKnownWikis, loadWikiLog } from '../../lib/platform/wiki-state';
import { getTask, openAgendumDb, type AgendumDb } from '../../lib/store';
import type { WikiRequest } from '../../lib/wiki-sync';
import { openWikiTab, type WikiTab } from '../fake-confluence/page-requester';
import type { FakeConfluence } from '../fake-confluence/server';
import { startCloudWiki, startServerWiki } from '../fake-confluence/wikis';
import { extensionSender, tabSender } from '../helpers/senders';

const NOW = new Date('2026-03-03T10:00:00Z');
let wiki: FakeConfluence;
let db: AgendumDb;
let background: Background;
let stop: AbortController;
/** The tabs open, by id: what the browser reports and what their content script would do. */
let tabs: Map<number, WikiTab>;

beforeEach(async () => {
  fakeBrowser.reset();
  tabs = new Map();
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async () =>
    [...tabs].map(([id, tab]) => ({ id, url: tab.url }) as never),
  );
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    id: number,
    message: { name: string; data: { request: WikiRequest } },
  ) => {
    const tab = tabs.get(id);
    if (!tab) throw new Error('Could not establish connection. Receiving end does not exist.');
    return message.name === 'wikiRequest' ? tab.request(message.data.request) : undefined;
  }) as never);
  db = await openAgendumDb({ name: `wiki-sync-${Math.random()}` });
  stop = new AbortController();
  background = createBackground({ db, now: () => NOW, signal: stop.signal });
});
afterEach(async () => {
  stop.abort();
  vi.restoreAllMocks();
  db.close();
  await wiki.close();
});

/** Opens page `pageId` in tab `tabId` and lets Agendum read it, as the content script would. */
async function visit(pageId: string, tabId = 7) {
  const tab = await openWikiTab(wiki, pageId);
  tabs.set(tabId, tab);
  // As the content script sends it: ids in the page's origin's namespace, as the store keeps them.
  const extraction = scopeExtraction(extractPage(parseHTML(tab.html).document, { url: tab.url }), tab.url);
  await background.handlers.syncPage({ url: tab.url, extraction }, tabSender(tab.url, { tabId }));
  await vi.waitFor(async () => expect((await loadKnownWikis())[wiki.origin]).toBeDefined());
  return extraction;
}

const fromPopup = extensionSender();
const writes = () => wiki.restRequests().filter((r) => r.method !== 'GET');
const host = () => new URL(wiki.origin).host;

describe('write-back to Confluence Server/Data Center', () => {
  beforeEach(async () => {
    wiki = await startServerWiki();
  });

  it('sends nothing while the switch is off, even for a change the reader made', async () => {
    const { tasks } = await visit('1001');
    const action = await background.handlers.editAction({ id: tasks[0]!.id, edit: { status: 'done' } }, fromPopup);
    expect(action).toMatchObject({ status: 'done' });
    expect(action.wikiWrite).toBeUndefined();
    expect(wiki.restRequests()).toEqual([]);
    expect((await loadKnownWikis())[wiki.origin]).toEqual({
      kind: 'confluence-server',
      base: wiki.base,
      seenOn: wiki.pageUrl('1001'),
    });
  });

  it('marks done on the wiki, through the wiki’s tab, for a change made in the popup', async () => {
    await saveSettings({ wikiSync: [{ origin: wiki.origin, pullDaily: false }] });
    const { tasks } = await visit('1001');
    expect(writes()).toEqual([]);
    const action = await background.handlers.editAction({ id: tasks[0]!.id, edit: { status: 'done' } }, fromPopup);
    expect(action.status).toBe('done');
    expect(action.wikiWrite).toBeUndefined();
    expect(writes()).toEqual([
      expect.objectContaining({
        path: '/confluence/rest/inlinetasks/1/task/1001/1/',
        origin: wiki.origin,
        body: { status: 'CHECKED', trigger: 'VIEW_PAGE' },
        status: 200,
      }),
    ]);
    expect(wiki.page('1001').tasks[0]!.done).toBe(true);
    // Reading the page again finds it done on the wiki: nothing more to send, the action stays done.
    const again = await visit('1001');
    expect(again.tasks[0]!.status).toBe('done');
    expect(await getTask(db, tasks[0]!.id)).toMatchObject({ effectiveStatus: 'done' });
    expect(writes()).toHaveLength(1);
    const [entry] = await loadWikiLog();
    expect(entry).toMatchObject({
      kind: 'write',
      subject: 'Send the minutes to the steering group',
      result: 'Set to done on the wiki.',
    });
    expect(entry!.requests).toEqual([
      'GET /confluence/rest/api/content/1001?expand=body.storage → 200',
      'POST /confluence/rest/inlinetasks/1/task/1001/1/ → 200',
    ]);
  });

  it('holds a change made while no tab is on the wiki (“not on the wiki yet”) and sends it when one opens', async () => {
    await saveSettings({ wikiSync: [{ origin: wiki.origin, pullDaily: false }] });
    const { tasks } = await visit('1001');
    tabs.clear();
    const held = await background.handlers.editAction({ id: tasks[1]!.id, edit: { status: 'done' } }, fromPopup);
    expect(held).toMatchObject({
      status: 'done',
      wikiWrite: { state: 'held', message: `Agendum sends it when a page of ${host()} is open in a tab.` },
    });
    expect(writes()).toEqual([]);
    await visit('1003', 9);
    await vi.waitFor(() => expect(wiki.page('1001').tasks[1]!.done).toBe(true));
    expect(writes()[0]).toMatchObject({ path: '/confluence/rest/inlinetasks/1/task/1001/2/', origin: wiki.origin });
    await vi.waitFor(async () => expect((await getTask(db, tasks[1]!.id))?.wikiWrite).toBeUndefined());
  });

  it('keeps the local status when the wiki refuses, says why, and sends it on Retry once it can', async () => {
    await saveSettings({ wikiSync: [{ origin: wiki.origin, pullDaily: false }] });
    const { tasks } = await visit('1002');
    const own = tasks.find((t) => t.text === 'Collect the budget figures')!;
    const refused = await background.handlers.editAction({ id: own.id, edit: { status: 'done' } }, fromPopup);
    expect(refused).toMatchObject({
      status: 'done',
      wikiWrite: {
        state: 'held',
        message: 'You can view but not edit this page, so the wiki did not take the change.',
      },
    });
    expect(wiki.page('1002').tasks[0]!.done).toBe(false);
    // A refusal a page visit does not change waits for Retry: visiting the wiki again sends nothing.
    const posts = writes().length;
    await visit('1001');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writes()).toHaveLength(posts);
    wiki.page('1002').readOnly = false;
    const retried = await background.handlers.retryWikiWrite({ id: own.id }, fromPopup);
    expect(retried.status).toBe('done');
    expect(retried.wikiWrite).toBeUndefined();
    expect(wiki.page('1002').tasks[0]!.done).toBe(true);
  });

  it('writes a Task Report row’s task to the page it lives on', async () => {
    await saveSettings({ wikiSync: [{ origin: wiki.origin, pullDaily: false }] });
    const { tasks } = await visit('1002');
    const row = tasks.find((t) => t.text === 'Draft the hiring plan')!;
    expect(row).toMatchObject({ origin: 'task-report', contentId: '1003', taskId: '4' });
    await background.handlers.editAction({ id: row.id, edit: { status: 'done' } }, fromPopup);
    expect(writes()[0]).toMatchObject({ path: '/confluence/rest/inlinetasks/1/task/1003/4/', status: 200 });
    expect(wiki.page('1003').tasks[0]!.done).toBe(true);
  });

  it('drops a held change when the switch is turned off, sending nothing', async () => {
    await saveSettings({ wikiSync: [{ origin: wiki.origin, pullDaily: false }] });
    const { tasks } = await visit('1001');
    tabs.clear();
    await background.handlers.editAction({ id: tasks[0]!.id, edit: { status: 'done' } }, fromPopup);
    await saveSettings({ wikiSync: [] });
    await visit('1001');
    await vi.waitFor(async () => expect((await getTask(db, tasks[0]!.id))?.wikiWrite).toBeUndefined());
    expect(writes()).toEqual([]);
    expect((await getTask(db, tasks[0]!.id))?.effectiveStatus).toBe('done');
  });

  it('pulls the reader’s open tasks, pages never opened included, without duplicates and without writing anything', async () => {
    await saveSettings({ wikiSync: [{ origin: wiki.origin, pullDaily: false }] });
    await visit('1001');
    const report = await background.handlers.pullWikiTasks({ origin: wiki.origin }, fromPopup);
    expect(report).toEqual({ added: 2, updated: 0, leftOut: 0 });
    await expect(background.handlers.pullWikiTasks({ origin: wiki.origin }, fromPopup)).resolves.toEqual({
      added: 0,
      updated: 0,
      leftOut: 0,
    });
    const hiring = await getTask(db, scopedId(wiki.origin, `${host()}:1003:4`));
    expect(hiring).toMatchObject({
      wiki: { text: 'Draft the hiring plan', due: '2026-03-20', sourcePage: { title: 'Planning 2026-02-23' } },
      effectiveStatus: 'open',
    });
    // Reading the page later finds the same task, not a second one.
    const read = await visit('1003');
    expect(read.tasks.map((t) => t.id)).toContain(hiring!.id);
    expect(writes()).toEqual([]);
  });

  it('says what to do when no tab is on the wiki or the switch is off', async () => {
    await visit('1001');
    await expect(background.handlers.pullWikiTasks({ origin: wiki.origin }, fromPopup)).rejects.toThrow(
      /Turn on syncing with .* first/,
    );
    await saveSettings({ wikiSync: [{ origin: wiki.origin, pullDaily: false }] });
    tabs.clear();
    await expect(background.handlers.pullWikiTasks({ origin: wiki.origin }, fromPopup)).rejects.toThrow(
      /Open a page of .* in a tab first/,
    );
    expect(wiki.restRequests()).toEqual([]);
  });
});

describe('write-back to Confluence Cloud', () => {
  beforeEach(async () => {
    wiki = await startCloudWiki();
  });

  it('marks done from the page itself, logs how the task was found, and pulls daily when due', async () => {
    await saveSettings({ wikiSync: [{ origin: wiki.origin, pullDaily: true }] });
    const { tasks } = await visit('2001');
    await vi.waitFor(async () =>
      expect((await loadKnownWikis())[wiki.origin]?.lastPull).toMatchObject({ added: 3, source: 'cloud-tasks' }),
    );
    const action = await background.handlers.editAction(
      { id: tasks[0]!.id, edit: { status: 'done' } },
      tabSender(wiki.pageUrl('2001'), { tabId: 7 }),
    );
    expect(action.wikiWrite).toBeUndefined();
    expect(writes()).toEqual([
      expect.objectContaining({
        method: 'PUT',
        path: '/wiki/api/v2/tasks/9001',
        body: { status: 'complete' },
        status: 200,
      }),
    ]);
    const [entry] = await loadWikiLog();
    expect(entry).toMatchObject({
      kind: 'write',
      matchedBy: "the page's storage format links the task's uuid to its task id",
    });
  });
});

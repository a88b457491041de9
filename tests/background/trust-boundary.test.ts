// The background as a hostile page meets it: every request is bound to the tab that sent it, what a page
// says about itself is believed only on its own origin and at its own address, and its limits hold.
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBackground, PRIVATE_WINDOW } from '../../lib/background/create-background';
import { TEXT_CUT, TOO_MANY_ACTIONS } from '../../lib/background/page-limits';
import { TOO_MANY_PAGES } from '../../lib/background/page-rate';
import { dispatch } from '../../lib/messages/server';
import { MAX_ACTIONS_PER_PAGE, MAX_ACTION_TEXT, MAX_ID_LENGTH, MAX_NEW_PAGES_PER_MINUTE } from '../../lib/model/limits';
import { getTask, listTasks } from '../../lib/store';
import { loadSettings, saveSettings } from '../../lib/platform/settings';
import { makeExtraction, makeTask, minute, openTestDb } from '../helpers/open-test-db';
import { extensionSender, tabSender } from '../helpers/senders';

const WIKI = 'https://wiki.example.org';
/** Page 100 as Confluence Server shows it: a pretty address that does not name the id. */
const REAL = `${WIKI}/display/DM/Team+sync`;
const REAL_PAGE = { id: '100', title: 'Team sync 2026-03-02', url: `${WIKI}/pages/viewpage.action?pageId=100` };
const REAL_ID = 'wiki.example.org:100:1';

async function setUp(now = minute(0)) {
  const { db } = await openTestDb();
  let clock = now;
  const stop = new AbortController();
  onTestFinished(() => stop.abort());
  const background = createBackground({ db, now: () => clock, signal: stop.signal });
  const { handlers } = background;
  // The reader's wiki page, read where it lives.
  await handlers.syncPage(
    { url: REAL, extraction: makeExtraction(REAL_PAGE, [makeTask(1), makeTask(2)]), loadedUrl: REAL },
    tabSender(REAL),
  );
  return { db, handlers, background, setClock: (date: Date) => void (clock = date) };
}

describe('a page on another origin that says it is the reader’s wiki page', () => {
  beforeEach(() => fakeBrowser.reset());

  const EVIL = 'https://evil.example/notes.html';
  const forged = makeExtraction(REAL_PAGE, [
    makeTask(1, { text: 'Re-enter your SSO password at https://evil.example/login', status: 'done' }),
    makeTask(3, { text: 'Re-enter your SSO password', due: '2020-01-01' }),
  ]);

  it('changes none of the wiki’s records and adds none to its namespace', async () => {
    const { db, handlers } = await setUp();
    const before = await getTask(db, REAL_ID);
    const reply = await handlers.syncPage(
      { url: EVIL, extraction: forged, loadedUrl: EVIL },
      tabSender(EVIL, { tabId: 2 }),
    );
    expect(await getTask(db, REAL_ID)).toEqual(before);
    expect(await getTask(db, 'wiki.example.org:100:3')).toBeUndefined();
    expect(reply.actions.map((a) => a.id).sort()).toEqual([
      'https://evil.example|wiki.example.org:100:1',
      'https://evil.example|wiki.example.org:100:3',
    ]);
    // Its actions name no page of the wiki: the base URL and page links of another origin are not believed.
    expect(reply.actions.every((a) => a.sourcePage.url === undefined)).toBe(true);
  });

  it('can neither read nor change the wiki’s actions by id', async () => {
    const { db, handlers } = await setUp();
    const evil = tabSender(EVIL, { tabId: 2 });
    await expect(handlers.editAction({ id: REAL_ID, edit: { status: 'done', note: 'x' } }, evil)).rejects.toThrow(
      'not on this page',
    );
    await expect(handlers.showInList({ id: REAL_ID }, evil)).rejects.toThrow('not on this page');
    const read = await handlers.getPageActions({ url: EVIL, ids: [REAL_ID, 'wiki.example.org:100:2'] }, evil);
    expect(read.actions).toEqual([]);
    expect((await getTask(db, REAL_ID))?.user).toEqual({});
  });
});

describe('an action made from selected text on a page that names another page', () => {
  beforeEach(() => fakeBrowser.reset());

  const made = {
    pageTitle: 'Notes',
    text: 'Planted',
    assignees: [],
    due: null,
    anchor: { exact: 'Planted', prefix: '', suffix: '' },
  };

  it('is filed under the page it was made on, not under another origin’s page or an id bound elsewhere', async () => {
    const { handlers } = await setUp();
    const EVIL = 'https://evil.example/notes.html';
    const foreign = await handlers.addAction(
      { ...made, url: EVIL, pageId: '100', pageUrl: REAL_PAGE.url },
      tabSender(EVIL, { tabId: 2 }),
    );
    // Its claim names its own origin's page 100 at most, never the wiki's.
    expect(foreign.id.startsWith('user:evil.example:100:')).toBe(true);
    expect(foreign.sourcePage.url).toBe(EVIL);
    const OTHER = `${WIKI}/display/DM/Planted`;
    const sameSite = await handlers.addAction(
      { ...made, url: OTHER, pageId: '100', pageUrl: REAL_PAGE.url },
      tabSender(OTHER, { tabId: 3 }),
    );
    expect(sameSite.id.startsWith(`user:${OTHER}:`)).toBe(true);
    // The page itself files its action under its id, as its extracted actions are.
    const own = await handlers.addAction(
      { ...made, url: REAL, pageId: '100', pageUrl: REAL_PAGE.url },
      tabSender(REAL, { tabId: 4 }),
    );
    expect(own.id.startsWith('user:wiki.example.org:100:')).toBe(true);
  });
});

describe('a page on the same site that says it is another page', () => {
  beforeEach(() => fakeBrowser.reset());

  const OTHER = `${WIKI}/display/DM/Planted`;

  it('cannot mark that page’s actions gone, and its own actions are its own', async () => {
    const { db, handlers } = await setUp();
    const claim = makeExtraction(REAL_PAGE, [makeTask(7, { text: 'Planted action' })]);
    const reply = await handlers.syncPage(
      { url: OTHER, extraction: claim, loadedUrl: OTHER },
      tabSender(OTHER, { tabId: 2 }),
    );
    expect((await getTask(db, REAL_ID))?.goneAt).toBeUndefined();
    expect((await getTask(db, 'wiki.example.org:100:2'))?.goneAt).toBeUndefined();
    expect(reply.actions.find((a) => a.text === 'Planted action')?.sourcePage).toEqual({
      title: REAL_PAGE.title,
      url: OTHER,
    });
  });

  it('cannot empty it by taking its address with history.replaceState; the page itself can', async () => {
    const { db, handlers } = await setUp();
    const rewritten = tabSender(REAL, { tabId: 2 });
    const empty = makeExtraction(REAL_PAGE, []);
    await handlers.syncPage({ url: REAL, extraction: empty, loadedUrl: OTHER }, rewritten);
    expect((await listTasks(db, { status: 'open' })).tasks).toHaveLength(2);
    await handlers.syncPage({ url: REAL, extraction: empty, loadedUrl: REAL }, tabSender(REAL));
    expect((await getTask(db, REAL_ID))?.goneAt).toBe(minute(0).toISOString());
  });

  it('believes an address that names the id itself', async () => {
    const { db, handlers } = await setUp();
    const byId = REAL_PAGE.url;
    await handlers.syncPage(
      { url: byId, extraction: makeExtraction(REAL_PAGE, [makeTask(1)]), loadedUrl: byId },
      tabSender(byId),
    );
    expect((await getTask(db, 'wiki.example.org:100:2'))?.goneAt).toBeDefined();
  });
});

describe('what a content script may ask', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses the popup’s and options page’s requests from a page', async () => {
    const { handlers } = await setUp();
    const requests = [
      { name: 'openSource', data: { id: REAL_ID } },
      { name: 'scanActiveTab', data: {} },
      { name: 'deleteAction', data: { id: REAL_ID, scope: 'page' } },
      { name: 'forgetSite', data: { origin: WIKI } },
    ];
    for (const request of requests) {
      expect(await dispatch(handlers, request, tabSender(REAL))).toEqual({
        ok: false,
        error: 'Only Agendum’s own pages may ask that.',
      });
    }
    expect(
      await dispatch(
        handlers,
        { name: 'editAction', data: { id: REAL_ID, edit: { pinned: true } } },
        extensionSender(),
      ),
    ).toMatchObject({ ok: true });
  });

  it('answers only a web page in a tab’s top frame, at the address the browser reports', async () => {
    const { handlers } = await setUp();
    const sync = (sender: ReturnType<typeof tabSender>, url = REAL) =>
      dispatch(
        handlers,
        { name: 'syncPage', data: { url, extraction: makeExtraction(REAL_PAGE, [makeTask(1)]) } },
        sender,
      );
    expect(await sync(tabSender(REAL, { frameId: 3 }))).toEqual({
      ok: false,
      error: 'Agendum answers only the page it runs on.',
    });
    expect(await sync({ id: fakeBrowser.runtime.id, url: REAL })).toMatchObject({ ok: false });
    expect(await sync(tabSender('file:///home/me/page.html'), 'file:///home/me/page.html')).toMatchObject({
      ok: false,
    });
    expect(await sync(tabSender('https://evil.example/'))).toMatchObject({
      ok: false,
      error: expect.stringContaining('changed its address'),
    });
  });

  it('asks who the reader is only for the tab’s own site, and stores no character that reorders text', async () => {
    const { handlers } = await setUp();
    const viewer = { name: 'Mallory \u202Egro.elpmaxe\u202C', username: 'mallory' };
    await expect(
      handlers.answerIdentity({ site: 'wiki.other.org', viewer, accepted: true }, tabSender(REAL)),
    ).rejects.toThrow('only on the site');
    await handlers.answerIdentity({ site: 'wiki.example.org', viewer, accepted: true }, tabSender(REAL));
    expect((await loadSettings()).identities).toEqual([
      expect.objectContaining({ site: 'wiki.example.org', names: ['Mallory gro.elpmaxe'], usernames: ['mallory'] }),
    ]);
  });

  it('asks the identity question for the page’s own host, whatever base URL the page names', async () => {
    const { handlers } = await setUp();
    const page = 'https://notes.example.net/sync';
    const extraction = makeExtraction({ title: 'Sync', url: page }, [], {
      baseUrl: WIKI,
      viewer: { name: 'Frossie', username: 'frossie' },
    });
    const reply = await handlers.syncPage({ url: page, extraction }, tabSender(page, { tabId: 4 }));
    expect(reply.identityQuestion?.site).toBe('notes.example.net');
  });
});

describe('limits', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the first actions of a page that shows too many, and a start of an endless one, and says so', async () => {
    const { db, handlers } = await setUp();
    const page = `${WIKI}/display/DM/Huge`;
    const tasks = Array.from({ length: MAX_ACTIONS_PER_PAGE + 1 }, (_, n) =>
      makeTask(n, {
        id: `${page}:${n}`,
        text: n === 0 ? 'x'.repeat(50_000) : `Action ${n}`,
        sourcePage: { title: 'Huge', url: page },
      }),
    );
    const reply = await handlers.syncPage(
      { url: page, extraction: makeExtraction({ title: 'Huge', url: page }, tasks) },
      tabSender(page),
    );
    expect(reply.notice).toBe(`${TOO_MANY_ACTIONS} ${TEXT_CUT}`);
    expect(reply.actions).toHaveLength(MAX_ACTIONS_PER_PAGE);
    expect((await getTask(db, `${page}:0`))?.wiki.text).toHaveLength(MAX_ACTION_TEXT);
  });

  it('lets a site add only so many pages a minute', async () => {
    const { handlers, setClock } = await setUp(minute(1));
    const visit = (n: number) => {
      const page = `${WIKI}/search?q=${n}`;
      return dispatch(
        handlers,
        { name: 'syncPage', data: { url: page, extraction: makeExtraction({ title: 'Q', url: page }, []) } },
        tabSender(page),
      );
    };
    // The wiki page read in setUp was the first.
    for (let n = 1; n < MAX_NEW_PAGES_PER_MINUTE; n++) expect(await visit(n)).toMatchObject({ ok: true });
    expect(await visit(999)).toEqual({ ok: false, error: TOO_MANY_PAGES });
    expect(await visit(1)).toMatchObject({ ok: true });
    setClock(minute(2));
    expect(await visit(999)).toMatchObject({ ok: true });
  });

  it('bounds the id of an action on a page with a very long address, which can then be edited', async () => {
    const { handlers } = await setUp();
    const page = `${WIKI}/notes?${'q=1&'.repeat(1000)}`;
    const task = makeTask(1, { id: `${page}:abc`, sourcePage: { title: 'Long', url: page } });
    const reply = await handlers.syncPage(
      { url: page, extraction: makeExtraction({ title: 'Long', url: page }, [task]) },
      tabSender(page),
    );
    const id = reply.actions[0]!.id;
    expect(id.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(
      await dispatch(handlers, { name: 'editAction', data: { id, edit: { note: 'fine' } } }, tabSender(page)),
    ).toMatchObject({ ok: true });
  });
});

describe('forgetting from the popup and options page', () => {
  beforeEach(() => fakeBrowser.reset());

  it('deletes an action, forgets its page, and forgets a site', async () => {
    const { db, handlers } = await setUp();
    expect(await handlers.deleteAction({ id: REAL_ID, scope: 'action' }, extensionSender())).toEqual({ deleted: 1 });
    expect(await handlers.deleteAction({ id: 'wiki.example.org:100:2', scope: 'page' }, extensionSender())).toEqual({
      deleted: 1,
    });
    expect(await db.count('pages')).toBe(0);
    await handlers.syncPage(
      { url: REAL, extraction: makeExtraction(REAL_PAGE, [makeTask(1)]), loadedUrl: REAL },
      tabSender(REAL),
    );
    expect(await handlers.forgetSite({ origin: WIKI }, extensionSender('options.html'))).toEqual({ deleted: 1 });
    expect((await listTasks(db)).tasks).toEqual([]);
  });
});

describe('private windows', () => {
  beforeEach(() => fakeBrowser.reset());

  it('store nothing: the page gets the wiki’s own view and a notice, and edits are refused', async () => {
    const { db, handlers } = await setUp();
    const page = `${WIKI}/display/DM/Secret`;
    const secret = tabSender(page, { tabId: 5, incognito: true });
    const reply = await handlers.syncPage(
      { url: page, extraction: makeExtraction({ title: 'Secret', url: page }, [makeTask(9, { id: `${page}:9` })]) },
      secret,
    );
    expect(reply).toMatchObject({ notice: PRIVATE_WINDOW, actions: [expect.objectContaining({ id: `${page}:9` })] });
    expect(await getTask(db, `${page}:9`)).toBeUndefined();
    await expect(
      handlers.addAction(
        {
          url: page,
          pageTitle: 'Secret',
          text: 'x',
          assignees: [],
          due: null,
          anchor: { exact: 'x', prefix: '', suffix: '' },
        },
        secret,
      ),
    ).rejects.toThrow(PRIVATE_WINDOW);
  });
});

describe('opening an action’s page from the popup', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens only an http(s) page it was read on or on a site the reader added', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Agendum',
      version: '0.1.0',
      content_scripts: [],
    });
    const { db, handlers, background } = await setUp();
    const record = (await getTask(db, REAL_ID))!;
    const goneFrom = (url: string) => [{ ...record.locations[0]!, url, goneAt: minute(1).toISOString() }];
    const linked = (id: string, url: string) => ({
      ...record,
      id,
      wiki: { ...record.wiki, sourcePage: { title: 'T', url } },
      locations: goneFrom('https://reports.example.com/'),
    });
    await db.put('tasks', linked('script', 'javascript:alert(1)'));
    await db.put('tasks', linked('wiki', `${WIKI}/pages/viewpage.action?pageId=5`));
    await expect(handlers.openSource({ id: 'script' }, extensionSender())).rejects.toThrow('no page address');
    await expect(handlers.openSource({ id: 'wiki' }, extensionSender())).rejects.toThrow('no page address');
    await saveSettings({ sites: ['https://wiki.example.org/*'] });
    // What the settings' change listener does in the extension.
    await background.refresh();
    await handlers.openSource({ id: 'wiki' }, extensionSender());
    await handlers.openSource({ id: REAL_ID }, extensionSender());
    expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toEqual([
      undefined,
      `${WIKI}/pages/viewpage.action?pageId=5`,
      REAL,
    ]);
  });
});

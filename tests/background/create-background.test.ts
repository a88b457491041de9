import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createBackground } from '../../lib/background/create-background';
import { extractPage } from '../../lib/extract';
import { openAgendumDb } from '../../lib/store';
import { pendingIdentityQuestion } from '../../lib/platform/identity-question';
import { keptScreenFor, readKeptFirstScreens } from '../../lib/platform/kept-first-screen';
import { readFirstScreen } from '../../lib/platform/read-first-screen';
import { saveFilter } from '../../lib/platform/saved-filter';
import { loadSettings } from '../../lib/platform/settings';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import { loadFixture } from '../helpers/load-fixture';
import { tabSender } from '../helpers/senders';

const URL_SEEN = 'http://127.0.0.1:8080/confluence-server/dmlt-2022-10-18.html';
const NOW = new Date('2026-11-28T12:00:00Z');
const sender = tabSender(URL_SEEN);
/** The seed page says its wiki is https://confluence.lsstcorp.org; served here, its ids are this origin's. */
const HERS = 'http://127.0.0.1:8080|confluence.lsstcorp.org:237046101:7';

async function setUpWithDb() {
  const db = await openAgendumDb({ name: `bg-${Math.random()}` });
  const stop = new AbortController();
  onTestFinished(() => stop.abort());
  return { db, background: createBackground({ db, now: () => NOW, signal: stop.signal }) };
}

async function setUp() {
  return (await setUpWithDb()).background;
}

/** The seed page synced, and its viewer accepted as the reader. */
async function setUpHerAccepted() {
  const { db, background } = await setUpWithDb();
  const extraction = extractPage(loadFixture('confluence-server/dmlt-2022-10-18.html'));
  await background.handlers.syncPage({ url: URL_SEEN, extraction }, sender);
  await background.handlers.answerIdentity(
    { site: '127.0.0.1:8080', viewer: extraction.page.viewer!, accepted: true },
    sender,
  );
  return { db, background };
}

describe('the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stores a page, answers with its 16 actions, and asks once who the viewer is', async () => {
    const { handlers } = await setUp();
    const extraction = extractPage(loadFixture('confluence-server/dmlt-2022-10-18.html'));
    const reply = await handlers.syncPage({ url: URL_SEEN, extraction }, sender);
    expect(reply.actions).toHaveLength(16);
    expect(reply.today).toBe('2026-11-28');
    expect(reply.identityQuestion).toEqual({ site: '127.0.0.1:8080', viewer: extraction.page.viewer });
  });

  it('counts the viewer’s 3 overdue actions on the badge once she says it is her, and 2 after one is done', async () => {
    const background = await setUp();
    const extraction = extractPage(loadFixture('confluence-server/dmlt-2022-10-18.html'));
    await background.handlers.syncPage({ url: URL_SEEN, extraction }, sender);
    await background.refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');

    await background.handlers.answerIdentity(
      { site: '127.0.0.1:8080', viewer: extraction.page.viewer!, accepted: true },
      sender,
    );
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    const again = await background.handlers.syncPage({ url: URL_SEEN, extraction }, sender);
    expect(again.identityQuestion).toBeUndefined();
    expect(again.actions.filter((a) => a.mine)).toHaveLength(3);

    const edited = await background.handlers.editAction({ id: HERS, edit: { status: 'done' } }, sender);
    expect(edited.status).toBe('done');
    // From the edited record alone: no refresh.
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('2'));
    await background.refresh();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('keeps the popup’s first "Mine" screen right after each change, as the popup would read it from the store', async () => {
    const { db, background } = await setUpHerAccepted();
    const kept = async () => {
      const { identities } = await loadSettings();
      return keptScreenFor(await readKeptFirstScreens(), '2026-11-28', identities, 'mine');
    };
    const fromStore = async () => readFirstScreen(db, '2026-11-28', 'mine', (await loadSettings()).identities);
    await vi.waitFor(async () => expect((await kept())?.overdue.count).toBe(3));
    expect(await kept()).toEqual(await fromStore());

    await background.handlers.editAction({ id: HERS, edit: { status: 'done' } }, sender);
    await vi.waitFor(async () => expect((await kept())?.overdue.count).toBe(2));
    expect(await kept()).toEqual(await fromStore());
  });

  it('keeps "Everyone" too once the popup is left on it, read from the store after changes pause', async () => {
    const { db, background } = await setUpHerAccepted();
    const everyone = async () =>
      keptScreenFor(await readKeptFirstScreens(), '2026-11-28', (await loadSettings()).identities, 'everyone');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The popup opens on "Mine": nothing reads "Everyone".
    expect(await everyone()).toBeUndefined();

    await saveFilter({ scope: 'everyone' });
    await background.keepFirstScreens();
    await vi.waitFor(async () => expect((await everyone())?.overdue.count).toBe(11), { timeout: 5000 });
    expect(await everyone()).toEqual(
      await readFirstScreen(db, '2026-11-28', 'everyone', (await loadSettings()).identities),
    );
  });

  it('asks no more once the reader says "No", and opens the options page where she says who she is', async () => {
    const background = await setUp();
    const extraction = extractPage(loadFixture('confluence-server/dmlt-2022-10-18.html'));
    await background.handlers.syncPage({ url: URL_SEEN, extraction }, sender);
    // Unanswered, the question waits for the popup to ask it too.
    await vi.waitFor(async () =>
      expect(await pendingIdentityQuestion(DEFAULT_SETTINGS)).toEqual({
        site: '127.0.0.1:8080',
        viewer: extraction.page.viewer,
      }),
    );
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await background.handlers.answerIdentity(
      { site: '127.0.0.1:8080', viewer: extraction.page.viewer!, accepted: false },
      sender,
    );
    expect(opened).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#identities$/) });
    expect(await pendingIdentityQuestion(DEFAULT_SETTINGS)).toBeUndefined();
    const again = await background.handlers.syncPage({ url: URL_SEEN, extraction }, sender);
    expect(again.identityQuestion).toBeUndefined();
    expect(again.actions.filter((a) => a.mine)).toHaveLength(0);
  });

  it('returns an action made from selected text with its page, and where it sits, on the next visit', async () => {
    const { handlers } = await setUp();
    const extraction = extractPage(loadFixture('confluence-server/dmlt-2022-10-18.html'));
    const anchor = { exact: 'Book the room', prefix: 'Agreed: ', suffix: ' for May', start: 1200 };
    const added = await handlers.addAction(
      { url: URL_SEEN, pageTitle: 'DMLT', text: 'Book the room', assignees: [], due: '2030-01-15', anchor },
      sender,
    );
    const reply = await handlers.syncPage({ url: URL_SEEN, extraction }, sender);
    expect(reply.actions.map((a) => a.id)).toContain(added.id);
    expect(reply.actions).toHaveLength(17);
    expect(reply.anchors).toEqual([{ id: added.id, quote: anchor }]);
    const again = await handlers.getPageActions({ url: URL_SEEN, ids: reply.actions.map((a) => a.id) }, sender);
    expect(again.anchors).toEqual([{ id: added.id, quote: anchor }]);
  });

  it('files an action made from selected text under the page itself: it returns on a visit by another address', async () => {
    const { handlers } = await setUp();
    const extraction = extractPage(loadFixture('confluence-server/dmlt-2022-10-18.html'));
    const own = extraction.tasks.find((task) => task.sourcePage.id === extraction.page.id)!.sourcePage;
    const anchor = { exact: 'Book the room', prefix: 'Agreed: ', suffix: ' for May' };
    const made = `${URL_SEEN}&focusedCommentId=7#comment-7`;
    const added = await handlers.addAction(
      {
        url: made,
        pageTitle: 'DMLT',
        pageId: own.id,
        pageUrl: own.url,
        text: 'Book the room',
        assignees: [],
        due: null,
        anchor,
      },
      tabSender(made),
    );
    // Served here, the page's own address (on the wiki's origin) is not believed; its id, in this origin's namespace, is.
    expect(added.sourcePage).toEqual({ id: own.id, title: 'DMLT', url: `${URL_SEEN}&focusedCommentId=7` });
    const reply = await handlers.syncPage({ url: URL_SEEN, extraction }, sender);
    expect(reply.anchors).toEqual([{ id: added.id, quote: anchor }]);
  });
});

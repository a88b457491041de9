/** @vitest-environment happy-dom */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MainThread } from '../../lib/overlay/main-thread';
import { createMarkPainter } from '../../lib/overlay/mark-painter';
import { createPageSession, pageAddress, type PageSession } from '../../lib/overlay/page-session';
import { fakeOverlayApi, type FakeOverlayApi } from '../helpers/fake-overlay-api';

const URL_HERE = 'http://127.0.0.1:8000/generic/action-table.html';
// Draft the Q3 roadmap (due 2024-07-01) is overdue, the note (due 2024-07-15) is due soon.
const TODAY = '2024-07-12';
// Node's path helpers: under happy-dom the global URL is the DOM's.
const html = readFileSync(join(import.meta.dirname, '../fixtures/pages/generic/action-table.html'), 'utf8');

let api: FakeOverlayApi;
let session: PageSession;
let redraws: { all: number; panel: number };

function start(): void {
  const ctx: MainThread = {
    signal: new AbortController().signal,
    setTimeout: (handler, timeout) => setTimeout(handler, timeout) as unknown as number,
    requestAnimationFrame: (callback) => setTimeout(() => callback(performance.now()), 0) as unknown as number,
  };
  const painter = createMarkPainter(ctx, document);
  redraws = { all: 0, panel: 0 };
  session = createPageSession({
    ctx,
    doc: document,
    now: () => new Date(`${TODAY}T12:00:00Z`),
    api,
    painter,
    redraw: () => redraws.all++,
    redrawPanel: () => redraws.panel++,
  });
}

/** The state each marked element is drawn in, in page order. */
const marks = () =>
  [...document.querySelectorAll('[data-agendum-task]')].map((el) => el.getAttribute('data-agendum-state'));
const rowOf = (text: string) => [...document.querySelectorAll('tr')].find((row) => row.textContent?.includes(text))!;

beforeEach(() => {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${URL_HERE}#Actions`);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const copy = (from: Node): Node[] => [...from.childNodes].map((node) => document.importNode(node, true));
  document.head.replaceChildren(...copy(parsed.head));
  document.body.replaceChildren(...copy(parsed.body));
  api = fakeOverlayApi(TODAY);
  performance.clearMeasures();
  start();
});

describe('a page session', () => {
  it('reads the page, syncs it under its address without the fragment, marks its actions and redraws', async () => {
    await session.refresh();
    expect(api.sent('syncPage').map(([url, extraction]) => [url, extraction.tasks.length])).toEqual([[URL_HERE, 4]]);
    const rows = ['Draft the Q3 roadmap', 'Publish the hiring plan', 'Retire the old build farm', 'Write the =cmd'].map(
      rowOf,
    );
    expect(rows.map((row) => row.getAttribute('data-agendum-state'))).toEqual(['overdue', 'done', 'open', 'due-soon']);
    expect(marks()).toHaveLength(4);
    expect(redraws.all).toBe(1);
  });

  it('records the agendum:overlay measure the benchmark reads, once per pass', async () => {
    await session.refresh();
    expect(performance.getEntriesByName('agendum:overlay', 'measure')).toHaveLength(1);
  });

  it('does not send an unchanged page again, and sends it when its tasks change', async () => {
    await session.refresh();
    await session.refresh();
    expect(api.sent('syncPage')).toHaveLength(1);
    rowOf('Draft the Q3 roadmap').lastElementChild!.textContent = 'Done';
    await session.refresh();
    expect(api.sent('syncPage')).toHaveLength(2);
  });

  it('runs one pass at a time: changes during a pass make exactly one more', async () => {
    const first = session.refresh();
    void session.refresh();
    void session.refresh();
    await first;
    await vi.waitFor(() => expect(performance.getEntriesByName('agendum:overlay', 'measure')).toHaveLength(2));
    expect(api.sent('syncPage')).toHaveLength(1);
  });

  it('shows the wiki’s own view when the background cannot be reached, and says why changes are not saved', async () => {
    api.down = true;
    await session.refresh();
    expect(marks()).toEqual(['overdue', 'done', 'open', 'due-soon']);
    expect(session.error()).toMatch(/^Changes cannot be saved right now\. /);
    expect(await session.edit(session.items()[0]!.action.id, { status: 'done' })).toMatch(/could not reach/);
  });

  it('stores an edit and redraws that action and the panel', async () => {
    await session.refresh();
    const id = session.items()[0]!.action.id;
    expect(await session.edit(id, { status: 'done' })).toBeUndefined();
    expect(api.sent('edit')).toEqual([[id, { status: 'done' }]]);
    expect(rowOf('Draft the Q3 roadmap').getAttribute('data-agendum-state')).toBe('done');
    expect(session.view(id)?.state).toBe('done');
    expect(redraws.panel).toBe(1);
  });

  it('fetches the page’s actions again when one of them changed elsewhere, and only then', async () => {
    await session.refresh();
    await session.reload(['elsewhere:1']);
    expect(api.sent('pageActions')).toEqual([]);
    const id = session.items()[1]!.action.id;
    api.actions.set(id, { ...api.actions.get(id)!, status: 'open' });
    await session.reload([id]);
    expect(api.sent('pageActions')).toEqual([[URL_HERE, session.items().map((item) => item.action.id)]]);
    expect(rowOf('Publish the hiring plan').getAttribute('data-agendum-state')).toBe('overdue');
  });

  it('stores an action made from selected text, marks where its quote stands and makes it current', async () => {
    await session.refresh();
    const quote = { exact: 'Quarterly planning', prefix: '', suffix: '' };
    document.querySelector('h2')!.textContent = 'Decisions of the Quarterly planning meeting';
    const result = await session.add(
      { text: 'Plan the next meeting', assignees: ['Sam Chu'], due: null, note: '' },
      quote,
    );
    expect(result).toEqual({ id: expect.stringMatching(/^user:/) });
    const [request] = api.sent('add')[0]!;
    expect(request).toMatchObject({
      url: URL_HERE,
      pageTitle: 'Quarterly planning meeting',
      text: 'Plan the next meeting',
      anchor: quote,
    });
    const id = (result as { id: string }).id;
    expect(document.querySelector('h2')!.getAttribute('data-agendum-task')).toBe(id);
    expect(document.querySelector('h2')!.hasAttribute('data-agendum-current')).toBe(true);
    expect(session.items().find((item) => item.action.id === id)?.detached).toBe(false);
  });

  it('marks an action made from selected text where the store says its quote sits, also after the passage was edited', async () => {
    const made = {
      id: 'user:1',
      text: 'Decide the agenda',
      assignees: [],
      due: null,
      status: 'open' as const,
      mine: false,
      origin: 'text-marker' as const,
      sourcePage: { title: 'Q', url: URL_HERE },
      gone: false,
    };
    api.actions.set(made.id, made);
    // Made when the heading read "Decisions and action items"; the wiki has since shortened it.
    api.anchors.set(made.id, { exact: 'Decisions and action items', prefix: '', suffix: 'Owner', start: 0 });
    await session.refresh();
    expect(document.querySelector('h2')!.getAttribute('data-agendum-task')).toBe('user:1');
    expect(session.items().find((item) => item.action.id === 'user:1')?.detached).toBe(false);
  });

  it('answers why an action could not be added', async () => {
    await session.refresh();
    api.down = true;
    expect(
      await session.add({ text: 'x', assignees: [], due: null, note: '' }, { exact: 'Agenda', prefix: '', suffix: '' }),
    ).toEqual({
      error: expect.stringMatching(/could not reach/),
    });
  });

  it('lists an action the page no longer shows as detached, never drops it', async () => {
    await session.refresh();
    rowOf('Publish the hiring plan').remove();
    const id = api.sent('syncPage')[0]![1].tasks[1]!.id;
    expect(session.items().find((item) => item.action.id === id)?.detached).toBe(true);
  });

  it('sends the reader’s answer about who they are, then fetches which actions are theirs', async () => {
    api.syncPage = async () => ({
      ok: true,
      value: {
        today: TODAY,
        actions: [],
        anchors: [],
        identityQuestion: { site: '127.0.0.1', viewer: { name: 'Sam Chu' } },
      },
    });
    await session.refresh();
    expect(session.identityQuestion()).toEqual({ site: '127.0.0.1', viewer: { name: 'Sam Chu' } });
    await session.answerIdentity(true);
    expect(api.sent('answerIdentity')).toEqual([[{ site: '127.0.0.1', viewer: { name: 'Sam Chu' }, accepted: true }]]);
    expect(session.identityQuestion()).toBeUndefined();
    expect(api.sent('pageActions')).toHaveLength(1);
  });
});

describe('pageAddress', () => {
  it.each([
    [
      'https://wiki.example.org/pages/viewpage.action?pageId=1001#Minutes',
      'https://wiki.example.org/pages/viewpage.action?pageId=1001',
    ],
    [
      'https://wiki.example.org/pages/viewpage.action?pageId=1001',
      'https://wiki.example.org/pages/viewpage.action?pageId=1001',
    ],
    ['https://x.atlassian.net/wiki/spaces/DM/pages/1/Sync#', 'https://x.atlassian.net/wiki/spaces/DM/pages/1/Sync'],
  ])('reads %s as the page %s', (url, page) => {
    expect(pageAddress(url)).toBe(page);
  });
});

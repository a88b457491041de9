// Writing status to, and pulling tasks from, a Confluence Server/Data Center that answers like one
// (tests/fake-confluence): the requests made, what the wiki then shows, and every refusal as a problem.
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract';
import { pullMyTasks, writeStatus, type WikiSite, type WriteTarget } from '../../lib/wiki-sync';
import { NO_TASK_LIST } from '../../lib/wiki-sync/outcome';
import { openWikiTab } from '../fake-confluence/page-requester';
import type { FakeConfluence } from '../fake-confluence/server';
import { startServerWiki } from '../fake-confluence/wikis';

let wiki: FakeConfluence;
let site: WikiSite;

async function start(options: Parameters<typeof startServerWiki>[0] = {}): Promise<void> {
  wiki = await startServerWiki(options);
  site = { origin: wiki.origin, kind: 'confluence-server', base: wiki.base };
}
afterEach(() => wiki.close());

const target = (overrides: Partial<WriteTarget> = {}): WriteTarget => ({
  contentId: '1001',
  taskId: '1',
  lastSeen: 'open',
  want: 'done',
  at: '2026-03-03T10:00:00.000Z',
  text: 'Send the minutes to the steering group',
  assignees: [{ name: 'Ana Lima', username: 'alima' }],
  due: '2026-03-06',
  ...overrides,
});

function checkedIds(html: string): string[] {
  const { document } = parseHTML(html);
  return [...document.querySelectorAll('li[data-inline-task-id].checked')].map((li) =>
    li.getAttribute('data-inline-task-id')!,
  );
}

describe('writing a status to Confluence Server/Data Center', () => {
  beforeEach(() => start());

  it('posts CHECKED with the page view’s own call, as JSON from the page’s origin with its session; the page then shows it checked', async () => {
    const tab = await openWikiTab(wiki, '1001');
    await expect(writeStatus(site, target(), tab.request)).resolves.toEqual({ kind: 'sent' });
    const posts = wiki.restRequests().filter((r) => r.method === 'POST');
    expect(posts).toEqual([
      expect.objectContaining({
        path: '/confluence/rest/inlinetasks/1/task/1001/1/',
        origin: wiki.origin,
        contentType: 'application/json',
        session: true,
        body: { status: 'CHECKED', trigger: 'VIEW_PAGE' },
        status: 200,
      }),
    ]);
    expect(posts[0]!.atlassianToken).toBeUndefined();
    expect(checkedIds((await openWikiTab(wiki, '1001')).html)).toEqual(['1', '3']);
  });

  it('posts UNCHECKED to open a done task again', async () => {
    const tab = await openWikiTab(wiki, '1001');
    await expect(
      writeStatus(site, target({ taskId: '3', lastSeen: 'done', want: 'open' }), tab.request),
    ).resolves.toEqual({ kind: 'sent' });
    expect(wiki.page('1001').tasks[2]!.done).toBe(false);
  });

  it('sends nothing when the wiki already has the status', async () => {
    wiki.page('1001').tasks[0]!.done = true;
    const tab = await openWikiTab(wiki, '1001');
    await expect(writeStatus(site, target(), tab.request)).resolves.toEqual({ kind: 'already' });
    expect(wiki.restRequests().map((r) => r.method)).toEqual(['GET']);
  });

  it('lets a change made on the wiki since Agendum read it stand (Server dates no change, so the wiki’s wins)', async () => {
    // Agendum read task 3 done; in Agendum the reader reopened it and then marked it done again; meanwhile a
    // colleague reopened it on the wiki. The wiki's open is newer than what Agendum read: it is not undone.
    wiki.page('1001').tasks[2]!.done = false;
    const tab = await openWikiTab(wiki, '1001');
    const result = await writeStatus(site, target({ taskId: '3', lastSeen: 'done', want: 'done' }), tab.request);
    expect(result).toEqual({ kind: 'wiki-newer', status: 'open' });
    expect(wiki.restRequests().some((r) => r.method === 'POST')).toBe(false);
  });

  it.each([
    ['the reader may not edit the page', '1002', '1', 'forbidden'],
    ['the task is gone from its page', '1001', '99', 'not-found'],
    ['the page is gone', '4040', '1', 'not-found'],
  ])('keeps the change and says why when %s', async (_, contentId, taskId, problem) => {
    const tab = await openWikiTab(wiki, '1001');
    await expect(writeStatus(site, target({ contentId, taskId }), tab.request)).resolves.toEqual({
      kind: 'held',
      problem,
    });
    expect(wiki.page('1001').tasks[0]!.done).toBe(false);
  });

  it('says so when the wiki refuses a write from another origin (its XSRF check)', async () => {
    const tab = await openWikiTab(wiki, '1001', { origin: 'https://evil.example' });
    await expect(writeStatus(site, target(), tab.request)).resolves.toEqual({ kind: 'held', problem: 'xsrf' });
    expect(wiki.restRequests().at(-1)).toMatchObject({ method: 'POST', status: 403 });
    expect(wiki.page('1001').tasks[0]!.done).toBe(false);
  });

  it('says so when the wiki cannot be reached', async () => {
    const tab = await openWikiTab(wiki, '1001');
    await wiki.close();
    await expect(writeStatus(site, target(), tab.request)).resolves.toEqual({ kind: 'held', problem: 'network' });
    wiki = await startServerWiki();
  });

  it('says so when a merge conflict turns the write down, and when the reader is signed out', async () => {
    const tab = await openWikiTab(wiki, '1001');
    wiki.conflictNext();
    await expect(writeStatus(site, target(), tab.request)).resolves.toEqual({ kind: 'held', problem: 'conflict' });
    wiki.signOut();
    await expect(writeStatus(site, target(), tab.request)).resolves.toEqual({ kind: 'held', problem: 'signed-out' });
    expect(wiki.page('1001').tasks[0]!.done).toBe(false);
  });
});

describe('pulling the reader’s tasks from Confluence Server/Data Center', () => {
  it('lists every open task assigned to the reader through the Task Report’s backend, under the ids reading its page gives', async () => {
    await start();
    const tab = await openWikiTab(wiki, '1001');
    const pulled = await pullMyTasks(site, tab.request);
    if (!pulled.ok) throw new Error(pulled.message);
    expect(pulled.source).toBe('task-report');
    expect(pulled.tasks.map((t) => [t.text, t.due, t.sourcePage.title])).toEqual([
      ['Send the minutes to the steering group', '2026-03-06', 'Team sync 2026-03-02'],
      ['Collect the budget figures', '2026-03-13', 'Team sync 2026-03-09'],
      ['Draft the hiring plan', '2026-03-20', 'Planning 2026-02-23'],
    ]);
    expect(pulled.tasks.every((t) => t.status === 'open' && t.assignees[0]!.username === 'alima')).toBe(true);
    // The same task read from its page (never opened by the pull) has the same id.
    for (const pageId of ['1001', '1003']) {
      const page = await openWikiTab(wiki, pageId);
      const read = extractPage(parseHTML(page.html).document, { url: page.url }).tasks;
      for (const task of pulled.tasks.filter((t) => t.contentId === pageId))
        expect(read.map((t) => t.id)).toContain(task.id);
    }
    const query = new URL(wiki.restRequests().find((r) => r.path.includes('my-task-report'))!.path, wiki.origin)
      .searchParams;
    expect(JSON.parse(query.get('reportParameters')!)).toMatchObject({ assignees: ['alima'], status: 'incomplete' });
  });

  it('reads every page of a long report', async () => {
    await start();
    const many = wiki.page('1003');
    for (let n = 0; n < 230; n++)
      many.tasks.push({
        id: 100 + n,
        globalId: 9000 + n,
        text: `Follow-up number ${n}`,
        done: false,
        assignee: wiki.page('1001').tasks[0]!.assignee,
        updatedAt: '2026-02-20T09:00:00.000Z',
      });
    const pulled = await pullMyTasks(site, (await openWikiTab(wiki, '1001')).request);
    expect(pulled.ok && pulled.tasks.length).toBe(233);
    expect(wiki.restRequests().filter((r) => r.path.includes('my-task-report'))).toHaveLength(3);
  });

  it('falls back on My Tasks when the Task Report’s backend does not answer', async () => {
    await start({ taskReport: false });
    const pulled = await pullMyTasks(site, (await openWikiTab(wiki, '1001')).request);
    expect(pulled).toMatchObject({ ok: true, source: 'my-tasks', leftOut: 0 });
    expect(pulled.ok && pulled.tasks.map((t) => t.id)).toEqual([
      `${new URL(wiki.base).host}:1001:1`,
      `${new URL(wiki.base).host}:1002:1`,
      `${new URL(wiki.base).host}:1003:4`,
    ]);
  });

  it('says so when neither answers, and when the reader is signed out', async () => {
    await start({ taskReport: false, myWork: false });
    const tab = await openWikiTab(wiki, '1001');
    await expect(pullMyTasks(site, tab.request)).resolves.toEqual({ ok: false, message: NO_TASK_LIST });
    wiki.signOut();
    await expect(pullMyTasks(site, tab.request)).resolves.toMatchObject({
      ok: false,
      message: expect.stringMatching(/sign in to the wiki/),
    });
  });
});

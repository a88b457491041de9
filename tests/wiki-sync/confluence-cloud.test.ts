// Writing status to, and pulling tasks from, a Confluence Cloud site that answers like REST v2 (tests/fake-confluence):
// each way of linking the page view's task to the API's, pagination through `_links.next`, and every refusal.
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract';
import { pullMyTasks, writeStatus, type WikiSite, type WriteTarget } from '../../lib/wiki-sync';
import { openWikiTab } from '../fake-confluence/page-requester';
import type { FakeConfluence } from '../fake-confluence/server';
import { startCloudWiki } from '../fake-confluence/wikis';

let wiki: FakeConfluence;
let site: WikiSite;
beforeEach(async () => {
  wiki = await startCloudWiki();
  site = { origin: wiki.origin, kind: 'confluence-cloud', base: wiki.base };
});
afterEach(() => wiki.close());

/** The page's tasks as Agendum reads them from the page view, by text. */
async function readPage(pageId: string) {
  const tab = await openWikiTab(wiki, pageId);
  const tasks = extractPage(parseHTML(tab.html).document, { url: tab.url }).tasks;
  return { tab, task: (text: string) => tasks.find((t) => t.text === text)! };
}

function targetOf(
  task: Awaited<ReturnType<typeof readPage>>['task'] extends (t: string) => infer T ? T : never,
  want: 'done' | 'open',
  at = '2026-03-03T10:00:00.000Z',
): WriteTarget {
  return {
    contentId: task.contentId!,
    taskId: task.taskId!,
    lastSeen: task.status,
    want,
    at,
    text: task.text,
    assignees: task.assignees,
    due: task.due,
  };
}

const checked = (html: string): string[] =>
  [...parseHTML(html).document.querySelectorAll('[data-task-local-id]')]
    .filter((el) => el.querySelector('input[checked]'))
    .map((el) => el.getAttribute('data-task-local-id')!);

describe('writing a status to Confluence Cloud', () => {
  it('finds a uuid task through the page’s storage format and PUTs {"status":"complete"}; the page then shows it checked', async () => {
    const { tab, task } = await readPage('2001');
    const calendar = task('Update the release calendar');
    expect(calendar.taskId).toBe('3f0c2a61-8d4b-4f0e-9b1a-6c2d7e8f9a01');
    await expect(writeStatus(site, targetOf(calendar, 'done'), tab.request)).resolves.toEqual({
      kind: 'sent',
      via: 'storage-task-uuid',
    });
    expect(wiki.restRequests().map((r) => `${r.method} ${r.path.split('?')[0]} ${r.status}`)).toEqual([
      'GET /wiki/api/v2/tasks 200',
      'GET /wiki/api/v2/pages/2001 200',
      'PUT /wiki/api/v2/tasks/9001 200',
    ]);
    expect(wiki.restRequests().at(-1)).toMatchObject({
      body: { status: 'complete' },
      contentType: 'application/json',
      session: true,
      origin: wiki.origin,
    });
    expect(checked((await openWikiTab(wiki, '2001')).html)).toEqual(['3f0c2a61-8d4b-4f0e-9b1a-6c2d7e8f9a01']);
  });

  it('takes a numeric local id as the API’s localId as it is', async () => {
    const { tab, task } = await readPage('2002');
    const archive = task('Archive the old dashboards');
    expect(archive.taskId).toBe('7');
    await expect(writeStatus(site, targetOf(archive, 'done'), tab.request)).resolves.toEqual({
      kind: 'sent',
      via: 'local-id-as-is',
    });
    expect(wiki.page('2002').tasks[0]!.done).toBe(true);
  });

  it('falls back on the task’s words, assignee and due date when the storage format has no uuid', async () => {
    const { tab, task } = await readPage('2003');
    await expect(writeStatus(site, targetOf(task('Write the incident summary'), 'done'), tab.request)).resolves.toEqual(
      { kind: 'sent', via: 'text-assignee-due' },
    );
    expect(wiki.page('2003').tasks.map((t) => t.done)).toEqual([true, false]);
  });

  it('follows `_links.next` through a page’s task list', async () => {
    const page = wiki.page('2001');
    for (let n = 0; n < 5; n++)
      page.tasks.unshift({
        id: 50 + n,
        uuid: `00000000-0000-4000-8000-0000000000${50 + n}`,
        globalId: 8000 + n,
        text: `Earlier task ${n}`,
        done: false,
        updatedAt: '2026-02-20T09:00:00.000Z',
      });
    const { tab, task } = await readPage('2001');
    await expect(
      writeStatus(site, targetOf(task('Rebalance the pager rota'), 'done'), tab.request),
    ).resolves.toMatchObject({ kind: 'sent' });
    expect(
      wiki
        .restRequests()
        .filter((r) => r.path.startsWith('/wiki/api/v2/tasks?'))
        .map((r) => new URL(r.path, wiki.origin).searchParams.get('cursor')),
    ).toEqual([null, '2', '4', '6']);
  });

  it('does not tell two tasks apart by guessing', async () => {
    const page = wiki.page('2003');
    page.tasks.push({ ...page.tasks[0]!, id: 9, uuid: 'c4d5e6f7-0000-4a1b-8c2d-000000000009', globalId: 9029 });
    const { tab, task } = await readPage('2003');
    await expect(writeStatus(site, targetOf(task('Write the incident summary'), 'done'), tab.request)).resolves.toEqual(
      { kind: 'held', problem: 'unmapped' },
    );
    expect(wiki.restRequests().some((r) => r.method === 'PUT')).toBe(false);
  });

  it('says the reader may not edit the page when Cloud answers 404 to the PUT of a task it just listed', async () => {
    const { tab, task } = await readPage('2004');
    await expect(
      writeStatus(site, targetOf(task('Price the new monitoring plan'), 'done'), tab.request),
    ).resolves.toEqual({ kind: 'held', problem: 'forbidden', via: 'storage-task-uuid' });
    expect(wiki.page('2004').tasks[0]!.done).toBe(false);
  });

  it('lets the wiki’s change stand when Cloud dates it after the reader’s, and sends the reader’s when it is later', async () => {
    const { tab, task } = await readPage('2004');
    const budget = task('Close the Q4 budget');
    // Read done, reopened in Agendum, then done again there; meanwhile reopened on the wiki.
    wiki.page('2004').tasks[1]!.done = false;
    wiki.page('2004').tasks[1]!.updatedAt = '2026-03-03T11:00:00.000Z';
    await expect(writeStatus(site, targetOf(budget, 'done', '2026-03-03T10:00:00.000Z'), tab.request)).resolves.toEqual(
      {
        kind: 'wiki-newer',
        status: 'open',
        changedAt: '2026-03-03T11:00:00.000Z',
        via: 'storage-task-uuid',
      },
    );
    const later = await writeStatus(site, targetOf(budget, 'done', '2026-03-03T12:00:00.000Z'), tab.request);
    expect(later).toMatchObject({ kind: 'held', problem: 'forbidden' });
    expect(wiki.restRequests().filter((r) => r.method === 'PUT')).toHaveLength(1);
  });

  it('says the reader is signed out when the session is gone', async () => {
    const { tab, task } = await readPage('2001');
    wiki.signOut();
    await expect(
      writeStatus(site, targetOf(task('Update the release calendar'), 'done'), tab.request),
    ).resolves.toEqual({ kind: 'held', problem: 'signed-out' });
  });
});

describe('pulling the reader’s tasks from Confluence Cloud', () => {
  it('lists every open task assigned to the reader, page after page, each under the id reading its page gives', async () => {
    const { tab } = await readPage('2001');
    const pulled = await pullMyTasks(site, tab.request);
    if (!pulled.ok) throw new Error(pulled.message);
    expect(pulled).toMatchObject({ source: 'cloud-tasks', leftOut: 0 });
    expect(pulled.tasks.map((t) => [t.text, t.due, t.sourcePage.title])).toEqual([
      ['Update the release calendar', '2026-03-06', 'Sprint review 2026-03-03'],
      ['Archive the old dashboards', null, 'Sprint review 2026-02-17'],
      ['Write the incident summary', '2026-03-02', 'Retro 2026-02-24'],
      ['Price the new monitoring plan', '2026-03-27', 'Planning 2026-02-10'],
    ]);
    const me = new URL(wiki.restRequests().find((r) => r.path.includes('assigned-to'))!.path, wiki.origin).searchParams;
    expect([me.get('assigned-to'), me.get('status'), me.get('limit')]).toEqual([
      '5be2fd44aa0c1e4d8a7e0002',
      'incomplete',
      '250',
    ]);
    expect(wiki.restRequests().filter((r) => r.path.includes('assigned-to')).length).toBeGreaterThan(1);
    // Pages never opened: each pulled task has the id the page view will give it.
    for (const pageId of ['2001', '2002', '2004']) {
      const { task } = await readPage(pageId);
      for (const pulledTask of pulled.tasks.filter((t) => t.contentId === pageId))
        expect(task(pulledTask.text).id).toBe(pulledTask.id);
    }
  });

  it('leaves out a task whose page does not answer, and says how many', async () => {
    const { tab } = await readPage('2001');
    wiki.page('2002').id = 'gone';
    const pulled = await pullMyTasks(site, tab.request);
    expect(pulled).toMatchObject({ ok: true, leftOut: 1 });
  });
});

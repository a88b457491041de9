// Confluence Cloud through REST v2 with the reader's session: `GET /wiki/api/v2/tasks?page-id=` lists a page's
// tasks with their global `id` and page-local `localId`; `PUT /wiki/api/v2/tasks/{id}` with `{"status":"complete"|
// "incomplete"}` sets one (status is the only required field; 404 also when the reader may not edit the page).
// The page view names a task by `data-task-local-id` (a uuid on newer pages), and how that maps to `localId` is
// not documented, so the mapping tries, in order: the id as is; the page's storage format, where `<ac:task>`
// holds both `<ac:task-id>` and `<ac:task-uuid>`; then the task's text, assignee and due date.
// Sources: /work/shared/notes/confluence-cloud-and-writeback.md §2.1–2.2; Atlassian's v2 Task API OpenAPI
// (api-evangelist/confluence openapi/confluence-task-api-openapi.yml): `_links.next` pagination, the Task schema.
import { confluenceViewpage } from '../extract/families/shared';
import { wikiTaskId } from '../extract/task-id';
import { textKey } from '../extract/text';
import type { Task, TaskStatus } from '../model/task';
import { z } from '../model/zod';
import { dateOfDatetime, storageTasks, textOfAdf, type StorageTask } from './markup';
import { decideWrite, type MatchPath, type PullResult, type WriteResult, type WriteTarget } from './outcome';
import { problemOf } from './problems';
import { signedOut } from './confluence-server';
import { wikiUrl, type Requester, type WikiResponse, type WikiSite } from './wiki';

/** Ids are strings in the API's answers (int64 written as text). */
const Id = z.string();

const V2Task = z.object({
  id: Id,
  localId: z.optional(z.nullable(Id)),
  pageId: z.optional(z.nullable(Id)),
  status: z.enum(['complete', 'incomplete']),
  body: z.optional(z.nullable(z.object({ atlas_doc_format: z.optional(z.nullable(z.object({ value: z.string() }))) }))),
  assignedTo: z.optional(z.nullable(z.string())),
  updatedAt: z.optional(z.nullable(z.string())),
  dueAt: z.optional(z.nullable(z.string())),
});
type V2Task = z.infer<typeof V2Task>;

const TaskList = z.object({
  results: z.array(V2Task),
  _links: z.optional(z.nullable(z.object({ next: z.optional(z.nullable(z.string())) }))),
});

const V2Page = z.object({
  id: Id,
  title: z.optional(z.nullable(z.string())),
  body: z.optional(z.nullable(z.object({ storage: z.optional(z.nullable(z.object({ value: z.string() }))) }))),
});

/** At most this many result pages of 250 tasks are followed. */
const MAX_LIST_PAGES = 40;

const statusOf = (task: V2Task): TaskStatus => (task.status === 'complete' ? 'done' : 'open');

/** Every task `first` lists, following `_links.next`; or the answer that stopped it. */
async function listTasks(site: WikiSite, first: string, request: Requester): Promise<V2Task[] | WikiResponse> {
  const tasks: V2Task[] = [];
  let url: string | undefined = wikiUrl(site, first);
  for (let page = 0; url && page < MAX_LIST_PAGES; page++) {
    const answer = await request({ method: 'GET', url });
    const list = TaskList.safeParse(answer.body);
    if (answer.status !== 200 || !list.success) return answer.status === 200 ? { status: 502 } : answer;
    tasks.push(...list.data.results);
    // `next` is relative to the site (it starts with /wiki); anything leading off the wiki ends the list.
    const next = list.data._links?.next;
    url =
      next && URL.canParse(next, site.origin) && new URL(next, site.origin).origin === site.origin
        ? new URL(next, site.origin).href
        : undefined;
  }
  return tasks;
}

async function pageWithStorage(
  site: WikiSite,
  pageId: string,
  request: Requester,
): Promise<{ title: string; tasks: StorageTask[] } | WikiResponse> {
  const answer = await request({ method: 'GET', url: wikiUrl(site, `/api/v2/pages/${pageId}?body-format=storage`) });
  const page = V2Page.safeParse(answer.body);
  if (answer.status !== 200 || !page.success) return answer.status === 200 ? { status: 502 } : answer;
  return { title: page.data.title ?? '', tasks: storageTasks(page.data.body?.storage?.value ?? '') };
}

function bodyText(task: V2Task): string {
  const value = task.body?.atlas_doc_format?.value;
  if (!value) return '';
  try {
    return textOfAdf(JSON.parse(value));
  } catch {
    return '';
  }
}

/** The words of a text, names left out (the page view and the API write mentions differently). */
function words(text: string, names: string[]): Set<string> {
  const skip = new Set(names.flatMap((name) => textKey(name).split(' ')));
  return new Set(
    textKey(text)
      .split(' ')
      .filter((word) => word && !skip.has(word)),
  );
}

function likeness(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((word) => b.has(word)).length;
  const all = new Set([...a, ...b]).size;
  return all === 0 ? 0 : shared / all;
}

/** The one task that reads like the target (most words shared, assignee and due date agreeing where both say one). */
function byText(target: WriteTarget, tasks: V2Task[]): V2Task | undefined {
  const names = target.assignees.map((person) => person.name);
  const want = words(target.text, names);
  const accounts = target.assignees.flatMap((person) => (person.accountId ? [person.accountId] : []));
  const scored = tasks
    .filter((task) => !task.assignedTo || accounts.length === 0 || accounts.includes(task.assignedTo))
    .filter((task) => !task.dueAt || target.due === null || dateOfDatetime(task.dueAt) === target.due)
    .map((task) => ({ task, score: likeness(want, words(bodyText(task), names)) }))
    .filter(({ score }) => score >= 0.75)
    .sort((a, b) => b.score - a.score);
  // Two that read alike are not told apart by guessing.
  return scored.length > 0 && (scored.length === 1 || scored[0]!.score > scored[1]!.score)
    ? scored[0]!.task
    : undefined;
}

/** The REST API's task for the target, and which path linked it; or the answer that stopped the search. */
async function findTask(
  site: WikiSite,
  target: WriteTarget,
  request: Requester,
): Promise<{ task: V2Task; via: MatchPath } | WriteResult> {
  const listed = await listTasks(
    site,
    `/api/v2/tasks?page-id=${target.contentId}&body-format=atlas_doc_format&limit=250`,
    request,
  );
  if (!Array.isArray(listed)) return { kind: 'held', problem: problemOf(listed) };
  const asIs = listed.find((task) => task.localId === target.taskId);
  if (asIs) return { task: asIs, via: 'local-id-as-is' };
  const page = await pageWithStorage(site, target.contentId, request);
  if ('status' in page) return { kind: 'held', problem: problemOf(page) };
  const own = page.tasks.find((task) => task.uuid === target.taskId)?.id;
  const byUuid = own === undefined ? undefined : listed.find((task) => task.localId === own);
  if (byUuid) return { task: byUuid, via: 'storage-task-uuid' };
  const alike = byText(target, listed);
  return alike ? { task: alike, via: 'text-assignee-due' } : { kind: 'held', problem: 'unmapped' };
}

export async function writeCloudStatus(site: WikiSite, target: WriteTarget, request: Requester): Promise<WriteResult> {
  const found = await findTask(site, target, request);
  if ('kind' in found) return found;
  const { task, via } = found;
  const decision = decideWrite(target, statusOf(task), task.updatedAt ?? undefined);
  if (decision !== 'send') return { ...decision, via };
  const write = await request({
    method: 'PUT',
    url: wikiUrl(site, `/api/v2/tasks/${task.id}`),
    body: { status: target.want === 'done' ? 'complete' : 'incomplete' },
  });
  if (write.status >= 200 && write.status < 300) return { kind: 'sent', via };
  // The task was just listed, so a 404 here is Cloud's answer for "you may not edit its page".
  return { kind: 'held', problem: write.status === 404 ? 'forbidden' : problemOf(write), via };
}

const CloudUser = z.object({ accountId: z.string().check(z.minLength(1)), displayName: z.optional(z.string()) });

/** At most this many pages are read per pull (one request each). */
const MAX_PAGES = 200;

/** The reader's open tasks on a Cloud site, each under the id its page view gives it. */
export async function pullCloudTasks(site: WikiSite, request: Requester): Promise<PullResult> {
  const who = await request({ method: 'GET', url: wikiUrl(site, '/rest/api/user/current') });
  const user = CloudUser.safeParse(who.body);
  if (who.status !== 200 || !user.success) return { ok: false, message: signedOut(site, who.status) };
  const me = { name: user.data.displayName || 'me', accountId: user.data.accountId };
  const query = `/api/v2/tasks?assigned-to=${encodeURIComponent(me.accountId)}&status=incomplete&body-format=atlas_doc_format&limit=250`;
  const listed = await listTasks(site, query, request);
  if (!Array.isArray(listed))
    return { ok: false, message: `The wiki's task list answered ${listed.status || 'nothing'}.` };
  const byPage = new Map<string, V2Task[]>();
  for (const task of listed)
    if (task.pageId && task.localId) byPage.set(task.pageId, [...(byPage.get(task.pageId) ?? []), task]);
  let leftOut = listed.length - [...byPage.values()].flat().length;
  const host = new URL(site.base).host;
  const tasks: Task[] = [];
  for (const [pageId, pageTasks] of [...byPage].slice(0, MAX_PAGES)) {
    const page = await pageWithStorage(site, pageId, request);
    if ('status' in page) {
      leftOut += pageTasks.length;
      continue;
    }
    // The page view names a task by its uuid where the storage format has one.
    const uuids = new Map(page.tasks.flatMap((task) => (task.uuid ? [[task.id, task.uuid] as const] : [])));
    for (const task of pageTasks) {
      const text = bodyText(task);
      if (!text) {
        leftOut++;
        continue;
      }
      const taskId = uuids.get(task.localId!) ?? task.localId!;
      tasks.push({
        id: wikiTaskId(host, pageId, taskId),
        taskId,
        contentId: pageId,
        text,
        assignees: [me],
        due: task.dueAt ? dateOfDatetime(task.dueAt) : null,
        status: statusOf(task),
        origin: 'inline-task',
        sourcePage: { id: pageId, title: page.title, url: confluenceViewpage(site.base, pageId, undefined)! },
      });
    }
  }
  leftOut += [...byPage.values()].slice(MAX_PAGES).flat().length;
  return { ok: true, tasks, source: 'cloud-tasks', leftOut };
}

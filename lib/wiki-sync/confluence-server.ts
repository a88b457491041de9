// Confluence Server and Data Center: a task's status is set with the call the page view itself makes,
// `POST {base}/rest/inlinetasks/1/task/{contentId}/{taskId}/` with `{"status":"CHECKED"|"UNCHECKED","trigger":"VIEW_PAGE"}`
// (the inline-tasks plugin's TaskResource: 200 when set, 400 "Specified task not found", 403 not permitted, 409 a
// merge conflict). Before it, the page's storage format (`GET /rest/api/content/{id}?expand=body.storage`) says
// the task's status now, so a status already there is not sent and a colleague's change since is not undone.
// The reader's open tasks come from the Task Report's own backend, else from My Tasks.
// Sources: /work/shared/notes/confluence-cloud-and-writeback.md §2.1, §2.4; the plugin's TaskResource,
// TasksReportResource, TasksDetailPaginated and TaskEntity (decompiled, seen through the code search index).
import { isoDate, MONTH_NAMES } from '../dates/calendar';
import { confluenceViewpage } from '../extract/families/shared';
import { wikiTaskId } from '../extract/task-id';
import type { Task } from '../model/task';
import { z } from '../model/zod';
import { attributeIn, dateOfDatetime, storageTasks, taskTextOfHtml } from './markup';
import { decideWrite, NO_TASK_LIST, type PullResult, type WriteResult, type WriteTarget } from './outcome';
import { problemOf } from './problems';
import { wikiUrl, type Requester, type WikiSite } from './wiki';

const ContentWithStorage = z.object({ body: z.object({ storage: z.object({ value: z.string() }) }) });

export async function writeServerStatus(site: WikiSite, target: WriteTarget, request: Requester): Promise<WriteResult> {
  const read = await request({
    method: 'GET',
    url: wikiUrl(site, `/rest/api/content/${target.contentId}?expand=body.storage`),
  });
  if (read.status !== 200) return { kind: 'held', problem: problemOf(read) };
  const content = ContentWithStorage.safeParse(read.body);
  if (!content.success) return { kind: 'held', problem: 'server' };
  const current = storageTasks(content.data.body.storage.value).find((task) => task.id === target.taskId);
  if (!current) return { kind: 'held', problem: 'not-found' };
  const decision = decideWrite(target, current.status);
  if (decision !== 'send') return decision;
  const write = await request({
    method: 'POST',
    url: wikiUrl(site, `/rest/inlinetasks/1/task/${target.contentId}/${target.taskId}/`),
    body: { status: target.want === 'done' ? 'CHECKED' : 'UNCHECKED', trigger: 'VIEW_PAGE' },
  });
  return write.status >= 200 && write.status < 300 ? { kind: 'sent' } : { kind: 'held', problem: problemOf(write) };
}

/** `GET /rest/api/user/current` on Server/DC. */
const ServerUser = z.object({
  username: z.string().check(z.minLength(1)),
  userKey: z.optional(z.string()),
  displayName: z.optional(z.string()),
});

/** TaskEntity, one line of the Task Report (`TasksDetailPaginated.detailLines`). */
const ReportLine = z.object({
  pageTitle: z.optional(z.nullable(z.string())),
  pageUrl: z.optional(z.nullable(z.string())),
  taskId: z.int(),
  taskHtml: z.optional(z.nullable(z.string())),
  assigneeUserName: z.optional(z.nullable(z.string())),
  assigneeFullName: z.optional(z.nullable(z.string())),
  taskCompleted: z.optional(z.boolean()),
  dueDate: z.optional(z.nullable(z.string())),
});
const Report = z.object({
  totalPages: z.optional(z.nullable(z.int())),
  detailLines: z.optional(z.nullable(z.array(ReportLine))),
});

/** A mywork Task: `item` names the page; its address may say the page and the task. */
const MyWorkTask = z.object({
  title: z.optional(z.nullable(z.string())),
  status: z.optional(z.nullable(z.string())),
  item: z.optional(
    z.nullable(z.object({ title: z.optional(z.nullable(z.string())), url: z.optional(z.nullable(z.string())) })),
  ),
});

const PAGE_SIZE = 100;
/** At most this many report pages (10,000 tasks) per pull. */
const MAX_PAGES = 100;

/** An address the wiki gave (absolute, or relative to its origin), when it is on the wiki: read for its page and task ids only. */
function wikiAddress(site: WikiSite, url: string | null | undefined): URL | undefined {
  if (!url || !URL.canParse(url, site.origin)) return undefined;
  const address = new URL(url, site.origin);
  return address.origin === site.origin ? address : undefined;
}

function pageIdIn(url: URL | undefined): string | undefined {
  return url?.searchParams.get('pageId') ?? url?.pathname.match(/\/pages\/(\d+)/)?.[1] ?? undefined;
}

interface Me {
  name: string;
  username: string;
  userKey?: string;
}

function taskOf(
  site: WikiSite,
  me: Me,
  fields: { contentId: string; taskId: string; text: string; due: string | null; pageTitle: string },
): Task {
  const { contentId, taskId } = fields;
  return {
    id: wikiTaskId(new URL(site.base).host, contentId, taskId),
    taskId,
    contentId,
    text: fields.text,
    assignees: [
      me.userKey
        ? { name: me.name, username: me.username, userKey: me.userKey }
        : { name: me.name, username: me.username },
    ],
    due: fields.due,
    status: 'open',
    origin: 'inline-task',
    sourcePage: { id: contentId, title: fields.pageTitle, url: confluenceViewpage(site.base, contentId, undefined)! },
  };
}

function reportTask(site: WikiSite, me: Me, line: z.infer<typeof ReportLine>): Task | null {
  const html = line.taskHtml ?? '';
  const contentId =
    attributeIn(html, 'ul', 'data-inline-tasks-content-id') ?? pageIdIn(wikiAddress(site, line.pageUrl));
  const text = taskTextOfHtml(html);
  if (!contentId || !/^\d+$/.test(contentId) || !text || line.taskCompleted) return null;
  const due = dateOfDatetime(attributeIn(html, 'time', 'datetime') ?? '') ?? writtenDate(line.dueDate);
  const person = { ...me, name: line.assigneeFullName || me.name };
  return taskOf(site, person, { contentId, taskId: String(line.taskId), text, due, pageTitle: line.pageTitle ?? '' });
}

/**
 * The Task Report's `dueDate` as the wiki writes it, in the reader's date pattern ("18 Oct 2022", the default
 * `dd MMM yyyy`), when the task's HTML has no `<time datetime>`: English month names only, else no date.
 */
function writtenDate(text: string | null | undefined): string | null {
  const match = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/.exec((text ?? '').trim());
  const month = match
    ? MONTH_NAMES.findIndex((name) => name.slice(0, 3).toLowerCase() === match[2]!.toLowerCase())
    : -1;
  return match && month >= 0 ? isoDate(Number(match[3]), month + 1, Number(match[1])) : null;
}

/** The reader's open tasks on a Server/Data Center wiki: the Task Report's backend, else My Tasks. */
export async function pullServerTasks(site: WikiSite, request: Requester): Promise<PullResult> {
  const who = await request({ method: 'GET', url: wikiUrl(site, '/rest/api/user/current') });
  const user = ServerUser.safeParse(who.body);
  if (who.status !== 200 || !user.success) return { ok: false, message: signedOut(site, who.status) };
  const me: Me = {
    name: user.data.displayName || user.data.username,
    username: user.data.username,
    ...(user.data.userKey ? { userKey: user.data.userKey } : {}),
  };
  const parameters = JSON.stringify({
    columns: ['description', 'duedate', 'location'],
    assignees: [me.username],
    status: 'incomplete',
    sortColumn: 'duedate',
    reverseSort: false,
  });
  const tasks: Task[] = [];
  let leftOut = 0;
  for (let index = 0; index < MAX_PAGES; index++) {
    const query = `?pageSize=${PAGE_SIZE}&pageIndex=${index}&reportParameters=${encodeURIComponent(parameters)}`;
    const answer = await request({ method: 'GET', url: wikiUrl(site, `/rest/inlinetasks/1/my-task-report/${query}`) });
    if (index === 0 && answer.status === 404) return pullMyWork(site, me, request);
    const report = Report.safeParse(answer.body);
    if (answer.status !== 200 || !report.success)
      return {
        ok: false,
        message: `The Task Report service answered ${answer.status || 'nothing'}: ${problemText(answer.status)}`,
      };
    const lines = report.data.detailLines ?? [];
    for (const line of lines) {
      const task = reportTask(site, me, line);
      if (task) tasks.push(task);
      else leftOut++;
    }
    const total = report.data.totalPages;
    if (lines.length === 0 || (typeof total === 'number' && index + 1 >= total)) break;
  }
  return { ok: true, tasks, source: 'task-report', leftOut };
}

async function pullMyWork(site: WikiSite, me: Me, request: Requester): Promise<PullResult> {
  const answer = await request({ method: 'GET', url: wikiUrl(site, '/rest/mywork/1/task') });
  if (answer.status === 404) return { ok: false, message: NO_TASK_LIST };
  const list = z.array(MyWorkTask).safeParse(answer.body);
  if (answer.status !== 200 || !list.success)
    return { ok: false, message: `My Tasks answered ${answer.status || 'nothing'}: ${problemText(answer.status)}` };
  const tasks: Task[] = [];
  let leftOut = 0;
  for (const entry of list.data) {
    if (entry.status === 'DONE') continue;
    // Only an address naming both the page and the task places it; anything else would be a guess.
    const url = wikiAddress(site, entry.item?.url);
    const contentId = pageIdIn(url);
    const taskId = url?.searchParams.get('focusedTaskId');
    const text = (entry.title ?? '').trim();
    if (!contentId || !taskId || !/^\d+$/.test(taskId) || !text) {
      leftOut++;
      continue;
    }
    tasks.push(taskOf(site, me, { contentId, taskId, text, due: null, pageTitle: entry.item?.title ?? '' }));
  }
  return { ok: true, tasks, source: 'my-tasks', leftOut };
}

function problemText(status: number): string {
  if (status === 401) return 'sign in to the wiki in this browser, then try again.';
  if (status === 403) return 'your account may not use it.';
  if (status === 0) return 'the wiki could not be reached.';
  return 'try again later.';
}

export function signedOut(site: WikiSite, status: number): string {
  const host = new URL(site.base).host;
  return status === 0
    ? `${host} could not be reached: check the connection, then try again.`
    : `${host} did not say who you are: sign in to the wiki in this browser, then try again.`;
}

// A small Confluence for tests, Server/Data Center or Cloud, on loopback: it serves meeting pages the way each
// page view draws them and answers exactly the REST calls Agendum makes, with their documented request and
// response shapes. No live Confluence is reachable here; what each endpoint does, and where that comes from:
//
// Server/Data Center (context path /confluence):
// - page view: `ul.inline-task-list[data-inline-tasks-content-id] > li[data-inline-task-id]`, `li.checked` when done,
//   mentions `a.confluence-userlink[data-username]`, dates `time[datetime]`; a Task Report in
//   `div[data-macro-name="tasks-report-macro"] > table.tasks-report` (as tests/fixtures/pages/confluence-server/
//   dmlt-2022-10-18.html, saved from a real instance). It sets the session cookie (JSESSIONID).
// - `POST /rest/inlinetasks/1/task/{contentId}/{taskId}/`, JSON `{"status":"CHECKED"|"UNCHECKED","trigger":"VIEW_PAGE"}`:
//   200 and no body when set; 400 "Invalid status" / "Specified task not found"; 403 when the reader may not edit;
//   409 "Merge conflict while attempting to set status" (the inline-tasks plugin's TaskResource, decompiled; note
//   /work/shared/notes/confluence-cloud-and-writeback.md §2.1). The XSRF rule of Atlassian's REST filter (§2.3): a
//   POST whose Origin (or, without one, Referer) is not the wiki's own is refused, 403 "XSRF check failed"; a
//   form, text or bodiless POST also needs `X-Atlassian-Token: no-check`; JSON needs no token. (The real filter
//   checks the origin only for browser user agents; this one checks every POST.)
// - `GET /rest/api/content/{id}?expand=body.storage`: the page with its storage format (`<ac:task>` with
//   `<ac:task-id>`, `<ac:task-status>`, `<ac:task-body>`), 404 when there is no such page.
// - `GET /rest/inlinetasks/1/my-task-report/?pageSize&pageIndex&reportParameters`: TasksDetailPaginated
//   `{currentPage, totalPages, adaptive, detailLines: TaskEntity[]}`, TaskEntity `{pageTitle, pageUrl, globalId,
//   taskId, taskHtml, assigneeUserName, assigneeFullName, taskCompleted, dueDate, completeDate, labels}`
//   (TasksReportResource, TasksDetailPaginated, TaskEntity, decompiled); can be switched off (404).
// - `GET /rest/mywork/1/task`: mywork Tasks `{id, globalId, title, status: TODO|DONE, item: {title, url}, …}`
//   (com.atlassian.mywork.model.Task and Item, decompiled); can be switched off (404).
// - `GET /rest/api/user/current`: `{type, username, userKey, displayName}`.
// Cloud (context path /wiki), REST v2 per Atlassian's OpenAPI (api-evangelist/confluence confluence-task-api-openapi.yml):
// - page view `/wiki/spaces/{key}/pages/{id}/{title}` as the renderer draws it (as tests/fixtures/pages/confluence-cloud/
//   sprint-review.html): `div[data-task-local-id]` (a uuid, or the number on pages made before uuids) holding an
//   `input[type=checkbox]`, `checked` when done; it sets the session cookie (cloud.session.token).
// - `GET /wiki/api/v2/tasks?page-id&assigned-to&status&body-format&limit&cursor`: `{results: Task[], _links: {next?, base}}`
//   and a `Link: <…>; rel="next"` header, `limit` capped (at 250, or lower here to make pages), Task `{id, localId,
//   spaceId, pageId, status: complete|incomplete, body, createdBy, assignedTo, completedBy, createdAt, updatedAt,
//   dueAt, completedAt}`. Which id `localId` is, is not documented: here it is the page's own task number (the
//   storage format's `<ac:task-id>`), as the note infers (§2.2), so a uuid in the page view must be mapped.
// - `PUT /wiki/api/v2/tasks/{id}`, `{"status": …}` (the only required field): 200 and the Task; 400 without a valid
//   status; 404 when the task does not exist or the reader may not edit its page.
// - `GET /wiki/api/v2/pages/{id}?body-format=storage`: `{id, status, title, spaceId, body: {storage: {value,
//   representation}}, _links: {webui, editui, tinyui}}`; storage keeps `<ac:task-uuid>` unless the page predates it.
// - `GET /wiki/rest/api/user/current`: `{type, accountId, accountType, displayName}`.
// Every REST call without the session cookie is 401. Every request is recorded for the tests to inspect.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeUser {
  username: string;
  userKey: string;
  accountId: string;
  displayName: string;
}

export interface FakeTask {
  /** The page's own number for it (`<ac:task-id>`, `data-inline-task-id`). */
  id: number;
  /** `<ac:task-uuid>`: Cloud's page view shows it as `data-task-local-id` when there is one. */
  uuid?: string;
  /** The wiki-wide id (v2 `id`, Task Report `globalId`). */
  globalId: number;
  text: string;
  done: boolean;
  assignee?: FakeUser;
  due?: string;
  updatedAt: string;
}

export interface FakePage {
  id: string;
  title: string;
  space: string;
  tasks: FakeTask[];
  /** The reader may view it but not edit it. */
  readOnly?: boolean;
  /** Made before task uuids: neither its storage format nor Cloud's page view has them (the view shows the numbers). */
  noUuids?: boolean;
  /** Cloud's page view shows the uuids but the storage format leaves them out (so only the task's words link them). */
  storageWithoutUuids?: boolean;
  /** Server: the page shows a Task Report of these pages' tasks. */
  reportOf?: string[];
}

export interface FakeConfluenceOptions {
  kind: 'server' | 'cloud';
  pages: FakePage[];
  /** The signed-in reader. */
  me: FakeUser;
  /** The host name the tests use in addresses (the server listens on 127.0.0.1). */
  host?: string;
  /** Cloud: at most this many tasks per result page (Atlassian's cap is 250). */
  maxLimit?: number;
  /** Server: the Task Report backend (true) or a 404 (false). */
  taskReport?: boolean;
  /** Server: My Tasks (true) or a 404 (false). */
  myWork?: boolean;
}

export interface RecordedRequest {
  method: string;
  /** Path and query. */
  path: string;
  origin?: string;
  referer?: string;
  contentType?: string;
  atlassianToken?: string;
  /** A session cookie came with it. */
  session: boolean;
  body?: unknown;
  status: number;
}

export interface FakeConfluence {
  origin: string;
  /** The wiki's base address: `{origin}/confluence` or `{origin}/wiki`. */
  base: string;
  /** The page view's address. */
  pageUrl(id: string): string;
  page(id: string): FakePage;
  requests: RecordedRequest[];
  /** The REST calls only (page views left out). */
  restRequests(): RecordedRequest[];
  /** The next status write answers 409, as a merge conflict would. */
  conflictNext(): void;
  /** Forget every session: the reader is signed out. */
  signOut(): void;
  close(): Promise<void>;
}

const escape = (text: string): string =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function mention(kind: 'server' | 'cloud', user: FakeUser): string {
  return kind === 'server'
    ? `<a class="confluence-userlink user-mention" data-username="${user.username}" href="/confluence/display/~${user.username}">${escape(user.displayName)}</a>`
    : `<span data-mention-id="${user.accountId}" data-access-level="" spellcheck="false"><span data-testid="mention-${user.accountId}" data-mention-type="2" data-mention-tooltip="false">@${escape(user.displayName)}</span></span>`;
}

const dueText = (iso: string): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

function serverTaskBody(task: FakeTask): string {
  const who = task.assignee ? `${mention('server', task.assignee)} ` : '';
  const due = task.due ? ` <time datetime="${task.due}" class="date-future">${dueText(task.due)}</time>` : '';
  return `<span class="placeholder-inline-tasks">${who}${escape(task.text)}${due}</span>`;
}

function serverTaskList(page: FakePage, tasks: FakeTask[]): string {
  const items = tasks.map(
    (task) => `<li${task.done ? ' class="checked"' : ''} data-inline-task-id="${task.id}">${serverTaskBody(task)}</li>`,
  );
  return `<ul class="inline-task-list" data-inline-tasks-content-id="${page.id}">${items.join('')}</ul>`;
}

function storageOf(page: FakePage): string {
  const tasks = page.tasks.map(
    (task) =>
      `<ac:task><ac:task-id>${task.id}</ac:task-id>${task.uuid && !page.noUuids && !page.storageWithoutUuids ? `<ac:task-uuid>${task.uuid}</ac:task-uuid>` : ''}<ac:task-status>${task.done ? 'complete' : 'incomplete'}</ac:task-status><ac:task-body>${
        task.assignee
          ? `<ac:link><ri:user ri:account-id="${task.assignee.accountId}" ri:userkey="${task.assignee.userKey}" /></ac:link> `
          : ''
      }${escape(task.text)}${task.due ? ` <time datetime="${task.due}" />` : ''}</ac:task-body></ac:task>`,
  );
  return `<h2>Action items</h2><ac:task-list>${tasks.join('')}</ac:task-list>`;
}

function adfOf(task: FakeTask): string {
  const content: unknown[] = [];
  if (task.assignee)
    content.push(
      { type: 'mention', attrs: { id: task.assignee.accountId, text: `@${task.assignee.displayName}` } },
      { type: 'text', text: ' ' },
    );
  content.push({ type: 'text', text: task.text });
  if (task.due)
    content.push(
      { type: 'text', text: ' ' },
      { type: 'date', attrs: { timestamp: String(Date.parse(`${task.due}T00:00:00Z`)) } },
    );
  return JSON.stringify({ type: 'doc', version: 1, content: [{ type: 'paragraph', content }] });
}

export async function startFakeConfluence(options: FakeConfluenceOptions): Promise<FakeConfluence> {
  const { kind, me } = options;
  const context = kind === 'server' ? '/confluence' : '/wiki';
  const pages = new Map(options.pages.map((page) => [page.id, page]));
  const sessions = new Set<string>();
  const requests: RecordedRequest[] = [];
  let conflict = false;
  let origin = '';
  const cookieName = kind === 'server' ? 'JSESSIONID' : 'cloud.session.token';

  const allTasks = (): { page: FakePage; task: FakeTask }[] =>
    [...pages.values()].flatMap((page) => page.tasks.map((task) => ({ page, task })));
  const pageUrl = (id: string): string => {
    const page = pages.get(id)!;
    return kind === 'server'
      ? `${origin}${context}/pages/viewpage.action?pageId=${id}`
      : `${origin}${context}/spaces/${page.space}/pages/${id}/${encodeURIComponent(page.title.replace(/\s+/g, '+'))}`;
  };

  function pageHtml(page: FakePage): string {
    const base = `${origin}${context}`;
    const head =
      kind === 'server'
        ? `<meta name="ajs-base-url" content="${base}"><meta name="ajs-context-path" content="${context}"><meta name="ajs-page-id" content="${page.id}"><meta name="ajs-page-title" content="${escape(page.title)}"><meta name="ajs-space-key" content="${page.space}"><meta name="ajs-remote-user" content="${me.username}"><meta name="ajs-remote-user-key" content="${me.userKey}"><meta name="ajs-current-user-fullname" content="${escape(me.displayName)}">`
        : `<meta name="ajs-base-url" content="${base}"><meta name="ajs-context-path" content="${context}"><meta name="ajs-cloud-id" content="a1b2c3d4-0000-4000-8000-000000000016"><meta name="ajs-page-id" content="${page.id}"><meta name="ajs-space-key" content="${page.space}"><meta name="ajs-atlassian-account-id" content="${me.accountId}"><meta name="ajs-current-user-fullname" content="${escape(me.displayName)}">`;
    let body: string;
    if (kind === 'server') {
      const report = (page.reportOf ?? []).flatMap((id) =>
        pages
          .get(id)!
          .tasks.filter((task) => !task.done)
          .map((task) => ({ from: pages.get(id)!, task })),
      );
      const rows = report.map(
        ({ from, task }) =>
          `<tr><td class="task-description">${serverTaskList(from, [task])}</td><td class="task-duedate">${task.due ? dueText(task.due) : ''}</td><td class="task-assignee">${task.assignee ? `<a class="confluence-userlink" data-username="${task.assignee.username}" href="/confluence/display/~${task.assignee.username}">${escape(task.assignee.displayName)}</a>` : ''}</td><td class="task-location"><a href="${context}/pages/viewpage.action?pageId=${from.id}">${escape(from.title)}</a></td></tr>`,
      );
      const reportHtml = page.reportOf
        ? `<h2>Open actions from earlier meetings</h2><div class="task-report" data-macro-name="tasks-report-macro"><table class="aui tasks-report"><thead><tr><th class="task-description">Description</th><th class="task-duedate">Due date</th><th class="task-assignee">Assignee</th><th class="task-location">Task appears on</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
        : '';
      const own = page.tasks.length ? `<h2>Action items</h2>${serverTaskList(page, page.tasks)}` : '';
      body = `<body id="com-atlassian-confluence"><div id="main"><h1 id="title-text"><a href="${pageUrl(page.id)}">${escape(page.title)}</a></h1><div id="main-content" class="wiki-content"><h2>Attendees</h2><p>${escape(me.displayName)}</p>${own}${reportHtml}</div></div></body>`;
    } else {
      const items = page.tasks.map((task, n) => {
        const local = task.uuid && !page.noUuids ? task.uuid : String(task.id);
        const who = task.assignee ? ` ${mention('cloud', task.assignee)}` : '';
        return `<div data-task-local-id="${local}"><div id="${local}-${n}-wrapper"><span contenteditable="false"><input id="${local}-${n}" name="${local}-${n}" type="checkbox" aria-label="Mark task as ${task.done ? 'not completed' : 'completed'}"${task.done ? ' checked=""' : ''}><span></span></span><div data-component="content">${escape(task.text)}${who}${
          task.due
            ? ` <span class="date-lozenger-container"><span class="date-node" data-node-type="date" data-timestamp="${Date.parse(`${task.due}T00:00:00Z`)}">${dueText(task.due)}</span></span>`
            : ''
        }</div></div></div>`;
      });
      body = `<body><div id="content-header"><span id="content-title-id"><h1 id="heading-title-text">${escape(page.title)}</h1></span></div><div id="main-content" data-testid="pageContentRendererTestId" class="wiki-content"><div class="renderer-overrides"><div class="ak-renderer-wrapper"><div class="ak-renderer-document"><h2 id="Action-items">Action items</h2><div role="group" data-task-list-local-id="" aria-label="Action Item List">${items.join('')}</div></div></div></div></div></body>`;
    }
    return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${escape(page.title)} - ${page.space} - Confluence</title>${head}</head>${body}</html>`;
  }

  function v2Task(page: FakePage, task: FakeTask, format: string | null): Record<string, unknown> {
    return {
      id: String(task.globalId),
      localId: String(task.id),
      spaceId: '65540',
      pageId: page.id,
      status: task.done ? 'complete' : 'incomplete',
      ...(format === 'atlas_doc_format'
        ? { body: { atlas_doc_format: { representation: 'atlas_doc_format', value: adfOf(task) } } }
        : {}),
      ...(format === 'storage' ? { body: { storage: { representation: 'storage', value: escape(task.text) } } } : {}),
      createdBy: me.accountId,
      ...(task.assignee ? { assignedTo: task.assignee.accountId } : {}),
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: task.updatedAt,
      ...(task.due ? { dueAt: `${task.due}T00:00:00.000Z` } : {}),
    };
  }

  function reportLine(page: FakePage, task: FakeTask): Record<string, unknown> {
    return {
      pageTitle: page.title,
      pageUrl: `/pages/viewpage.action?pageId=${page.id}&focusedTaskId=${task.id}`,
      globalId: task.globalId,
      taskId: task.id,
      taskHtml: serverTaskList(page, [task]),
      assigneeUserName: task.assignee?.username ?? null,
      assigneeFullName: task.assignee?.displayName ?? null,
      taskCompleted: task.done,
      dueDate: task.due ? dueText(task.due) : null,
      completeDate: null,
      labels: [],
    };
  }

  type Reply = { status: number; json?: unknown; text?: string; headers?: Record<string, string> };
  const json = (status: number, value: unknown, headers?: Record<string, string>): Reply => ({
    status,
    json: value,
    headers,
  });
  const text = (status: number, value: string): Reply => ({ status, text: value });
  const v2Error = (status: number, code: string): Reply =>
    json(status, { errors: [{ status, code, title: code.replace(/_/g, ' ').toLowerCase(), detail: null }] });
  const restError = (status: number, message: string): Reply => json(status, { statusCode: status, message });

  function rest(method: string, path: string, query: URLSearchParams, request: IncomingMessage, body: unknown): Reply {
    if (kind === 'server') {
      if (method === 'GET' && path === '/rest/api/user/current')
        return json(200, { type: 'known', username: me.username, userKey: me.userKey, displayName: me.displayName });
      const content = /^\/rest\/api\/content\/(\d+)$/.exec(path);
      if (method === 'GET' && content) {
        const page = pages.get(content[1]!);
        if (!page) return restError(404, `No content found with id: ContentId{id=${content[1]}}`);
        return json(200, {
          id: page.id,
          type: 'page',
          status: 'current',
          title: page.title,
          body: { storage: { value: storageOf(page), representation: 'storage' } },
          _links: { webui: `/pages/viewpage.action?pageId=${page.id}`, base: `${origin}${context}` },
        });
      }
      const write = /^\/rest\/inlinetasks\/1\/task\/(\d+)\/(\d+)\/?$/.exec(path);
      if (method === 'POST' && write) {
        const sameOrigin =
          request.headers.origin !== undefined
            ? request.headers.origin === origin
            : (request.headers.referer ?? '').startsWith(`${origin}/`);
        if (!sameOrigin) return text(403, 'XSRF check failed');
        const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (type !== 'application/json') {
          if (request.headers['x-atlassian-token'] !== 'no-check') return text(403, 'XSRF check failed');
          return text(415, 'Unsupported Media Type');
        }
        const page = pages.get(write[1]!);
        if (!page) return text(404, 'Not Found');
        const update = body as { status?: unknown } | undefined;
        if (update?.status !== 'CHECKED' && update?.status !== 'UNCHECKED') return text(400, 'Invalid status');
        const task = page.tasks.find((t) => String(t.id) === write[2]);
        if (!task) return text(400, 'Specified task not found');
        if (page.readOnly) return text(403, 'You do not have permission to edit this page');
        if (conflict) {
          conflict = false;
          return text(409, 'Merge conflict while attempting to set status');
        }
        task.done = update.status === 'CHECKED';
        task.updatedAt = new Date().toISOString();
        return { status: 200 };
      }
      if (method === 'GET' && /^\/rest\/inlinetasks\/1\/my-task-report\/?$/.test(path)) {
        if (options.taskReport === false) return text(404, 'Not Found');
        const size = Number(query.get('pageSize'));
        const index = Number(query.get('pageIndex'));
        if (!(size > 0)) return restError(400, 'Requested page size is not valid');
        if (!(index >= 0)) return restError(400, 'Requested page index is not valid');
        let parameters: { assignees?: unknown; status?: unknown };
        try {
          parameters = JSON.parse(query.get('reportParameters') ?? '{}') as typeof parameters;
        } catch {
          return restError(400, 'Validation is failed!');
        }
        const assignees = Array.isArray(parameters.assignees) ? parameters.assignees : [];
        const lines = allTasks()
          .filter(({ task }) => task.assignee && assignees.includes(task.assignee.username))
          .filter(({ task }) => parameters.status !== 'incomplete' || !task.done)
          .map(({ page, task }) => reportLine(page, task));
        return json(200, {
          currentPage: index,
          totalPages: Math.ceil(lines.length / size),
          adaptive: false,
          detailLines: lines.slice(index * size, (index + 1) * size),
        });
      }
      if (method === 'GET' && path === '/rest/mywork/1/task') {
        if (options.myWork === false) return text(404, 'Not Found');
        return json(
          200,
          allTasks()
            .filter(({ task }) => task.assignee?.username === me.username)
            .map(({ page, task }) => ({
              id: task.globalId,
              globalId: `inlinetask-${task.globalId}`,
              title: task.text,
              notes: '',
              status: task.done ? 'DONE' : 'TODO',
              application: 'com.atlassian.confluence',
              entity: 'task',
              created: Date.parse('2026-01-05T09:00:00Z'),
              updated: Date.parse(task.updatedAt),
              metadata: {},
              item: {
                title: page.title,
                url: `${origin}${context}/pages/viewpage.action?pageId=${page.id}&focusedTaskId=${task.id}`,
                iconUrl: null,
              },
            })),
        );
      }
      return text(404, 'Not Found');
    }
    // Cloud.
    if (method === 'GET' && path === '/rest/api/user/current')
      return json(200, {
        type: 'known',
        accountId: me.accountId,
        accountType: 'atlassian',
        displayName: me.displayName,
        publicName: me.displayName,
      });
    if (method === 'GET' && path === '/api/v2/tasks') {
      const limit = Math.min(Number(query.get('limit') ?? 25) || 25, options.maxLimit ?? 250);
      const start = Number(query.get('cursor') ?? 0) || 0;
      const format = query.get('body-format');
      const listed = allTasks()
        .filter(({ page }) => !query.has('page-id') || query.getAll('page-id').includes(page.id))
        .filter(
          ({ task }) =>
            !query.has('assigned-to') || query.getAll('assigned-to').includes(task.assignee?.accountId ?? ''),
        )
        .filter(({ task }) => !query.has('status') || query.get('status') === (task.done ? 'complete' : 'incomplete'))
        .sort((a, b) => a.task.globalId - b.task.globalId);
      const results = listed.slice(start, start + limit).map(({ page, task }) => v2Task(page, task, format));
      const more = start + limit < listed.length;
      const nextQuery = new URLSearchParams(query);
      nextQuery.set('cursor', String(start + limit));
      const next = `${context}/api/v2/tasks?${nextQuery}`;
      return json(
        200,
        { results, _links: { ...(more ? { next } : {}), base: `${origin}${context}` } },
        more ? { link: `<${next}>; rel="next", <${origin}${context}>; rel="base"` } : undefined,
      );
    }
    const one = /^\/api\/v2\/tasks\/(\d+)$/.exec(path);
    if (one && method === 'PUT') {
      const found = allTasks().find(({ task }) => String(task.globalId) === one[1]);
      if (!found || found.page.readOnly) return v2Error(404, 'NOT_FOUND');
      const status = (body as { status?: unknown } | undefined)?.status;
      if (status !== 'complete' && status !== 'incomplete') return v2Error(400, 'INVALID_REQUEST_PARAMETER');
      found.task.done = status === 'complete';
      found.task.updatedAt = new Date().toISOString();
      return json(200, v2Task(found.page, found.task, query.get('body-format')));
    }
    const pageRead = /^\/api\/v2\/pages\/(\d+)$/.exec(path);
    if (pageRead && method === 'GET') {
      const page = pages.get(pageRead[1]!);
      if (!page) return v2Error(404, 'NOT_FOUND');
      const storage =
        query.get('body-format') === 'storage'
          ? { storage: { representation: 'storage', value: storageOf(page) } }
          : {};
      return json(200, {
        id: page.id,
        status: 'current',
        title: page.title,
        spaceId: '65540',
        body: storage,
        _links: {
          webui: `/spaces/${page.space}/pages/${page.id}/${encodeURIComponent(page.title.replace(/\s+/g, '+'))}`,
          editui: `/pages/resumedraft.action?draftId=${page.id}`,
          tinyui: `/x/${page.id}`,
        },
      });
    }
    return v2Error(404, 'NOT_FOUND');
  }

  function sessionOf(request: IncomingMessage): string | undefined {
    const cookie = (request.headers.cookie ?? '').split(/;\s*/).find((part) => part.startsWith(`${cookieName}=`));
    const value = cookie?.slice(cookieName.length + 1);
    return value && sessions.has(value) ? value : undefined;
  }

  function pageView(path: string, query: URLSearchParams): FakePage | undefined {
    if (kind === 'server' && path === '/pages/viewpage.action') return pages.get(query.get('pageId') ?? '');
    const cloud = kind === 'cloud' ? /^\/spaces\/[^/]+\/pages\/(\d+)(?:\/.*)?$/.exec(path) : null;
    return cloud ? pages.get(cloud[1]!) : undefined;
  }

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', origin);
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const method = request.method ?? 'GET';
    const record: RecordedRequest = {
      method,
      path: `${url.pathname}${url.search}`,
      origin: request.headers.origin,
      referer: request.headers.referer,
      contentType: request.headers['content-type'],
      atlassianToken: request.headers['x-atlassian-token'] as string | undefined,
      session: sessionOf(request) !== undefined,
      body,
      status: 0,
    };
    requests.push(record);
    let reply: Reply;
    const headers: Record<string, string> = {};
    if (!url.pathname.startsWith(`${context}/`)) reply = text(404, 'Not Found');
    else {
      const path = url.pathname.slice(context.length);
      const page = method === 'GET' ? pageView(path, url.searchParams) : undefined;
      if (page) {
        const session = sessionOf(request) ?? randomUUID();
        sessions.add(session);
        headers['set-cookie'] = `${cookieName}=${session}; Path=/; HttpOnly; SameSite=Lax`;
        reply = { status: 200, text: pageHtml(page), headers: { 'content-type': 'text/html; charset=utf-8' } };
      } else if (!/^\/(rest|api)\//.test(path)) reply = text(404, 'Not Found');
      else if (!record.session)
        reply =
          kind === 'server' ? restError(401, 'This request requires authentication') : v2Error(401, 'UNAUTHORIZED');
      else reply = rest(method, path, url.searchParams, request, body);
    }
    record.status = reply.status;
    Object.assign(headers, reply.headers ?? {});
    if (reply.json !== undefined) headers['content-type'] = 'application/json;charset=UTF-8';
    else if (reply.text !== undefined && !headers['content-type']) headers['content-type'] = 'text/plain;charset=UTF-8';
    response.writeHead(reply.status, { 'cache-control': 'no-store', ...headers });
    response.end(reply.json !== undefined ? JSON.stringify(reply.json) : (reply.text ?? ''));
  }

  const server = createServer((request, response) => {
    answer(request, response).catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  origin = `http://${options.host ?? '127.0.0.1'}:${port}`;
  return {
    origin,
    base: `${origin}${context}`,
    pageUrl,
    page: (id) => pages.get(id)!,
    requests,
    restRequests: () => requests.filter((r) => /\/(rest|api)\//.test(r.path)),
    conflictNext: () => {
      conflict = true;
    },
    signOut: () => sessions.clear(),
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

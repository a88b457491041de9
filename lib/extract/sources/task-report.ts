// Confluence Task Report macro output: a table with Description / Due date / Assignee / Task appears on
// columns (matched by header text: its classes are unverified). Each row's task belongs to the page named
// in "Task appears on", not to the page showing the report.
import type { PageRef } from '../../model/page';
import { mustWait, notePerson, resolveLink, type ExtractContext } from '../context';
import { composeTask, joinLines, readLines } from '../inline';
import { isDoneStatus } from '../markers';
import type { Reader } from '../reader';
import { readTaskBody } from '../task-body';
import { cellFor, dateInCell, tableInfo, TABLE_TAGS } from '../tables';
import { squash } from '../text';
import { readTaskItem } from './inline-tasks';

/** Task Report macro output, matched by its container where present; its headers decide otherwise. */
const TASK_REPORT_CONTAINER = '[data-macro-name="tasks-report-macro"], .task-report, .tasks-report';

function sourcePageOf(
  cell: Element | undefined,
  contentId: string | undefined,
  ctx: ExtractContext,
): PageRef | undefined {
  const link = cell?.querySelector('a[href]');
  if (!link) return undefined;
  const url = resolveLink(link.getAttribute('href'), ctx);
  const page: PageRef = { title: squash(link.textContent ?? '') };
  const id = (url && (/[?&]pageId=(\d+)/.exec(url)?.[1] ?? /\/pages\/(\d+)/.exec(url)?.[1])) || contentId;
  if (id) page.id = id;
  if (url) page.url = url;
  return page;
}

export const taskReport: Reader = {
  name: 'task-report',
  tags: TABLE_TAGS,
  visit(el: Element, ctx: ExtractContext) {
    const info = tableInfo(el, ctx);
    // Its headers showed a language the page must be prepared for: read the table again then.
    if (mustWait(ctx)) return 'again';
    if (!info) return;
    const describes = info.roles.has('description') || info.roles.has('action');
    if (!describes || !(info.roles.has('location') || el.closest(TASK_REPORT_CONTAINER))) return;
    for (const record of info.records) {
      const description = cellFor(record, info, 'description') ?? cellFor(record, info, 'action');
      if (!description) continue;
      const li = description.el.querySelector('li[data-inline-task-id]');
      const item = li ? readTaskItem(li) : null;
      const parts = item
        ? readTaskBody(item.body, undefined, ctx.languages)
        : composeTask(joinLines(readLines(description.el)), undefined, ctx.languages);
      if (!parts.text) continue;
      const dueCell = cellFor(record, info, 'due')?.el;
      if (!parts.due && dueCell) {
        parts.due = dateInCell(dueCell, undefined, ctx.languages) ?? null;
        if (parts.due) parts.dueFrom = 'column';
      }
      const assigneeCell = cellFor(record, info, 'owner')?.el;
      if (!parts.assignees.length && assigneeCell) {
        parts.assignees = readLines(assigneeCell).flatMap((line) => line.people.map((p) => p.value));
        parts.ownerFrom = 'column';
      }
      parts.assignees.forEach((p) => notePerson(p, ctx));
      const status = squash(cellFor(record, info, 'status')?.el.textContent ?? '');
      const done = item ? item.done : isDoneStatus(status);
      ctx.tasks.push({
        el: record.row,
        origin: 'task-report',
        ...parts,
        status: done ? 'done' : 'open',
        statusFrom: item ? 'task-state' : done ? 'column' : undefined,
        taskId: item?.taskId,
        contentId: item?.contentId,
        sourcePage: sourcePageOf(cellFor(record, info, 'location')?.el, item?.contentId, ctx),
      });
    }
    return 'claim';
  },
};

// Fixtures: confluence-server/dmlt-2022-10-18.html

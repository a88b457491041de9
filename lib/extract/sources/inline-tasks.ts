// Confluence inline tasks: rendered `ul.inline-task-list > li[data-inline-task-id]` (`li.checked` = done),
// storage format `ac:task` (`ac:task-status` complete/incomplete), and Cloud's page view as its renderer draws
// it: `div[role=group][data-task-list-local-id] > div[data-task-local-id]` holding the checkbox and
// `div[data-component="content"]` (older renderers: `ol > li[data-task-local-id]`, empty ids). A rendered item
// carries no state attribute: it is done when its checkbox is checked (`data-task-state` is the editor's and
// the clipboard's markup). A nested list sits in a wrapper carrying the child list's id: the wrapper is not a
// task, its items are. Sources: /work/shared/notes/confluence-cloud-and-writeback.md §1.2.
import { meetingOf, notePerson, referenceDate, topicOf, type ExtractContext } from '../context';
import { passOver } from '../explain';
import { isChecked, isPlaceholder } from '../markers';
import type { Reader } from '../reader';
import { isTaskList, readTaskBody } from '../task-body';
import { squash, tagOf } from '../text';

function childByTag(el: Element, tag: string): Element | undefined {
  return Array.from(el.children).find((child) => tagOf(child) === tag);
}

interface TaskItem {
  body: Element;
  taskId: string | undefined;
  contentId: string | undefined;
  done: boolean;
}

/** Reads an element as a wiki task item, or null when it is not one. */
export function readTaskItem(el: Element): TaskItem | null {
  const tag = tagOf(el);
  if (tag === 'LI' && el.hasAttribute('data-inline-task-id')) {
    return {
      body: el,
      taskId: el.getAttribute('data-inline-task-id') || undefined,
      contentId: el.parentElement?.getAttribute('data-inline-tasks-content-id') || undefined,
      done: el.classList.contains('checked'),
    };
  }
  if (tag === 'AC:TASK') {
    const body = childByTag(el, 'AC:TASK-BODY');
    if (!body) return null;
    return {
      body,
      taskId: squash(childByTag(el, 'AC:TASK-ID')?.textContent ?? '') || undefined,
      contentId: undefined,
      done: squash(childByTag(el, 'AC:TASK-STATUS')?.textContent ?? '') === 'complete',
    };
  }
  if (el.hasAttribute('data-task-local-id')) {
    const first = el.firstElementChild;
    if (first && isTaskList(first)) return null;
    const checkbox = el.querySelector('input[type="checkbox"]');
    return {
      body: el.querySelector('[data-component="content"]') ?? el,
      taskId: el.getAttribute('data-task-local-id') || undefined,
      contentId: undefined,
      done: el.getAttribute('data-task-state') === 'DONE' || (!!checkbox && isChecked(checkbox)),
    };
  }
  return null;
}

function addTask(el: Element, item: TaskItem, ctx: ExtractContext): void {
  const meeting = meetingOf(el, ctx);
  const parts = readTaskBody(item.body, referenceDate(meeting, ctx), ctx.languages);
  parts.assignees.forEach((p) => notePerson(p, ctx));
  // Template placeholders ("Type your task here") leave an empty body or their own words: not a task.
  if (!parts.text || isPlaceholder(parts.text)) {
    passOver(ctx, el, 'inline-task', parts.text, parts.text ? 'placeholder' : 'empty-task');
    return;
  }
  ctx.tasks.push({
    el,
    origin: 'inline-task',
    ...parts,
    status: item.done ? 'done' : 'open',
    statusFrom: 'task-state',
    taskId: item.taskId,
    contentId: item.contentId,
    topic: topicOf(el, ctx),
    meeting,
  });
}

export const inlineTasks: Reader = {
  name: 'inline-task',
  // Rendered and exported items are <li>, storage format <ac:task>, Cloud's renderer <div> (or <li>).
  tags: new Set(['LI', 'AC:TASK', 'DIV']),
  visit(el: Element, ctx: ExtractContext) {
    const item = readTaskItem(el);
    if (!item) return;
    addTask(el, item, ctx);
    // Sub-tasks nested in this task's body are read here, since the walk does not enter a claimed item.
    for (const nested of Array.from(item.body.querySelectorAll('li[data-inline-task-id], [data-task-local-id]'))) {
      const nestedItem = readTaskItem(nested);
      if (nestedItem) addTask(nested, nestedItem, ctx);
    }
    for (const nested of Array.from(item.body.getElementsByTagName('ac:task'))) {
      const nestedItem = readTaskItem(nested);
      if (nestedItem) addTask(nested, nestedItem, ctx);
    }
    return 'claim';
  },
};

// Fixtures: confluence-server/dmlt-2022-10-18.html, confluence-storage/2024-02-12-team-sync.xml, confluence-cloud/sprint-review.html, confluence-cloud/nested-tasks-no-title.html, confluence-export/Weekly-sync-2022-03-01_123456.html, confluence-server/protokoll-teamrunde-2024-03-14.html, confluence-cloud/acta-reunion-2023-03-09.html

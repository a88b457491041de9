// Confluence inline tasks: rendered `ul.inline-task-list > li[data-inline-task-id]` (`li.checked` = done),
// storage format `ac:task` (`ac:task-status` complete/incomplete), and Cloud's renderer task items
// (`[data-task-local-id]`, done when its checkbox is checked or `data-task-state="DONE"`), nested anywhere.
import { meetingOf, notePerson, referenceDate, topicOf, type ExtractContext } from '../context';
import type { Reader } from '../reader';
import { readTaskBody } from '../task-body';
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
    const checkbox = el.querySelector('input[type="checkbox"]');
    return {
      body: el.querySelector('[data-component="content"]') ?? el,
      taskId: el.getAttribute('data-task-local-id') || undefined,
      contentId: undefined,
      done: el.getAttribute('data-task-state') === 'DONE' || !!checkbox?.hasAttribute('checked'),
    };
  }
  return null;
}

function addTask(el: Element, item: TaskItem, ctx: ExtractContext): void {
  const meeting = meetingOf(el, ctx);
  const parts = readTaskBody(item.body, referenceDate(meeting, ctx));
  parts.assignees.forEach((p) => notePerson(p, ctx));
  // Template placeholders ("Type your task here") leave an empty body: not a task.
  if (!parts.text) return;
  ctx.tasks.push({
    el,
    origin: 'inline-task',
    ...parts,
    status: item.done ? 'done' : 'open',
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

// Fixtures: confluence-server/dmlt-2022-10-18.html, confluence-storage/2024-02-12-team-sync.xml, confluence-cloud/sprint-review.html, confluence-export/Weekly-sync-2022-03-01_123456.html

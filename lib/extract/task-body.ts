// The body of a wiki task item (Confluence inline task, storage-format task, Cloud task item) read as
// text, assignees and due date, leaving out nested task lists and template placeholders.
import type { IsoDate } from '../model/page';
import { composeTask, joinLines, readLines, type TaskParts } from './inline';
import { tagOf } from './text';
import type { Words } from './words';

/** Nested task lists: their items are tasks of their own, not part of the parent's text. */
export function isTaskList(el: Element): boolean {
  const tag = tagOf(el);
  if (tag === 'AC:TASK-LIST' || tag === 'AC:PLACEHOLDER') return true;
  if ((tag === 'UL' || tag === 'OL') && el.classList?.contains('inline-task-list')) return true;
  return el.hasAttribute('data-task-list-local-id');
}

export function readTaskBody(body: Element, reference: IsoDate | undefined, languages?: readonly Words[]): TaskParts {
  return composeTask(joinLines(readLines(body, { skip: isTaskList })), reference, languages);
}

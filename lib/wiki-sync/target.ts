// Which stored tasks can be written back, to which wiki, and what the write asks for.
import type { StoredTask } from '../model/stored-task';
import type { WriteTarget } from './outcome';

/** The origin of the wiki a task lives on: its own page's, else the first page it was seen on. */
export function wikiOriginOf(record: StoredTask): string | undefined {
  for (const url of [record.wiki.sourcePage.url, ...record.locations.map((location) => location.url)]) {
    if (url && URL.canParse(url)) return new URL(url).origin;
  }
  return undefined;
}

/** The wiki numbers the task (a Confluence inline task, on its page or in a Task Report), so its status can be set there. */
export function isWritable(record: StoredTask): boolean {
  const { wiki, user } = record;
  return (
    !!wiki.taskId &&
    !!wiki.contentId &&
    (wiki.origin === 'inline-task' || wiki.origin === 'task-report') &&
    !user.createdByUser
  );
}

/** What writing the user's status asks of the wiki; undefined when the wiki does not number the task or nothing was set. */
export function writeTargetOf(record: StoredTask): WriteTarget | undefined {
  const { wiki, user } = record;
  if (!isWritable(record) || !wiki.taskId || !wiki.contentId) return undefined;
  const want = record.wikiWrite?.status ?? user.status?.value;
  if (!want) return undefined;
  return {
    contentId: wiki.contentId,
    taskId: wiki.taskId,
    lastSeen: wiki.status,
    want,
    at: record.wikiWrite?.at ?? user.status?.at ?? record.updatedAt,
    text: wiki.text,
    assignees: wiki.assignees,
    due: wiki.due,
  };
}

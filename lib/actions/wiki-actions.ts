// A page's tasks as actions, the way the wiki alone sees them: nobody's in particular, none gone, no user
// edits. The CLI exports these; the overlay shows them while the store cannot be reached.
import type { Action } from '../model/action';
import type { PageTasks } from '../model/extraction';

export function wikiActions(extraction: PageTasks): Action[] {
  return extraction.tasks.map((task) => ({
    id: task.id,
    text: task.text,
    assignees: task.assignees,
    due: task.due,
    status: task.status,
    mine: false,
    origin: task.origin,
    sourcePage: task.sourcePage,
    ...(task.topic ? { topic: task.topic } : {}),
    ...(task.meetingDate ? { meetingDate: task.meetingDate } : {}),
    ...(extraction.page.series ? { series: extraction.page.series } : {}),
    gone: false,
  }));
}

// What a write to the wiki and a pull from it come to, shared by the Server/Data Center and Cloud paths.
import type { IsoDate, Person } from '../model/page';
import type { WikiWriteProblem } from '../model/stored-task';
import type { Task, TaskStatus } from '../model/task';

/** The task to set on the wiki, as Agendum knows it. */
export interface WriteTarget {
  /** The page (or blog post) that holds the task. */
  contentId: string;
  /** The task's id on that page, as the page view names it (`data-inline-task-id`, `data-task-local-id`). */
  taskId: string;
  /** The status the wiki had when Agendum last read it. */
  lastSeen: TaskStatus;
  /** The status the user set. */
  want: TaskStatus;
  /** When the user set it. */
  at: string;
  /** What the page says, to recognise the task by when no id links it (Cloud). */
  text: string;
  assignees: Person[];
  due: IsoDate | null;
}

/** How a Cloud task in the page view was linked to the task the REST API knows (shown in the diagnostics). */
export type MatchPath = 'local-id-as-is' | 'storage-task-uuid' | 'text-assignee-due';

export type WriteResult =
  /** The wiki took the status. */
  | { kind: 'sent'; via?: MatchPath }
  /** The wiki already had it (someone set it there too): nothing was sent. */
  | { kind: 'already'; via?: MatchPath }
  /** The wiki's status changed after Agendum last read it, and later than the user's change: it wins. */
  | { kind: 'wiki-newer'; status: TaskStatus; changedAt?: string; via?: MatchPath }
  | { kind: 'held'; problem: WikiWriteProblem; via?: MatchPath };

/**
 * Whether to send, given the wiki's status now (`current`) and, when the wiki says it, when that task last
 * changed there. A status the wiki already has is not sent again. A status that changed on the wiki since
 * Agendum last read it wins, unless the wiki dates the change and the user's is later.
 */
export function decideWrite(target: WriteTarget, current: TaskStatus, changedAt?: string): 'send' | WriteResult {
  if (current === target.want) return { kind: 'already' };
  if (current === target.lastSeen) return 'send';
  if (changedAt !== undefined && Date.parse(changedAt) <= Date.parse(target.at)) return 'send';
  return { kind: 'wiki-newer', status: current, changedAt };
}

/** What pulling the reader's open tasks found. */
export type PullResult =
  | {
      ok: true;
      tasks: Task[];
      /** The wiki service that listed them, for the diagnostics view. */
      source: 'task-report' | 'my-tasks' | 'cloud-tasks';
      /** Listed tasks Agendum could not place on their page, so left out (never stored as guesses). */
      leftOut: number;
    }
  | { ok: false; message: string };

export const NO_TASK_LIST =
  'This wiki answered neither its Task Report service (/rest/inlinetasks/1/my-task-report/) nor My Tasks (/rest/mywork/1/task), so Agendum cannot list your tasks there.';

// An action item as the wiki states it: the output of extraction.
import { z } from './zod';
import { IsoDate, PageRef, Person } from './page';

export const TaskStatus = z.enum(['open', 'done']);
export type TaskStatus = z.infer<typeof TaskStatus>;

export const TaskOrigin = z.enum([
  'inline-task',
  'task-report',
  'table-row',
  'checkbox',
  'text-marker',
  'section-list',
]);
export type TaskOrigin = z.infer<typeof TaskOrigin>;

export const Task = z.object({
  /** Stable across visits: wiki host + content id + inline task id, else page + normalised text. */
  id: z.string().check(z.minLength(1)),
  /** The wiki's own per-page task id (Confluence `data-inline-task-id`), when it has one. */
  taskId: z.optional(z.string().check(z.minLength(1))),
  /**
   * The wiki content (page or blog post) that holds `taskId`: Confluence's `data-inline-tasks-content-id`, else
   * the page id. For a Task Report row it is the page the task lives on. Write-back addresses the task by both.
   */
  contentId: z.optional(z.string().check(z.minLength(1))),
  text: z.string().check(z.minLength(1)),
  assignees: z.array(Person),
  due: z.nullable(IsoDate),
  status: TaskStatus,
  origin: TaskOrigin,
  sourcePage: PageRef,
  /** The agenda row or heading the task sits under. */
  topic: z.optional(z.string().check(z.minLength(1))),
  /** The meeting it was agreed in, for pages holding several meetings. */
  meetingDate: z.optional(IsoDate),
});
export type Task = z.infer<typeof Task>;

/** A sentence that reads like an action but carries no marker: offered, never stored as a task. */
export const Suggestion = z.object({
  text: z.string().check(z.minLength(1)),
  topic: z.optional(z.string().check(z.minLength(1))),
  meetingDate: z.optional(IsoDate),
});
export type Suggestion = z.infer<typeof Suggestion>;

// An action as the user sees it: a stored task with the user's own edits applied.
// The popup, the exports and the badge read this view; the store builds it.
import { z } from 'zod';
import { IsoDate, PageRef, Person } from './page';
import { TaskOrigin, TaskStatus } from './task';

export const Action = z.object({
  id: z.string().min(1),
  text: z.string().min(1),
  assignees: z.array(Person),
  /** The user's due date when they set one, else the wiki's. */
  due: IsoDate.nullable(),
  /** The newest of the wiki's and the user's status. */
  status: TaskStatus,
  /** When it was marked done (ISO date-time, UTC), if known. */
  completedAt: z.string().optional(),
  snoozedUntil: IsoDate.optional(),
  /** The user marked it theirs, or an assignee matches one of their identities. */
  mine: z.boolean(),
  note: z.string().optional(),
  origin: TaskOrigin,
  sourcePage: PageRef,
  topic: z.string().optional(),
  meetingDate: IsoDate.optional(),
  series: z.string().optional(),
  /** No longer found on its page (kept, never deleted). */
  gone: z.boolean(),
});
export type Action = z.infer<typeof Action>;

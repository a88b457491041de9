// An action as the user sees it: a stored task with the user's own edits applied.
// The popup, the exports and the badge read this view; the store builds it.
import { z } from './zod';
import { IsoDate, PageRef, Person } from './page';
import { TaskOrigin, TaskStatus } from './task';

export const Action = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
  assignees: z.array(Person),
  /** The user's due date when they set one, else the wiki's. */
  due: z.nullable(IsoDate),
  /** The newest of the wiki's and the user's status. */
  status: TaskStatus,
  /** When it was marked done (ISO date-time, UTC), if known. */
  completedAt: z.optional(z.string()),
  snoozedUntil: z.optional(IsoDate),
  /** The user marked it theirs, or an assignee matches one of their identities. */
  mine: z.boolean(),
  note: z.optional(z.string()),
  origin: TaskOrigin,
  sourcePage: PageRef,
  topic: z.optional(z.string()),
  meetingDate: z.optional(IsoDate),
  series: z.optional(z.string()),
  /** No longer found on its page (kept, never deleted). */
  gone: z.boolean(),
  /** A status change on its way to the wiki: still being sent, or held back, with the reason in words. */
  wikiWrite: z.optional(z.object({ state: z.enum(['sending', 'held']), message: z.string() })),
});
export type Action = z.infer<typeof Action>;

// What the store keeps: per task, the wiki's half and the user's half, where it was seen, and the
// denormalised fields its indexes read; per page, what the last visit found. Schemas only: the index
// fields are computed by `withIndexFields` (lib/store/merge.ts), never written by hand.
import { z } from 'zod';
import { IsoDate, WikiKind } from './page';
import { Task, TaskStatus } from './task';

/** An instant as `Date.prototype.toISOString()` writes it (UTC). */
export const Timestamp = z.iso.datetime();
export type Timestamp = z.infer<typeof Timestamp>;

/** A page the task was seen on: its own page, or another page reporting it (a Confluence Task Report). */
export const TaskLocation = z.object({
  /** The address the user visited. */
  url: z.string().min(1),
  pageId: z.string().min(1).optional(),
  title: z.string(),
  lastSeen: Timestamp,
  /** Set when a visit found the page without the task; cleared when it is back. */
  goneAt: Timestamp.optional(),
});
export type TaskLocation = z.infer<typeof TaskLocation>;

/** What the wiki says. A page sync rewrites this half and nothing else. */
export const WikiHalf = Task.omit({ id: true }).extend({
  series: z.string().min(1).optional(),
  /** When a sync last saw the wiki's status change (or first saw the task): the wiki side of the conflict rule. */
  statusChangedAt: Timestamp,
  firstSeen: Timestamp,
  lastSeen: Timestamp,
});
export type WikiHalf = z.infer<typeof WikiHalf>;

/** A W3C Web Annotation TextQuoteSelector: where a user-made action's text sits on its page. */
export const TextAnchor = z.object({
  exact: z.string().min(1),
  prefix: z.string(),
  suffix: z.string(),
});
export type TextAnchor = z.infer<typeof TextAnchor>;

/** What the user says. Only the user's own edits (and imports of them) change this half. */
export const UserHalf = z.object({
  /** The user's status, and when they set it: the user side of the conflict rule. */
  status: z.object({ value: TaskStatus, at: Timestamp, completedAt: Timestamp.optional() }).optional(),
  mine: z.boolean().optional(),
  /** A due date overriding the wiki's; `null` = the user removed the date. */
  due: IsoDate.nullable().optional(),
  snoozeUntil: IsoDate.optional(),
  note: z.string().optional(),
  pinned: z.boolean().optional(),
  hidden: z.boolean().optional(),
  /** Made by the user from selected text, not found by extraction. */
  createdByUser: z.boolean().optional(),
  anchor: TextAnchor.optional(),
  /** When the user last changed this half: imports keep the newer one. */
  updatedAt: Timestamp.optional(),
});
export type UserHalf = z.infer<typeof UserHalf>;

/** The halves and locations: everything that is not derived. */
export const StoredTaskCore = z.object({
  id: z.string().min(1),
  wiki: WikiHalf,
  locations: z.array(TaskLocation).min(1),
  user: UserHalf,
  updatedAt: Timestamp,
});
export type StoredTaskCore = z.infer<typeof StoredTaskCore>;

export const StoredTask = StoredTaskCore.extend({
  /** Missing from its own page (or, never seen there, from every location): kept, never deleted. */
  goneAt: Timestamp.optional(),
  /** Which side's status is the newer, and so in force. */
  statusSource: z.enum(['wiki', 'user']),
  effectiveStatus: TaskStatus,
  /** The user's due date if they set one, else the wiki's; absent when there is none. */
  effectiveDue: IsoDate.optional(),
  /** Page keys (`pageKeyOf`) of the source page and of every location still showing the task. */
  pageKeys: z.array(z.string()),
  /** Present only while open and not gone: the effective due date, or '' when undated. */
  openDue: z.string().optional(),
  /**
   * `[person key, openDue]` for each key of each assignee while open and not gone, else empty. Person keys:
   * `n:` folded name, `u:` lower-cased username, `a:` account id, `k:` user key (lib/store/keys.ts).
   */
  personOpenDue: z.array(z.tuple([z.string(), z.string()])),
  /** Folded words of the text, topic, assignees and note, for prefix search (stop words and single letters left out). */
  words: z.array(z.string()),
});
export type StoredTask = z.infer<typeof StoredTask>;

export const StoredPage = z.object({
  /** `host:pageId` when the page has an id, else its url without the fragment. */
  key: z.string().min(1),
  url: z.string().min(1),
  wiki: WikiKind,
  pageId: z.string().min(1).optional(),
  title: z.string(),
  space: z.string().optional(),
  series: z.string().optional(),
  isMeeting: z.boolean(),
  meetingDates: z.array(IsoDate),
  firstSeen: Timestamp,
  lastSeen: Timestamp,
  counts: z.object({ tasks: z.number().int().nonnegative(), open: z.number().int().nonnegative(), done: z.number().int().nonnegative() }),
});
export type StoredPage = z.infer<typeof StoredPage>;

/** A change the user makes to a task's user half. `null` clears snooze; a due equal to the wiki's clears the override. */
export const UserPatch = z
  .object({
    status: TaskStatus,
    mine: z.boolean(),
    due: IsoDate.nullable(),
    snoozeUntil: IsoDate.nullable(),
    note: z.string(),
    pinned: z.boolean(),
    hidden: z.boolean(),
  })
  .partial();
export type UserPatch = z.infer<typeof UserPatch>;

// What the store keeps: per task, the wiki's half and the user's half, where it was seen, and the
// denormalised fields its indexes read; per page, what the last visit found. Schemas only: the index
// fields are computed by `withIndexFields` (lib/store/merge.ts), never written by hand.
import { z } from './zod';
import { IsoDate, WikiKind } from './page';
import { Task, TaskStatus } from './task';

/** An instant as `Date.prototype.toISOString()` writes it (UTC). */
export const Timestamp = z.iso.datetime();
export type Timestamp = z.infer<typeof Timestamp>;

/** A page the task was seen on: its own page, or another page reporting it (a Confluence Task Report). */
export const TaskLocation = z.object({
  /** The address the user visited. */
  url: z.string().check(z.minLength(1)),
  pageId: z.optional(z.string().check(z.minLength(1))),
  title: z.string(),
  lastSeen: Timestamp,
  /** Set when a visit found the page without the task; cleared when it is back. */
  goneAt: z.optional(Timestamp),
});
export type TaskLocation = z.infer<typeof TaskLocation>;

/** What the wiki says. A page sync rewrites this half and nothing else. */
export const WikiHalf = z.extend(z.omit(Task, { id: true }), {
  series: z.optional(z.string().check(z.minLength(1))),
  /** When a sync last saw the wiki's status change (or first saw the task): the wiki side of the conflict rule. */
  statusChangedAt: Timestamp,
  firstSeen: Timestamp,
  lastSeen: Timestamp,
});
export type WikiHalf = z.infer<typeof WikiHalf>;

/**
 * A W3C Web Annotation TextQuoteSelector: where a user-made action's text sits on its page. `start` is the
 * TextPositionSelector's start, kept as a hint for when the text repeats or was edited.
 */
export const TextAnchor = z.object({
  exact: z.string().check(z.minLength(1)),
  prefix: z.string(),
  suffix: z.string(),
  start: z.optional(z.int().check(z.nonnegative())),
});
export type TextAnchor = z.infer<typeof TextAnchor>;

/** What the user says. Only the user's own edits (and imports of them) change this half. */
export const UserHalf = z.object({
  /** The user's status, and when they set it: the user side of the conflict rule. */
  status: z.optional(z.object({ value: TaskStatus, at: Timestamp, completedAt: z.optional(Timestamp) })),
  mine: z.optional(z.boolean()),
  /** A due date overriding the wiki's; `null` = the user removed the date. */
  due: z.optional(z.nullable(IsoDate)),
  snoozeUntil: z.optional(IsoDate),
  note: z.optional(z.string()),
  pinned: z.optional(z.boolean()),
  hidden: z.optional(z.boolean()),
  /** Made by the user from selected text, not found by extraction. */
  createdByUser: z.optional(z.boolean()),
  anchor: z.optional(TextAnchor),
  /** When the user last changed this half: imports keep the newer one. */
  updatedAt: z.optional(Timestamp),
});
export type UserHalf = z.infer<typeof UserHalf>;

/** Why a status change has not reached the wiki yet (lib/wiki-sync/problems.ts says each in words). */
export const WikiWriteProblem = z.enum([
  'no-tab',
  'signed-out',
  'forbidden',
  'xsrf',
  'not-found',
  'conflict',
  'unmapped',
  'refused',
  'server',
  'network',
]);
export type WikiWriteProblem = z.infer<typeof WikiWriteProblem>;

/**
 * A status the user set in Agendum that is still to be written to the wiki (only while write-back is on for
 * its site). Kept until the wiki has it, the wiki's own newer change wins, or the user's status no longer holds.
 */
export const WikiWrite = z.object({
  /** The wiki's origin: a tab on it sends the request, with the page's own cookies. */
  origin: z.string().check(z.minLength(1)),
  status: TaskStatus,
  /** When the user made the change. */
  at: Timestamp,
  /** Why the last try did not get through; absent before the first try. */
  problem: z.optional(WikiWriteProblem),
  triedAt: z.optional(Timestamp),
});
export type WikiWrite = z.infer<typeof WikiWrite>;

/** The halves and locations: everything that is not derived. */
export const StoredTaskCore = z.object({
  id: z.string().check(z.minLength(1)),
  wiki: WikiHalf,
  locations: z.array(TaskLocation).check(z.minLength(1)),
  user: UserHalf,
  updatedAt: Timestamp,
  wikiWrite: z.optional(WikiWrite),
});
export type StoredTaskCore = z.infer<typeof StoredTaskCore>;

/**
 * A user edit that changes whether an open task is listed as theirs or at all, or an action the user made
 * (lib/store/merge.ts derives them).
 */
export const UserMark = z.enum(['mine', 'not-mine', 'hidden', 'made']);
export type UserMark = z.infer<typeof UserMark>;

export const StoredTask = z.extend(StoredTaskCore, {
  /** Missing from its own page (or, never seen there, from every location): kept, never deleted. */
  goneAt: z.optional(Timestamp),
  /** Which side's status is the newer, and so in force. */
  statusSource: z.enum(['wiki', 'user']),
  effectiveStatus: TaskStatus,
  /** The user's due date if they set one, else the wiki's; absent when there is none. */
  effectiveDue: z.optional(IsoDate),
  /** Page keys (`pageKeyOf`) of the source page and of every location still showing the task. */
  pageKeys: z.array(z.string()),
  /** Present only while open and not gone: the effective due date, or '' when undated. */
  openDue: z.optional(z.string()),
  /** The text as the popup orders tasks due the same day (`textSortKey`): indexes list records in the popup's order. */
  sortText: z.string(),
  /**
   * `[person key, openDue, sortText]` for each key of each assignee while open and not gone, else empty. Person
   * keys: `n:` folded name, `u:` lower-cased username, `a:` account id, `k:` user key, each also prefixed by
   * the task's site (`@host n:…`) for identities that hold on one site only (lib/store/keys.ts).
   */
  personOpenDue: z.array(z.tuple([z.string(), z.string(), z.string()])),
  /**
   * While open and not gone, the user's edits that make it theirs, not theirs or hidden; and whether they made
   * it. Few records have any: views read them beside their index ranges.
   */
  userMarks: z.array(UserMark),
});
export type StoredTask = z.infer<typeof StoredTask>;

export const StoredPage = z.object({
  /** `host:pageId` when the page has an id, else its url without the fragment. */
  key: z.string().check(z.minLength(1)),
  url: z.string().check(z.minLength(1)),
  wiki: WikiKind,
  pageId: z.optional(z.string().check(z.minLength(1))),
  title: z.string(),
  space: z.optional(z.string()),
  series: z.optional(z.string()),
  isMeeting: z.boolean(),
  meetingDates: z.array(IsoDate),
  firstSeen: Timestamp,
  lastSeen: Timestamp,
  counts: z.object({
    tasks: z.int().check(z.nonnegative()),
    open: z.int().check(z.nonnegative()),
    done: z.int().check(z.nonnegative()),
  }),
});
export type StoredPage = z.infer<typeof StoredPage>;

/** A change the user makes to a task's user half. `null` clears snooze; a due equal to the wiki's clears the override. */
export const UserPatch = z.partial(
  z.object({
    status: TaskStatus,
    mine: z.boolean(),
    due: z.nullable(IsoDate),
    snoozeUntil: z.nullable(IsoDate),
    note: z.string(),
    pinned: z.boolean(),
    hidden: z.boolean(),
  }),
);
export type UserPatch = z.infer<typeof UserPatch>;

/** One site as the options page lists what is stored: how many actions were read on it, and about how much they take. */
export interface StoredSite {
  /** The origin the actions were read on, e.g. `https://wiki.example.org`. */
  origin: string;
  actions: number;
  bytes: number;
}

// How a stored task changes: a page sync (wiki half only), a missing sighting, a user edit, an import.
// Pure: no idb, no clock (`now` is an ISO timestamp parameter). Callers run these inside one transaction.
import type { PageTasks } from '../model/extraction';
import type { PageRef } from '../model/page';
import type {
  StoredPage,
  StoredTask,
  StoredTaskCore,
  TaskLocation,
  UserHalf,
  UserMark,
  UserPatch,
  WikiHalf,
} from '../model/stored-task';
import type { Task } from '../model/task';
import { namesPageId } from '../sites/page-scope';
import { siteOfTask } from '../sites/site-of';
import { textSortKey } from '../text-sort';
import { pageKeyOf, peopleKeys, siteKey, withoutFragment } from './keys';

/** Where and when a sync saw the page's tasks. */
export interface Sighting {
  location: { url: string; pageId?: string; title: string };
  /** The page's meeting series: it belongs to the tasks whose own page this is. */
  series?: string;
  now: string;
}

/** `a` is strictly earlier than `b`; a missing time is earlier than any. */
export function isEarlier(a: string | undefined, b: string | undefined): boolean {
  return (a === undefined ? -Infinity : Date.parse(a)) < (b === undefined ? -Infinity : Date.parse(b));
}

export function locationKey(location: { url: string; pageId?: string }): string {
  return pageKeyOf(location.url, location.pageId);
}

/** The location is the page the task was agreed on (not a page reporting it). */
export function isOwnLocation(location: { url: string; pageId?: string }, sourcePage: PageRef): boolean {
  if (location.pageId && sourcePage.id) return location.pageId === sourcePage.id;
  return sourcePage.url !== undefined && withoutFragment(location.url) === withoutFragment(sourcePage.url);
}

function goneAtOf(core: StoredTaskCore): string | undefined {
  const own = core.locations.find((location) => isOwnLocation(location, core.wiki.sourcePage));
  if (own) return own.goneAt;
  if (!core.locations.every((location) => location.goneAt)) return undefined;
  return core.locations.map((location) => location.goneAt).reduce((a, b) => (isEarlier(a, b) ? b : a));
}

/**
 * The user's edits that change whether an open task is listed as theirs or at all (only while it is open: the
 * lists of open work are what index ranges answer), and whether they made it. Few records have any, so views
 * read them apart.
 */
function userMarksOf(user: UserHalf, open: boolean): UserMark[] {
  const marks: UserMark[] = [];
  if (open && user.mine === true) marks.push('mine');
  if (open && user.mine === false) marks.push('not-mine');
  if (open && user.hidden) marks.push('hidden');
  if (user.createdByUser) marks.push('made');
  return marks;
}

/**
 * The record with every derived field recomputed from its halves and locations. The conflict rule lives
 * here: the side whose status changed last is in force, the user's on a tie (they acted on what they saw).
 */
export function withIndexFields(core: StoredTaskCore): StoredTask {
  const { wiki, user } = core;
  const userWins = user.status !== undefined && !isEarlier(user.status.at, wiki.statusChangedAt);
  const effectiveStatus = userWins && user.status ? user.status.value : wiki.status;
  const effectiveDue = (user.due !== undefined ? user.due : wiki.due) ?? undefined;
  const goneAt = goneAtOf(core);
  const plain = peopleKeys(wiki.assignees);
  const site = siteOfTask(core);
  const people = site === undefined ? plain : [...plain, ...plain.map((key) => siteKey(site, key))];
  const openDue = effectiveStatus === 'open' && !goneAt ? (effectiveDue ?? '') : undefined;
  const sortText = textSortKey(wiki.text);
  const live = core.locations.filter((location) => !location.goneAt);
  const pageKeys = [
    ...(wiki.sourcePage.url ? [pageKeyOf(wiki.sourcePage.url, wiki.sourcePage.id)] : []),
    ...live.map(locationKey),
  ];
  return {
    id: core.id,
    wiki,
    locations: core.locations,
    user,
    updatedAt: core.updatedAt,
    ...(core.wikiWrite ? { wikiWrite: core.wikiWrite } : {}),
    goneAt,
    statusSource: userWins ? 'user' : 'wiki',
    effectiveStatus,
    effectiveDue,
    pageKeys: [...new Set(pageKeys)],
    openDue,
    sortText,
    personOpenDue: openDue === undefined ? [] : people.map((key): [string, string, string] => [key, openDue, sortText]),
    userMarks: userMarksOf(user, openDue !== undefined),
  };
}

function wikiFieldsOf(
  task: Task,
  series: string | undefined,
): Omit<WikiHalf, 'statusChangedAt' | 'firstSeen' | 'lastSeen'> {
  return {
    text: task.text,
    assignees: task.assignees,
    due: task.due,
    status: task.status,
    origin: task.origin,
    sourcePage: task.sourcePage,
    topic: task.topic,
    meetingDate: task.meetingDate,
    taskId: task.taskId,
    contentId: task.contentId,
    series,
  };
}

/**
 * The wiki half after `task` was seen: all of it from the task on its own page; on a page reporting it, what
 * reports show (text, people, due, status). A wiki status different from the stored one is a wiki-side
 * change at `now`.
 */
function sightedWiki(existing: StoredTask | undefined, task: Task, { now, location, series }: Sighting): WikiHalf {
  // Whose task it is was settled when it was first stored: a page that names itself its page does not make it so.
  const own = isOwnLocation(location, existing?.wiki.sourcePage ?? task.sourcePage);
  const fields =
    own || !existing
      ? wikiFieldsOf(task, own ? series : undefined)
      : { ...existing.wiki, text: task.text, assignees: task.assignees, due: task.due, status: task.status };
  return {
    ...fields,
    statusChangedAt: existing && existing.wiki.status === task.status ? existing.wiki.statusChangedAt : now,
    firstSeen: existing?.wiki.firstSeen ?? now,
    lastSeen: now,
  };
}

/** `task` as a sync saw it, merged into the stored record (or a new one). Only the wiki half and this location change. */
export function mergeSighting(existing: StoredTask | undefined, task: Task, sighting: Sighting): StoredTask {
  const { now, location } = sighting;
  const seen: TaskLocation = { url: location.url, pageId: location.pageId, title: location.title, lastSeen: now };
  const key = locationKey(location);
  const others = (existing?.locations ?? []).filter((known) => locationKey(known) !== key);
  return withIndexFields({
    id: task.id,
    wiki: sightedWiki(existing, task, sighting),
    locations: [...others, seen],
    user: existing?.user ?? {},
    updatedAt: now,
    wikiWrite: existing?.wikiWrite,
  });
}

/** The wiki fields a sync can change, compared: did this sighting change what the wiki says? */
export function wikiChanged(before: WikiHalf, after: WikiHalf): boolean {
  const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  return (
    before.text !== after.text ||
    before.due !== after.due ||
    before.status !== after.status ||
    before.origin !== after.origin ||
    before.topic !== after.topic ||
    before.meetingDate !== after.meetingDate ||
    before.taskId !== after.taskId ||
    before.contentId !== after.contentId ||
    before.series !== after.series ||
    !same(before.assignees, after.assignees) ||
    !same(before.sourcePage, after.sourcePage)
  );
}

/**
 * How precisely a sighting's time is kept. Every visit syncs its page, and rewriting unchanged tasks only
 * to move `lastSeen` cost seconds per 10,000 in Chromium, so an unchanged task is rewritten at most this often.
 */
export const SIGHTING_PRECISION_MS = 60 * 60 * 1000;

/**
 * Seeing `task` in `sighting` says something `before` does not, so the merged record must be stored. Decided
 * without merging, as most of a page's tasks on a revisit say nothing new: the same wiki fields, the same
 * location still showing it, seen again within SIGHTING_PRECISION_MS.
 */
export function sightingWorthWriting(before: StoredTask | undefined, task: Task, sighting: Sighting): boolean {
  if (!before) return true;
  const { location, now } = sighting;
  const key = locationKey(location);
  const was = before.locations.find((known) => locationKey(known) === key);
  if (!was || was.goneAt || was.url !== location.url || was.title !== location.title) return true;
  if (wikiChanged(before.wiki, sightedWiki(before, task, sighting))) return true;
  return Date.parse(now) - Date.parse(was.lastSeen) >= SIGHTING_PRECISION_MS;
}

/** The page's record after a visit says something the stored one does not (its lastSeen to SIGHTING_PRECISION_MS). */
export function pageWorthWriting(before: StoredPage | undefined, after: StoredPage): boolean {
  if (!before) return true;
  const { lastSeen: seenBefore, ...restBefore } = before;
  const { lastSeen: seenAfter, ...restAfter } = after;
  return (
    JSON.stringify(restBefore) !== JSON.stringify(restAfter) ||
    Date.parse(seenAfter) - Date.parse(seenBefore) >= SIGHTING_PRECISION_MS
  );
}

/**
 * A visit to the page keyed `key`, at `location`, did not find the task: that location is gone (the same record
 * when it already was). A task said to be agreed on this page (by a Task Report) that the page itself does not
 * show is gone too: the page, read at its own address, is the one to say what it holds.
 */
export function markMissing(record: StoredTask, key: string, now: string, location: Sighting['location']): StoredTask {
  const seenHere = record.locations.some((known) => locationKey(known) === key);
  if (
    !seenHere &&
    record.wiki.sourcePage.url &&
    pageKeyOf(record.wiki.sourcePage.url, record.wiki.sourcePage.id) === key
  ) {
    const never: TaskLocation = { ...location, lastSeen: record.wiki.lastSeen, goneAt: now };
    return withIndexFields({ ...record, locations: [...record.locations, never], updatedAt: now });
  }
  if (!record.locations.some((known) => locationKey(known) === key && !known.goneAt)) return record;
  const locations = record.locations.map((known) =>
    locationKey(known) === key && !known.goneAt ? { ...known, goneAt: now } : known,
  );
  return withIndexFields({ ...record, locations, updatedAt: now });
}

/**
 * The user's edit applied to the user half. A status only counts when it changes what the user sees, so
 * re-ticking a done task does not take it over from the wiki; a due equal to the wiki's removes the override.
 */
export function applyUserPatch(record: StoredTask, patch: UserPatch, now: string): StoredTask {
  const user: UserHalf = { ...record.user, updatedAt: now };
  if (patch.status !== undefined && patch.status !== record.effectiveStatus) {
    user.status = { value: patch.status, at: now, completedAt: patch.status === 'done' ? now : undefined };
  }
  if (patch.mine !== undefined) user.mine = patch.mine;
  if (patch.due !== undefined) user.due = patch.due === record.wiki.due ? undefined : patch.due;
  if (patch.snoozeUntil !== undefined) user.snoozeUntil = patch.snoozeUntil ?? undefined;
  if (patch.note !== undefined) user.note = patch.note || undefined;
  if (patch.pinned !== undefined) user.pinned = patch.pinned;
  if (patch.hidden !== undefined) user.hidden = patch.hidden;
  return withIndexFields({ ...record, user, updatedAt: now });
}

// A location's latest news: when it was last seen or found gone.
function locationStamp(location: TaskLocation): string {
  return location.goneAt && isEarlier(location.lastSeen, location.goneAt) ? location.goneAt : location.lastSeen;
}

/**
 * A backed-up record merged into the stored one: the wiki half from the later sighting, each location from
 * its later news, the user half from the later user edit. Ties keep what is stored.
 */
export function mergeImported(existing: StoredTask | undefined, incoming: StoredTaskCore): StoredTask {
  if (!existing) return withIndexFields({ ...incoming, wikiWrite: undefined });
  const locations = new Map(existing.locations.map((location) => [locationKey(location), location]));
  for (const location of incoming.locations) {
    const known = locations.get(locationKey(location));
    if (!known || isEarlier(locationStamp(known), locationStamp(location)))
      locations.set(locationKey(location), location);
  }
  return withIndexFields({
    id: existing.id,
    wiki: isEarlier(existing.wiki.lastSeen, incoming.wiki.lastSeen) ? incoming.wiki : existing.wiki,
    locations: [...locations.values()],
    user: isEarlier(existing.user.updatedAt, incoming.user.updatedAt) ? incoming.user : existing.user,
    updatedAt: isEarlier(existing.updatedAt, incoming.updatedAt) ? incoming.updatedAt : existing.updatedAt,
    // A write still to send belongs to this browser's session with the wiki, never to a backup.
    wikiWrite: existing.wikiWrite,
  });
}

/** The page's record after a visit that found `tasks` (already merged, in page order). */
export function pageRecord(
  previous: StoredPage | undefined,
  extraction: PageTasks,
  url: string,
  tasks: StoredTask[],
  now: string,
): StoredPage {
  const { page } = extraction;
  const open = tasks.filter((task) => task.effectiveStatus === 'open').length;
  // An address naming the page's id never replaces another it was read at: that other is the one binding the id.
  const kept =
    previous && page.id && namesPageId(url, page.id) && !namesPageId(previous.url, page.id) ? previous.url : url;
  return {
    key: pageKeyOf(url, page.id),
    url: kept,
    wiki: page.wiki,
    pageId: page.id,
    title: page.title,
    space: page.space,
    series: page.series,
    isMeeting: page.isMeeting,
    meetingDates: page.meetingDates,
    firstSeen: previous?.firstSeen ?? now,
    lastSeen: now,
    counts: { tasks: tasks.length, open, done: tasks.length - open },
  };
}

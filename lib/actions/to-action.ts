// The view the popup, overlay and exports read: a stored task with the user's edits applied.
// Pure; whether an assignee is the user is the caller's to say (identities live in settings).
import type { Action } from '../model/action';
import type { Person } from '../model/page';
import type { StoredTask } from '../model/stored-task';
import { describeProblem } from '../wiki-sync/problems';

// Done by the wiki: known only when a sync saw it change, not when the task was done on first sight.
function completedAt(record: StoredTask): string | undefined {
  if (record.effectiveStatus !== 'done') return undefined;
  if (record.statusSource === 'user') return record.user.status?.completedAt;
  return record.wiki.statusChangedAt === record.wiki.firstSeen ? undefined : record.wiki.statusChangedAt;
}

/** A status change on its way to the wiki, in words: being sent, or held back and why. */
function wikiWriteOf(record: StoredTask): Action['wikiWrite'] {
  const write = record.wikiWrite;
  if (!write) return undefined;
  const host = URL.canParse(write.origin) ? new URL(write.origin).host : write.origin;
  return write.problem
    ? { state: 'held', message: describeProblem(write.problem, host) }
    : { state: 'sending', message: `Sending to ${host}…` };
}

export function toAction(record: StoredTask, isMine: (assignees: Person[]) => boolean): Action {
  const { wiki, user } = record;
  const wikiWrite = wikiWriteOf(record);
  return {
    id: record.id,
    text: wiki.text,
    assignees: wiki.assignees,
    due: record.effectiveDue ?? null,
    status: record.effectiveStatus,
    completedAt: completedAt(record),
    snoozedUntil: user.snoozeUntil,
    mine: user.mine ?? isMine(wiki.assignees),
    note: user.note,
    origin: wiki.origin,
    sourcePage: wiki.sourcePage,
    topic: wiki.topic,
    meetingDate: wiki.meetingDate,
    series: wiki.series,
    gone: record.goneAt !== undefined,
    ...(wikiWrite ? { wikiWrite } : {}),
  };
}

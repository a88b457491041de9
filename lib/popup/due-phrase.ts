// What a popup row says about when an action is due ("3 days overdue", "due Friday", "snoozed until …")
// and how loudly. Pure: `today` is a parameter; the words for open actions come from lib/dates.
import { describeDue, dueBucket, formatDay } from '../dates/describe-due';
import type { Action } from '../model/action';
import type { IsoDate } from '../model/page';

/** `overdue` and `today` are coloured (red, amber); `plain` is not. */
export type DueTone = 'overdue' | 'today' | 'plain';

export interface DuePhrase {
  text: string;
  tone: DueTone;
}

/**
 * Null when there is nothing to say (no due date, not snoozed). A done action shows its date without urgency:
 * "3 days overdue" would be false once it is done. A snoozed one says until when, and is not coloured,
 * since the user chose to put it off.
 */
export function duePhrase(
  action: Pick<Action, 'due' | 'status' | 'snoozedUntil'>,
  today: IsoDate,
  locale?: string,
): DuePhrase | null {
  const { due, status, snoozedUntil } = action;
  if (status === 'done')
    return due === null ? null : { text: `was due ${formatDay(due, today, locale)}`, tone: 'plain' };
  if (snoozedUntil !== undefined && snoozedUntil > today) {
    const until = `snoozed until ${formatDay(snoozedUntil, today, locale)}`;
    return { text: due === null ? until : `${describeDue(due, today, locale)}, ${until}`, tone: 'plain' };
  }
  if (due === null) return null;
  const bucket = dueBucket(due, today);
  return { text: describeDue(due, today, locale), tone: bucket === 'overdue' || bucket === 'today' ? bucket : 'plain' };
}

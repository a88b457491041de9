import { describe, expect, it } from 'vitest';
import { GROUP_ORDER, groupActions } from '../../lib/popup/group-actions';
import type { GroupKey } from '../../lib/popup/group-actions';
import { makeAction } from '../helpers/fake-popup-api';
import type { Action } from '../../lib/model/action';

// A Wednesday.
const TODAY = '2026-03-04';

function groupOf(action: Action): GroupKey | undefined {
  const groups = groupActions([action], TODAY);
  return GROUP_ORDER.find((key) => groups[key].includes(action));
}

describe('groupActions', () => {
  it.each<[string, Partial<Action>, GroupKey]>([
    ['due yesterday is overdue', { due: '2026-03-03' }, 'overdue'],
    ['due today is due today', { due: '2026-03-04' }, 'today'],
    ['due tomorrow is this week', { due: '2026-03-05' }, 'week'],
    ['due in three months is later', { due: '2026-06-04' }, 'later'],
    ['without a due date is no date', { due: null }, 'none'],
    ['done and overdue is only done', { due: '2026-03-03', status: 'done' }, 'done'],
    ['done without a date is done', { due: null, status: 'done' }, 'done'],
    ['overdue but snoozed until tomorrow waits in later', { due: '2026-03-03', snoozedUntil: '2026-03-05' }, 'later'],
    ['undated and snoozed waits in later', { due: null, snoozedUntil: '2026-03-11' }, 'later'],
    ['snoozed until today is back in its due group', { due: '2026-03-03', snoozedUntil: '2026-03-04' }, 'overdue'],
    ['snoozed until yesterday is back in its due group', { due: '2026-03-04', snoozedUntil: '2026-03-03' }, 'today'],
    ['done and snoozed is done', { due: '2026-03-03', snoozedUntil: '2026-03-05', status: 'done' }, 'done'],
  ])('an action %s', (_name, overrides, expected) => {
    expect(groupOf(makeAction(overrides))).toBe(expected);
  });

  it('puts every action in exactly one group', () => {
    const actions = [
      makeAction({ id: '1', due: '2026-03-01' }),
      makeAction({ id: '2', due: null }),
      makeAction({ id: '3', status: 'done' }),
      makeAction({ id: '4', due: '2026-03-04' }),
    ];
    const groups = groupActions(actions, TODAY);
    expect(GROUP_ORDER.flatMap((key) => groups[key].map((a) => a.id)).sort()).toEqual(['1', '2', '3', '4']);
  });

  it('sorts a group by due date, then by text, without regard to case', () => {
    const actions = [
      makeAction({ id: 'c', text: 'call the vendor', due: '2026-03-02' }),
      makeAction({ id: 'b', text: 'Book a room', due: '2026-03-02' }),
      makeAction({ id: 'a', text: 'Zip the logs', due: '2026-02-20' }),
    ];
    expect(groupActions(actions, TODAY).overdue.map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });

  it('sorts undated actions after dated ones in a shared group', () => {
    const actions = [
      makeAction({ id: 'undated', text: 'A', due: null, status: 'done' }),
      makeAction({ id: 'dated', text: 'B', due: '2026-03-10', status: 'done' }),
    ];
    expect(groupActions(actions, TODAY).done.map((a) => a.id)).toEqual(['dated', 'undated']);
  });

  it('leaves its input in its order', () => {
    const actions = [makeAction({ id: '2', due: '2026-03-03' }), makeAction({ id: '1', due: '2026-03-01' })];
    groupActions(actions, TODAY);
    expect(actions.map((a) => a.id)).toEqual(['2', '1']);
  });
});

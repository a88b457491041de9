import { describe, expect, it } from 'vitest';
import { Action } from '../../lib/model/action';
import type { Person } from '../../lib/model/page';
import { applyUserPatch, markMissing, mergeSighting, type Sighting } from '../../lib/store/merge';
import { toAction } from '../../lib/actions/to-action';
import { makeTask, minute, PAGE_A } from '../helpers/open-test-db';

const t = (m: number): string => minute(m).toISOString();
const onA = (m: number): Sighting => ({
  location: { url: PAGE_A.url!, pageId: '100', title: PAGE_A.title },
  series: 'Team sync',
  now: t(m),
});
const isFrossie = (assignees: Person[]): boolean => assignees.some((p) => p.username === 'frossie');
const nobody = (): boolean => false;

describe('toAction', () => {
  it('shows the wiki’s task as a valid Action when the user changed nothing', () => {
    const action = toAction(mergeSighting(undefined, makeTask(1), onA(0)), isFrossie);
    expect(Action.parse(action)).toEqual(action);
    expect(action).toMatchObject({
      id: makeTask(1).id,
      text: 'Send the minutes 1',
      due: '2026-03-10',
      status: 'open',
      mine: true,
      gone: false,
      series: 'Team sync',
    });
    expect(action.completedAt).toBeUndefined();
  });

  it('applies the user’s due date, status, snooze and note', () => {
    const record = applyUserPatch(
      mergeSighting(undefined, makeTask(1), onA(0)),
      { due: '2026-04-01', status: 'done', snoozeUntil: '2026-03-05', note: 'n' },
      t(3),
    );
    expect(toAction(record, nobody)).toMatchObject({
      due: '2026-04-01',
      status: 'done',
      completedAt: t(3),
      snoozedUntil: '2026-03-05',
      note: 'n',
    });
  });

  it('lets the user’s own "mine" flag override the identity match either way', () => {
    const record = mergeSighting(undefined, makeTask(1), onA(0));
    expect(toAction(applyUserPatch(record, { mine: false }, t(1)), isFrossie).mine).toBe(false);
    expect(toAction(applyUserPatch(record, { mine: true }, t(1)), nobody).mine).toBe(true);
  });

  it('gives a completion time for a wiki-done task only when a sync saw it being done', () => {
    expect(
      toAction(mergeSighting(undefined, makeTask(1, { status: 'done' }), onA(0)), nobody).completedAt,
    ).toBeUndefined();
    const seenDone = mergeSighting(
      mergeSighting(undefined, makeTask(1), onA(0)),
      makeTask(1, { status: 'done' }),
      onA(8),
    );
    expect(toAction(seenDone, nobody).completedAt).toBe(t(8));
  });

  it('says a task is gone when its page no longer shows it', () => {
    const gone = markMissing(
      mergeSighting(undefined, makeTask(1), onA(0)),
      'wiki.example.org:100',
      t(5),
      onA(5).location,
    );
    expect(toAction(gone, nobody).gone).toBe(true);
  });
});

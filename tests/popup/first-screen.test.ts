import { describe, expect, it } from 'vitest';
import { addDays } from '../../lib/dates/calendar';
import { dueBucket } from '../../lib/dates/describe-due';
import {
  combineFirstScreen,
  firstScreenOf,
  groupSpans,
  OPEN_GROUPS,
  screenWithEdits,
  type GroupSlices,
} from '../../lib/popup/first-screen';
import { makeAction } from '../helpers/fake-popup-api';

const TODAY = '2026-03-04';

describe('groupSpans', () => {
  it('puts every due date in the group dueBucket names, and undated ones in No date', () => {
    const spans = groupSpans(TODAY);
    for (let days = -400; days <= 400; days++) {
      const due = addDays(TODAY, days);
      const holding = OPEN_GROUPS.filter((key) => spans[key].from <= due && due < spans[key].to);
      expect(holding, due).toEqual([dueBucket(due, TODAY)]);
    }
    expect(OPEN_GROUPS.filter((key) => spans[key].from <= '' && '' < spans[key].to)).toEqual(['none']);
  });
});

describe('combineFirstScreen', () => {
  const empty = (): GroupSlices => ({
    overdue: { count: 0, actions: [] },
    today: { count: 0, actions: [] },
    week: { count: 0, actions: [] },
    later: { count: 0, actions: [] },
    none: { count: 0, actions: [] },
  });

  it('moves a snoozed action from the range that counted it to Later, and drops a hidden one', () => {
    const late = makeAction({ id: 'late', due: '2026-03-01' });
    const snoozed = makeAction({ id: 'snoozed', due: '2026-03-02', snoozedUntil: '2026-03-10' });
    const slices = empty();
    slices.overdue = { count: 3, actions: [late, snoozed, makeAction({ id: 'hidden', due: '2026-03-03' })] };
    const screen = combineFirstScreen(
      slices,
      [
        { id: 'snoozed', action: snoozed, countedIn: 'overdue' },
        { id: 'hidden', action: undefined, countedIn: 'overdue' },
      ],
      TODAY,
      'everyone',
      10,
    );
    expect(screen.overdue).toEqual({ count: 1, actions: [late] });
    expect(screen.later).toEqual({ count: 1, actions: [snoozed] });
  });

  it('adds an action the user claimed that the index did not count, in Mine', () => {
    const claimed = makeAction({ id: 'claimed', due: TODAY, mine: true });
    const screen = combineFirstScreen(
      empty(),
      [{ id: 'claimed', action: claimed, countedIn: undefined }],
      TODAY,
      'mine',
      10,
    );
    expect(screen.today).toEqual({ count: 1, actions: [claimed] });
  });
});

describe('screenWithEdits', () => {
  const actions = [
    makeAction({ id: 'a', due: '2026-03-01' }),
    makeAction({ id: 'b', due: '2026-03-02' }),
    makeAction({ id: 'c', due: TODAY }),
  ];
  const screen = firstScreenOf(actions, TODAY, 'everyone', 10);

  it('takes an action marked done out of its group', () => {
    const after = screenWithEdits(screen, { a: { status: 'done' } }, TODAY, 'everyone');
    expect(after.overdue).toEqual({ count: 1, actions: [actions[1]] });
  });

  it('moves a snoozed action to Later', () => {
    const after = screenWithEdits(screen, { c: { snoozedUntil: '2026-03-05' } }, TODAY, 'everyone');
    expect(after.today.count).toBe(0);
    expect(after.later).toEqual({ count: 1, actions: [{ ...actions[2], snoozedUntil: '2026-03-05' }] });
  });
});

import { describe, expect, it } from 'vitest';
import { actionState } from '../../lib/actions/action-state';
import type { Action } from '../../lib/model/action';
import { makeAction } from '../helpers/make-action';

const TODAY = '2026-03-04';

describe('actionState', () => {
  it.each<[string, Partial<Action>, string]>([
    ['a done action, even long past its date', { status: 'done', due: '2020-01-01' }, 'done'],
    ['an open action due yesterday', { due: '2026-03-03' }, 'overdue'],
    ['an open action due today', { due: TODAY }, 'due-soon'],
    ['an open action due in three days', { due: '2026-03-07' }, 'due-soon'],
    ['an open action due in four days', { due: '2026-03-08' }, 'open'],
    ['an open action with no due date', { due: null }, 'open'],
    ['an overdue action snoozed until tomorrow', { due: '2026-03-01', snoozedUntil: '2026-03-05' }, 'open'],
    ['an overdue action whose snooze ended today', { due: '2026-03-01', snoozedUntil: TODAY }, 'overdue'],
    ['a done action that is also snoozed', { status: 'done', due: '2026-03-01', snoozedUntil: '2026-03-05' }, 'done'],
  ])('calls %s "%s"', (_name, overrides, state) => {
    expect(actionState(makeAction(overrides), TODAY)).toBe(state);
  });
});

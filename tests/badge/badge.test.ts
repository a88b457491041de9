import { describe, expect, it } from 'vitest';
import { badgeFor, dueTodayDigest } from '../../lib/badge/badge';
import { localIsoDate } from '../../lib/dates/calendar';
import type { Action } from '../../lib/model/action';
import { makeAction } from '../helpers/fake-popup-api';

// A Wednesday.
const TODAY = '2026-03-04';
const OVERDUE_ONLY = { countDueToday: false };
const WITH_TODAY = { countDueToday: true };

/** One of the user's open actions due on `due`; override what the test is about. */
const mine = (due: string | null, overrides: Partial<Action> = {}): Action =>
  makeAction({ id: `${due}-${overrides.text ?? ''}`, due, mine: true, text: `Task due ${due}`, ...overrides });

describe('badgeFor: which actions count', () => {
  it.each<[string, Partial<Action>, string | null, boolean]>([
    ['due yesterday', {}, '2026-03-03', true],
    ['due long ago', {}, '2025-01-01', true],
    ['due today (not late yet)', {}, TODAY, false],
    ['due tomorrow', {}, '2026-03-05', false],
    ['without a due date', {}, null, false],
    ["someone else's", { mine: false }, '2026-03-03', false],
    [
      'done (locally, even if the wiki still says open: status is already the newer side)',
      { status: 'done' },
      '2026-03-03',
      false,
    ],
    ['gone from its page', { gone: true }, '2026-03-03', false],
    ['snoozed until tomorrow', { snoozedUntil: '2026-03-05' }, '2026-03-03', false],
    ['snoozed until today (the snooze is over)', { snoozedUntil: TODAY }, '2026-03-03', true],
    ['snoozed until a past day', { snoozedUntil: '2026-03-01' }, '2026-03-03', true],
  ])('an action %s counts: %s', (_, overrides, due, counts) => {
    expect(badgeFor([mine(due, overrides)], TODAY, OVERDUE_ONLY).count).toBe(counts ? 1 : 0);
  });

  it.each<[string | null, boolean]>([
    [TODAY, true],
    ['2026-03-03', true],
    ['2026-03-05', false],
    [null, false],
  ])('with "count due today", an action due %s counts: %s', (due, counts) => {
    expect(badgeFor([mine(due)], TODAY, WITH_TODAY).count).toBe(counts ? 1 : 0);
  });

  it('a snoozed action due today does not count even with "count due today"', () => {
    expect(badgeFor([mine(TODAY, { snoozedUntil: '2026-03-06' })], TODAY, WITH_TODAY).count).toBe(0);
  });

  it('judges "today" by the local date: due yesterday at 23:59 in Los Angeles is already late in Berlin', () => {
    // 07:59 UTC on 5 March: still 4 March, 23:59, in Los Angeles; 08:59 on 5 March in Berlin.
    const now = new Date('2026-03-05T07:59:00Z');
    const action = mine('2026-03-04');
    expect(badgeFor([action], localIsoDate(now, 'America/Los_Angeles'), OVERDUE_ONLY).count).toBe(0);
    expect(badgeFor([action], localIsoDate(now, 'Europe/Berlin'), OVERDUE_ONLY).count).toBe(1);
  });
});

describe('badgeFor: what it shows', () => {
  it('shows no text and the plain tooltip at zero', () => {
    expect(badgeFor([mine('2026-03-05')], TODAY, OVERDUE_ONLY)).toEqual({ count: 0, text: '', title: 'Agendum' });
  });

  it.each<[number, string]>([
    [1, '1'],
    [99, '99'],
    [100, '99+'],
    [250, '99+'],
  ])('shows %i late actions as "%s"', (n, text) => {
    const actions = Array.from({ length: n }, (_, i) => mine('2026-03-01', { id: `a${i}`, text: `Task ${i}` }));
    const badge = badgeFor(actions, TODAY, OVERDUE_ONLY);
    expect(badge.count).toBe(n);
    expect(badge.text).toBe(text);
  });

  it('names the three most overdue in the tooltip, oldest first, with how late each is', () => {
    const actions = [
      mine('2026-03-03', { text: 'Book the room' }),
      mine('2026-02-20', { text: 'Send the budget' }),
      mine('2026-03-01', { text: 'Review the plan' }),
      mine('2026-03-02', { text: 'Email Tim' }),
    ];
    expect(badgeFor(actions, TODAY, OVERDUE_ONLY).title).toBe(
      'Agendum: 4 overdue — Send the budget (12 days), Review the plan (3 days), Email Tim (2 days), and 1 more',
    );
  });

  it('says "1 day" and, when due today counts, "due today"', () => {
    const actions = [mine(TODAY, { text: 'Call Bob' }), mine('2026-03-03', { text: 'Write notes' })];
    expect(badgeFor(actions, TODAY, WITH_TODAY).title).toBe(
      'Agendum: 2 overdue or due today — Write notes (1 day), Call Bob (due today)',
    );
  });

  it('shortens a long action text in the tooltip', () => {
    const text = `Prepare ${'a very long '.repeat(10)}report`;
    const { title } = badgeFor([mine('2026-03-03', { text })], TODAY, OVERDUE_ONLY);
    const named = title.split(' — ')[1] ?? '';
    expect(named).toMatch(/^Prepare a very long .*… \(1 day\)$/);
    expect(named.length).toBeLessThan(60);
  });
});

describe('dueTodayDigest', () => {
  it('is null when none of the pending actions is due today', () => {
    const actions = [
      mine('2026-03-03'),
      mine(TODAY, { mine: false }),
      mine(TODAY, { status: 'done' }),
      mine(TODAY, { snoozedUntil: '2026-03-05' }),
    ];
    expect(dueTodayDigest(actions, TODAY)).toBeNull();
  });

  it("lists the user's actions due today, one per line", () => {
    const actions = [
      mine(TODAY, { text: 'Send the slides' }),
      mine(TODAY, { text: 'Book the room' }),
      mine('2026-03-03'),
    ];
    expect(dueTodayDigest(actions, TODAY)).toEqual({
      count: 2,
      title: '2 actions due today',
      message: 'Book the room\nSend the slides',
    });
  });

  it('names five and says how many more', () => {
    const actions = Array.from({ length: 7 }, (_, i) => mine(TODAY, { id: `a${i}`, text: `Task ${i}` }));
    const digest = dueTodayDigest(actions, TODAY);
    expect(digest?.title).toBe('7 actions due today');
    expect(digest?.message.split('\n')).toEqual(['Task 0', 'Task 1', 'Task 2', 'Task 3', 'Task 4', 'and 2 more']);
  });

  it('says "1 action" for one', () => {
    expect(dueTodayDigest([mine(TODAY)], TODAY)?.title).toBe('1 action due today');
  });
});

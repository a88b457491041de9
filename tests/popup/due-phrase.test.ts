import { describe, expect, it } from 'vitest';
import { describeDue } from '../../lib/dates/describe-due';
import { duePhrase } from '../../lib/popup/due-phrase';
import type { DueTone } from '../../lib/popup/due-phrase';
import { makeAction } from '../helpers/fake-popup-api';

const TODAY = '2026-03-04';

describe('duePhrase', () => {
  it.each<[string, string, DueTone]>([
    ['overdue', '2026-03-01', 'overdue'],
    ['due today', '2026-03-04', 'today'],
    ['due this week', '2026-03-06', 'plain'],
    ['due later', '2026-05-01', 'plain'],
  ])('says when an open action %s is due, in lib/dates’ words, with its tone', (_name, due, tone) => {
    expect(duePhrase(makeAction({ due }), TODAY)).toEqual({ text: describeDue(due, TODAY), tone });
  });

  it('says nothing about an open action without a due date', () => {
    expect(duePhrase(makeAction({ due: null }), TODAY)).toBeNull();
  });

  it('gives a done action its date without urgency', () => {
    expect(duePhrase(makeAction({ due: '2026-03-01', status: 'done' }), TODAY, 'en-GB')).toEqual({
      text: 'was due 1 Mar',
      tone: 'plain',
    });
    expect(duePhrase(makeAction({ due: '2025-12-01', status: 'done' }), TODAY, 'en-GB')?.text).toBe(
      'was due 1 Dec 2025',
    );
  });

  it('says until when a snoozed action waits, uncoloured', () => {
    expect(duePhrase(makeAction({ due: '2026-03-01', snoozedUntil: '2026-03-11' }), TODAY, 'en-GB')).toEqual({
      text: '3 days overdue, snoozed until 11 Mar',
      tone: 'plain',
    });
    expect(duePhrase(makeAction({ due: null, snoozedUntil: '2026-03-11' }), TODAY, 'en-GB')).toEqual({
      text: 'snoozed until 11 Mar',
      tone: 'plain',
    });
  });

  it('forgets a snooze that has run out', () => {
    expect(duePhrase(makeAction({ due: '2026-03-01', snoozedUntil: '2026-03-04' }), TODAY)?.tone).toBe('overdue');
  });
});

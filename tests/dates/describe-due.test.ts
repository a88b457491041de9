import { describe, expect, it } from 'vitest';
import { describeDue, dueBucket, formatDay } from '../../lib/dates/describe-due';

// A Thursday.
const TODAY = '2026-11-26';

describe('dueBucket', () => {
  it.each([
    [null, 'none'],
    ['2026-11-25', 'overdue'],
    ['2025-01-01', 'overdue'],
    ['2026-11-26', 'today'],
    ['2026-11-27', 'week'],
    ['2026-12-03', 'week'],
    ['2026-12-04', 'later'],
    ['2027-06-01', 'later'],
  ])('puts a task due %s in %s', (due, expected) => {
    expect(dueBucket(due, TODAY)).toBe(expected);
  });

  it('counts the week across a year end', () => {
    expect(dueBucket('2027-01-07', '2026-12-31')).toBe('week');
    expect(dueBucket('2027-01-08', '2026-12-31')).toBe('later');
  });
});

describe('describeDue', () => {
  it.each([
    [null, 'no due date'],
    ['2026-11-23', '3 days overdue'],
    ['2026-11-25', '1 day overdue'],
    ['2025-11-26', '365 days overdue'],
    ['2026-11-26', 'due today'],
    ['2026-11-27', 'due tomorrow'],
    ['2026-11-28', 'due in 2 days'],
    ['2026-12-02', 'due in 6 days'],
    ['2026-12-03', 'due 3 Dec'],
    ['2026-12-12', 'due 12 Dec'],
    ['2027-12-12', 'due 12 Dec 2027'],
  ])('phrases a task due %s as "%s"', (due, expected) => {
    expect(describeDue(due, TODAY, 'en-GB')).toBe(expected);
  });

  it('names the year once the date is in the next one', () => {
    expect(describeDue('2027-01-08', '2026-12-30', 'en-GB')).toBe('due 8 Jan 2027');
    expect(describeDue('2027-01-02', '2026-12-30', 'en-GB')).toBe('due in 3 days');
  });
});

describe('formatDay', () => {
  it.each([
    ['en-GB', '2027-01-15', '15 Jan 2027'],
    ['en-GB', '2026-01-15', '15 Jan'],
    ['en-US', '2027-01-15', 'Jan 15, 2027'],
    ['de-DE', '2027-01-15', '15. Jan. 2027'],
    ['ja-JP', '2027-01-15', '2027年1月15日'],
  ])('writes a day as a %s reader does', (locale, day, expected) => {
    expect(formatDay(day, TODAY, locale)).toBe(expected);
  });

  it('never moves a day, whatever the time zone (the first and last of a year)', () => {
    expect(formatDay('2027-01-01', TODAY, 'en-GB')).toBe('1 Jan 2027');
    expect(formatDay('2026-12-31', TODAY, 'en-GB')).toBe('31 Dec');
  });
});

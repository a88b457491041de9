import { describe, expect, it } from 'vitest';
import { dueDateBounds, readDateField, snoozeBounds } from '../../lib/dates/date-field';
import { formatDay } from '../../lib/dates/describe-due';

const TODAY = '2026-11-26';

describe('date fields', () => {
  it('take due dates from ten years back to ten years ahead, and snoozes from tomorrow', () => {
    expect(dueDateBounds(TODAY)).toEqual({ min: '2016-01-01', max: '2036-12-31' });
    expect(snoozeBounds(TODAY)).toEqual({ min: '2026-11-27', max: '2036-12-31' });
  });

  it.each(['2026-12-01', '2016-01-01', '2036-12-31'])('accept %s as a due date', (value) => {
    expect(readDateField(value, dueDateBounds(TODAY), TODAY)).toEqual({ date: value });
  });

  it('read an empty field as no date', () => {
    expect(readDateField('', dueDateBounds(TODAY), TODAY)).toEqual({ date: null });
  });

  it.each(['152027-01-15', '2037-01-01', '2015-12-31', '2026-02-30', '15/01/2027'])(
    'say in words which dates %s is not among',
    (value) => {
      const bounds = dueDateBounds(TODAY);
      expect(readDateField(value, bounds, TODAY)).toEqual({
        error: `Pick a date from ${formatDay(bounds.min, TODAY)} to ${formatDay(bounds.max, TODAY)}.`,
      });
    },
  );

  it('turn down a snooze until today, and a half-typed date', () => {
    expect(readDateField(TODAY, snoozeBounds(TODAY), TODAY)).toHaveProperty('error');
    expect(readDateField('', dueDateBounds(TODAY), TODAY, true)).toEqual({
      error: 'That date is not complete: give the day, the month and the year.',
    });
  });
});

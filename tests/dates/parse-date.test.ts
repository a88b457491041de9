import { describe, expect, it } from 'vitest';
import { dateFromDatetimeAttribute, findAllDates, findDate, stripDate } from '../../lib/dates/parse-date';

// A Thursday.
const MEETING = '2022-11-03';

/** The matched date and the exact text the match covers. */
function found(text: string, reference?: string): [string, string] | null {
  const match = findDate(text, reference);
  return match && [match.date, text.slice(match.start, match.end)];
}

describe('findDate: absolute dates', () => {
  it.each([
    ['Review the doc 2022-11-03', '2022-11-03', '2022-11-03'],
    ['Review the doc 2022/11/03', '2022-11-03', '2022/11/03'],
    ['Meeting 2013-01-08 notes', '2013-01-08', '2013-01-08'],
    ['Weekly-sync-2022-03-01_123456', '2022-03-01', '2022-03-01'],
    ['started 2022-11-03T10:00:00Z', '2022-11-03', '2022-11-03'],
    ['03 Nov 2022', '2022-11-03', '03 Nov 2022'],
    ['3 November 2022', '2022-11-03', '3 November 2022'],
    ['3rd November 2022', '2022-11-03', '3rd November 2022'],
    ['the 3rd of November, 2022', '2022-11-03', '3rd of November, 2022'],
    ['03-Nov-2022', '2022-11-03', '03-Nov-2022'],
    ['Nov 3, 2022', '2022-11-03', 'Nov 3, 2022'],
    ['Nov. 3, 2022', '2022-11-03', 'Nov. 3, 2022'],
    ['November 3 2022', '2022-11-03', 'November 3 2022'],
    ['November 3rd, 2022', '2022-11-03', 'November 3rd, 2022'],
    ['2023-Oct-24', '2023-10-24', '2023-Oct-24'],
    ['Sept 5 2022', '2022-09-05', 'Sept 5 2022'],
    ['5 SEPTEMBER 2022', '2022-09-05', '5 SEPTEMBER 2022'],
    ['due nov 3 2022', '2022-11-03', 'nov 3 2022'],
    ['MAY 5, 2023', '2023-05-05', 'MAY 5, 2023'],
    ['29 Feb 2024', '2024-02-29', '29 Feb 2024'],
    ['Thursday, 3 November 2022', '2022-11-03', 'Thursday, 3 November 2022'],
    ['Thu Nov 3, 2022', '2022-11-03', 'Thu Nov 3, 2022'],
  ])('reads "%s" as %s from "%s"', (text, date, phrase) => {
    expect(found(text)).toEqual([date, phrase]);
  });

  it.each([
    ['2023-02-29'],
    ['31 Feb 2022'],
    ['2022-13-01'],
    ['3/11/2022'],
    ['11/03/2022'],
    ['03.11.2022'],
    ['Nov 2022'],
    ['we may need it'],
    ['at 13:30'],
    ['version 2022.1'],
    ['ticket DM-20221'],
    ['Oct 24'],
    ['24 Oct'],
  ])('finds no date in "%s" without a meeting date', (text) => {
    expect(findDate(text)).toBeNull();
  });

  it.each([
    ['Oct 24', '2022-11-03', '2022-10-24'],
    ['24 Oct', '2022-11-03', '2022-10-24'],
    ['Jan 5', '2022-12-20', '2023-01-05'],
    ['Dec 30', '2023-01-02', '2022-12-30'],
    ['May 5', '2022-11-03', '2022-05-05'],
    ['Feb 29', '2023-06-01', '2024-02-29'],
    ['24 Oct 13:30', '2022-11-03', '2022-10-24'],
  ])('gives "%s" the year nearest the meeting of %s: %s', (text, reference, expected) => {
    expect(findDate(text, reference)?.date).toBe(expected);
  });

  it('takes lower-case "may" without a year as the verb', () => {
    expect(findDate('we may 2 more', MEETING)).toBeNull();
  });

  it('finds the first of several dates', () => {
    expect(found('Moved from 2022-11-10 to 2023-01-05')).toEqual(['2022-11-10', '2022-11-10']);
  });
});

describe('findDate: relative dates need the meeting date', () => {
  it.each([
    ['today', '2022-11-03', 'today'],
    ['Send it tonight', '2022-11-03', 'tonight'],
    ['by tomorrow', '2022-11-04', 'by tomorrow'],
    ['Maria to call the vendor by Friday.', '2022-11-04', 'by Friday'],
    ['due Thursday', '2022-11-10', 'due Thursday'],
    ['due by Monday', '2022-11-07', 'due by Monday'],
    ['on Wednesday', '2022-11-09', 'on Wednesday'],
    ['before next Tuesday', '2022-11-08', 'before next Tuesday'],
    ['Saturday', '2022-11-05', 'Saturday'],
    ['by Fri', '2022-11-04', 'by Fri'],
    ['next week', '2022-11-10', 'next week'],
    ['by next week.', '2022-11-10', 'by next week'],
    ['end of the week', '2022-11-04', 'end of the week'],
    ['by end of next week', '2022-11-11', 'by end of next week'],
    ['end of month', '2022-11-30', 'end of month'],
    ['by the end of the month', '2022-11-30', 'end of the month'],
    ['in 3 days', '2022-11-06', 'in 3 days'],
    ['in two weeks', '2022-11-17', 'in two weeks'],
    ['in a week', '2022-11-10', 'in a week'],
    ['within 5 days', '2022-11-08', 'within 5 days'],
  ])('reads "%s" as %s from "%s"', (text, date, phrase) => {
    expect(found(text, MEETING)).toEqual([date, phrase]);
  });

  it.each([
    ['end of the week', '2022-11-04', '2022-11-04'],
    ['end of the week', '2022-11-05', '2022-11-11'],
    ['end of the week', '2022-11-06', '2022-11-11'],
    ['end of the month', '2024-02-10', '2024-02-29'],
    ['tomorrow', '2022-12-31', '2023-01-01'],
    ['Monday', '2022-11-07', '2022-11-14'],
  ])('reads "%s" said on %s as %s', (text, reference, expected) => {
    expect(findDate(text, reference)?.date).toBe(expected);
  });

  it.each([['today'], ['by Friday'], ['next week'], ['in 3 days']])(
    'reads no date in "%s" without a meeting date',
    (text) => {
      expect(findDate(text)).toBeNull();
    },
  );

  it.each([
    ['Mondays are slow'],
    ['the Fridays list'],
    ['we sat down with Sun'],
    ['Wed the two branches'],
    ['Todays'],
    ['at 13:30'],
  ])('finds no date in "%s"', (text) => {
    expect(findDate(text, MEETING)).toBeNull();
  });

  it('reads a weekday followed by its date as that date, not as the next such weekday', () => {
    expect(found('on Friday, 11 Nov 2022', MEETING)).toEqual(['2022-11-11', 'Friday, 11 Nov 2022']);
  });
});

describe('findAllDates', () => {
  const days = (text: string, reference?: string) => findAllDates(text, reference).map((m) => m.date);

  it.each([
    ['2022-02-15 to 17', ['2022-02-15', '2022-02-16', '2022-02-17']],
    ['15–17 Feb 2022', ['2022-02-15', '2022-02-16', '2022-02-17']],
    ['15th-17th February 2022', ['2022-02-15', '2022-02-16', '2022-02-17']],
    ['March 14-16, 2022', ['2022-03-14', '2022-03-15', '2022-03-16']],
    ['Feb 28 – Mar 2, 2022', ['2022-02-28', '2022-03-01', '2022-03-02']],
    ['Dec 30 - Jan 1, 2023', ['2022-12-30', '2022-12-31', '2023-01-01']],
    ['2022-11-03 to 2022-11-05', ['2022-11-03', '2022-11-04', '2022-11-05']],
  ])('reads every day of the range "%s"', (text, expected) => {
    expect(days(text)).toEqual(expected);
  });

  it('gives each day of a range the range offsets', () => {
    const text = 'F2F 15–17 Feb 2022 (Tucson)';
    expect(findAllDates(text).map((m) => text.slice(m.start, m.end))).toEqual([
      '15–17 Feb 2022',
      '15–17 Feb 2022',
      '15–17 Feb 2022',
    ]);
  });

  it('reads a range without a year against the meeting date', () => {
    expect(days('March 14-16', MEETING)).toEqual(['2023-03-14', '2023-03-15', '2023-03-16']);
    expect(findDate('March 14-16', MEETING)?.date).toBe('2023-03-14');
  });

  it.each([
    ['Nov 3, 2022 - 5 items', ['2022-11-03']],
    ['2022-11-03 - 10:00', ['2022-11-03']],
    ['2022-11-03 - 1', ['2022-11-03']],
    ['2022-01-01 to 2022-06-01', ['2022-01-01', '2022-06-01']],
  ])('does not read "%s" as a range', (text, expected) => {
    expect(days(text)).toEqual(expected);
  });

  it('lists separate dates in order without overlaps', () => {
    const text = 'Opened 2022-10-20, moved to 3 Nov 2022, due by Friday';
    expect(findAllDates(text, MEETING)).toEqual([
      { date: '2022-10-20', start: 7, end: 17 },
      { date: '2022-11-03', start: 28, end: 38 },
      { date: '2022-11-04', start: 40, end: 53 },
    ]);
  });

  it('never lets a range reach back into the date before it', () => {
    const matches = findAllDates('March 14-16 - 17 Feb 2022', MEETING);
    expect(matches.map((m) => [m.date, m.start, m.end]).at(-1)).toEqual(['2022-02-17', 14, 25]);
    expect(
      matches.every((m, i) => i === 0 || m.start >= matches[i - 1]!.end || m.start === matches[i - 1]!.start),
    ).toBe(true);
  });

  it('finds nothing in text without dates', () => {
    expect(findAllDates('Agenda and action items', MEETING)).toEqual([]);
  });
});

describe('dateFromDatetimeAttribute', () => {
  it.each([
    ['2022-11-03', '2022-11-03'],
    [' 2022-11-03 ', '2022-11-03'],
    ['2022-11-03T00:00:00.000Z', '2022-11-03'],
    ['2022-11-03T23:30:00+13:00', '2022-11-03'],
    ['2022-11-03T10:00', '2022-11-03'],
    ['2023-02-29', null],
    ['2022-11-3', null],
    ['Nov 3, 2022', null],
    ['2022-11-03 and more', null],
    ['', null],
  ])('reads "%s" as %s', (value, expected) => {
    expect(dateFromDatetimeAttribute(value)).toBe(expected);
  });
});

describe('stripDate', () => {
  const strip = (text: string, reference: string | undefined = MEETING): string =>
    stripDate(text, findDate(text, reference)!);

  it.each([
    ['Review the doc - 3 Nov 2022', 'Review the doc'],
    ['3 Nov 2022 - Review the doc', 'Review the doc'],
    ['Review the doc, 3 Nov 2022, then ship', 'Review the doc, then ship'],
    ['Review the doc (2022-11-03)', 'Review the doc'],
    ['Review the doc [2022-11-03] today', 'Review the doc today'],
    ['Review PR #12 (due 2022-11-03)', 'Review PR #12'],
    ['Review PR #12 (Due: 3 Nov 2022) first', 'Review PR #12 first'],
    ['Review PR #12 [deadline 2022-11-03]', 'Review PR #12'],
    ['Review PR #12 (see the thread of 2022-11-03)', 'Review PR #12 (see the thread of)'],
    ['Maria to call the vendor by Friday.', 'Maria to call the vendor'],
    ['Call the vendor by Friday. Then ship', 'Call the vendor. Then ship'],
    ['Open the ticket by Nov 3, 2024', 'Open the ticket by'],
    ['Open the ticket by Nov 3, 2024.', 'Open the ticket by'],
    ['Ship  it   in 3 days  please', 'Ship it please'],
    ['Ship it by Friday?', 'Ship it?'],
    ['2022-11-03', ''],
  ])('turns "%s" into "%s"', (text, expected) => {
    expect(strip(text)).toBe(expected);
  });
});

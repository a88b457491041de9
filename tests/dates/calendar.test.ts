import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  endOfMonth,
  isIsoDate,
  isoDate,
  localIsoDate,
  nextLocalMidnight,
  weekday,
} from '../../lib/dates/calendar';

describe('isIsoDate', () => {
  it.each([
    ['2022-11-03', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2022-04-31', false],
    ['2022-13-01', false],
    ['2022-00-10', false],
    ['2022-11-00', false],
    ['2022-1-3', false],
    ['2022-11-03T10:00', false],
    [' 2022-11-03', false],
    ['', false],
  ])('judges "%s" a real date: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('isoDate', () => {
  it.each([
    [2022, 11, 3, '2022-11-03'],
    [2024, 2, 29, '2024-02-29'],
    [2023, 2, 29, null],
    [2022, 12, 31, '2022-12-31'],
    [2022, 13, 1, null],
    [2022, 0, 1, null],
    [2022, 6, 0, null],
    [2022, 6, 1.5, null],
    [10000, 1, 1, null],
  ])('builds %i-%i-%i as %s', (year, month, day, expected) => {
    expect(isoDate(year, month, day)).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2022-11-03', 1, '2022-11-04'],
    ['2022-12-31', 1, '2023-01-01'],
    ['2023-01-01', -1, '2022-12-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2022-11-03', 0, '2022-11-03'],
    ['2022-11-03', 365, '2023-11-03'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2100-02-28', 1, '2100-03-01'],
    ['1969-12-31', 1, '1970-01-01'],
  ])('moves %s by %i days to %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('rejects a string that is not YYYY-MM-DD', () => {
    expect(() => addDays('3 Nov 2022', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2022-11-03', '2022-11-10', 7],
    ['2022-11-10', '2022-11-03', -7],
    ['2022-12-31', '2023-01-01', 1],
    ['2024-01-01', '2025-01-01', 366],
    ['2023-01-01', '2024-01-01', 365],
    ['2026-03-07', '2026-03-09', 2],
  ])('counts from %s to %s as %i', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected);
  });
});

describe('weekday', () => {
  it.each([
    ['1970-01-01', 4],
    ['2022-11-03', 4],
    ['2022-11-06', 0],
    ['2022-11-05', 6],
    ['2024-02-29', 4],
    ['2000-01-01', 6],
    ['1969-12-28', 0],
  ])('knows %s is day %i of the week (0 = Sunday)', (date, expected) => {
    expect(weekday(date)).toBe(expected);
  });
});

describe('endOfMonth', () => {
  it.each([
    ['2022-11-03', '2022-11-30'],
    ['2024-02-10', '2024-02-29'],
    ['2023-02-10', '2023-02-28'],
    ['2022-12-31', '2022-12-31'],
  ])('ends the month of %s on %s', (date, expected) => {
    expect(endOfMonth(date)).toBe(expected);
  });
});

describe('localIsoDate', () => {
  it.each([
    ['2026-11-28T23:30:00Z', 'America/Los_Angeles', '2026-11-28'],
    ['2026-11-28T23:30:00Z', 'Pacific/Auckland', '2026-11-29'],
    ['2026-11-28T23:30:00Z', 'UTC', '2026-11-28'],
    ['2026-12-31T20:00:00Z', 'Asia/Tokyo', '2027-01-01'],
    ['2024-02-29T12:00:00Z', 'Pacific/Kiritimati', '2024-03-01'],
  ])('reads %s as the date in %s: %s', (instant, zone, expected) => {
    expect(localIsoDate(new Date(instant), zone)).toBe(expected);
  });

  it.each(['Pacific/Auckland', 'America/Los_Angeles', 'UTC'])(
    'without a zone reads the runtime zone (%s) as the zone given by name would',
    (zone) => {
      const before = process.env.TZ;
      process.env.TZ = zone;
      try {
        for (const instant of [
          '2026-11-28T23:30:00Z',
          '2026-11-28T10:00:00Z',
          '2024-02-29T12:00:00Z',
          '2026-12-31T20:00:00Z',
        ]) {
          expect(localIsoDate(new Date(instant)), instant).toBe(localIsoDate(new Date(instant), zone));
        }
      } finally {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      }
    },
  );

  it('rejects an unknown zone', () => {
    expect(() => localIsoDate(new Date('2026-11-28T23:30:00Z'), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

// Setting TZ mid-run takes effect in Node (it resets its zone cache), so each case runs in its own zone.
describe('in a time zone of the runtime', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('uses the runtime zone when none is given', () => {
    process.env.TZ = 'Pacific/Auckland';
    expect(localIsoDate(new Date('2026-11-28T23:30:00Z'))).toBe('2026-11-29');
    process.env.TZ = 'America/Los_Angeles';
    expect(localIsoDate(new Date('2026-11-28T23:30:00Z'))).toBe('2026-11-28');
  });

  it.each([
    ['America/New_York', '2026-03-08T04:30:00Z', '2026-03-08T05:00:00.000Z', 'just before the spring-forward day'],
    ['America/New_York', '2026-03-08T12:00:00Z', '2026-03-09T04:00:00.000Z', 'on the 23-hour spring-forward day'],
    ['America/New_York', '2026-11-01T12:00:00Z', '2026-11-02T05:00:00.000Z', 'on the 25-hour fall-back day'],
    [
      'America/New_York',
      '2026-11-02T05:00:00Z',
      '2026-11-03T05:00:00.000Z',
      'exactly at midnight (the next one, not now)',
    ],
    ['Europe/London', '2026-03-29T00:30:00Z', '2026-03-29T23:00:00.000Z', 'on the day clocks go forward'],
    ['Pacific/Auckland', '2026-11-28T23:30:00Z', '2026-11-29T11:00:00.000Z', 'ahead of UTC'],
  ])('%s: from %s the next midnight is %s (%s)', (zone, now, expected) => {
    process.env.TZ = zone;
    const next = nextLocalMidnight(new Date(now));
    expect(next.toISOString()).toBe(expected);
    expect(next.getHours()).toBe(0);
    expect(next.getTime()).toBeGreaterThan(new Date(now).getTime());
  });

  it('takes the first instant of the day where a zone skips midnight itself', () => {
    // Chile moves clocks from 00:00 to 01:00 on 2026-09-06: the day starts at 01:00 -03.
    process.env.TZ = 'America/Santiago';
    const now = new Date('2026-09-06T03:30:00Z');
    const next = nextLocalMidnight(now);
    expect(next.toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(localIsoDate(next)).toBe('2026-09-06');
    expect(localIsoDate(new Date(next.getTime() - 1))).toBe('2026-09-05');
  });
});

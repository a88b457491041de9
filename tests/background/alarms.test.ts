import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localIsoDate } from '../../lib/dates/calendar';
import { MIDNIGHT_ALARM, scheduleDailyRefresh, watchDayChanges } from '../../lib/background/alarms';

// Dates are built from local fields, so "midnight" is the test runner's own, whatever its zone.
const at = (day: number, hour: number, minute = 0, second = 0) => new Date(2026, 2, day, hour, minute, second);
const midnightBefore = (day: number) => new Date(2026, 2, day).getTime();

/** The fake browser has no `idle`; collect its listeners so a test can say the machine woke up. */
let idleListeners: ((state: string) => void)[];

beforeEach(() => {
  fakeBrowser.reset();
  idleListeners = [];
  vi.spyOn(fakeBrowser.idle.onStateChanged, 'addListener').mockImplementation(
    (listener) => void idleListeners.push(listener as (state: string) => void),
  );
  vi.spyOn(fakeBrowser.idle.onStateChanged, 'removeListener').mockImplementation((listener) => {
    idleListeners = idleListeners.filter((l) => l !== listener);
  });
});

async function midnightAlarmTime(): Promise<number | undefined> {
  return (await fakeBrowser.alarms.get(MIDNIGHT_ALARM))?.scheduledTime;
}

describe('scheduleDailyRefresh', () => {
  it.each<[string, Date, number]>([
    ['in the evening', at(4, 21, 30), 5],
    ['a second before midnight', at(4, 23, 59, 59), 5],
    ['exactly at midnight (the next one, not this one)', at(5, 0, 0, 0), 6],
    ['in the early morning', at(5, 0, 30), 6],
  ])('%s, sets the alarm a few seconds after the next local midnight', async (_, now, day) => {
    await scheduleDailyRefresh(now);
    const when = await midnightAlarmTime();
    expect(when).toBeGreaterThanOrEqual(midnightBefore(day));
    expect(when).toBeLessThan(midnightBefore(day) + 60_000);
  });

  it('keeps a single alarm when called again', async () => {
    await scheduleDailyRefresh(at(4, 10));
    await scheduleDailyRefresh(at(5, 10));
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((alarm) => alarm.name)).toEqual([MIDNIGHT_ALARM]);
    expect(alarms[0]?.scheduledTime).toBeGreaterThanOrEqual(midnightBefore(6));
  });
});

describe('watchDayChanges', () => {
  let now: Date;
  let newDays: Date[];
  const watch = (signal?: AbortSignal) => {
    newDays = [];
    watchDayChanges((day) => void newDays.push(day), { clock: () => now, signal });
  };

  it('at the midnight alarm, reschedules for the next midnight and reports the new day', async () => {
    now = at(4, 22);
    watch();
    now = at(5, 0, 0, 5);
    await fakeBrowser.alarms.onAlarm.trigger({ name: MIDNIGHT_ALARM, scheduledTime: now.getTime() });
    await vi.waitFor(() => expect(newDays).toEqual([now]));
    expect(await midnightAlarmTime()).toBeGreaterThanOrEqual(midnightBefore(6));
  });

  it("ignores other features' alarms", async () => {
    now = at(4, 22);
    watch();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'something-else', scheduledTime: now.getTime() });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(newDays).toEqual([]);
  });

  it('at browser start-up, schedules the alarm again and reports the day', async () => {
    now = at(7, 8);
    watch();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(newDays).toEqual([now]));
    expect(await midnightAlarmTime()).toBeGreaterThanOrEqual(midnightBefore(8));
  });

  it('on waking, reports a new day only when the date changed while asleep', async () => {
    now = at(4, 18);
    watch();
    now = at(4, 19);
    idleListeners.forEach((listener) => listener('active'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(newDays).toEqual([]);

    now = at(5, 8);
    idleListeners.forEach((listener) => listener('active'));
    await vi.waitFor(() => expect(newDays).toEqual([now]));
    expect(await midnightAlarmTime()).toBeGreaterThanOrEqual(midnightBefore(6));
  });

  it.each(['idle', 'locked'])('does nothing when the machine goes %s', async (state) => {
    now = at(4, 18);
    watch();
    now = at(5, 8);
    idleListeners.forEach((listener) => listener(state));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(newDays).toEqual([]);
  });

  it('on waking in another time zone, reports a new day even when the date is the same, and schedules the alarm again', async () => {
    now = at(4, 12);
    watch();
    const real = Intl.DateTimeFormat().resolvedOptions();
    const elsewhere = ['Europe/London', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo'].find(
      (zone) => zone !== real.timeZone && localIsoDate(now, zone) === localIsoDate(now),
    );
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({
      ...real,
      timeZone: elsewhere ?? 'UTC',
    });
    idleListeners.forEach((listener) => listener('active'));
    await vi.waitFor(() => expect(newDays).toEqual([now]));
    expect(await midnightAlarmTime()).toBeGreaterThanOrEqual(midnightBefore(5));
  });

  it('stops listening when its signal aborts', async () => {
    now = at(4, 22);
    const stop = new AbortController();
    watch(stop.signal);
    stop.abort();
    now = at(5, 8);
    await fakeBrowser.alarms.onAlarm.trigger({ name: MIDNIGHT_ALARM, scheduledTime: now.getTime() });
    await fakeBrowser.runtime.onStartup.trigger();
    idleListeners.forEach((listener) => listener('active'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(newDays).toEqual([]);
    expect(idleListeners).toEqual([]);
  });
});

// Keeps the badge right as days pass: an alarm at the next local midnight, plus browser start-up, waking
// from sleep and a time-zone change. Listeners only call back; what a new day means is the caller's.
import { browser } from 'wxt/browser';
import { localIsoDate, nextLocalMidnight } from '../dates/calendar';

export const MIDNIGHT_ALARM = 'agendum-midnight';
/** Fire a little after midnight, so the callback's clock is surely on the new day. */
const MIDNIGHT_MARGIN_MS = 5_000;

/** (Re)places the one midnight alarm; calling it again only moves it, so it is safe on every start. */
export async function scheduleDailyRefresh(now: Date): Promise<void> {
  await browser.alarms.create(MIDNIGHT_ALARM, { when: nextLocalMidnight(now).getTime() + MIDNIGHT_MARGIN_MS });
}

const currentTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

export interface DayWatchOptions {
  /** The clock: lib/ never reads it itself. The background passes `() => new Date()`. */
  clock: () => Date;
  /** Stops watching. */
  signal?: AbortSignal;
}

/**
 * Calls `onNewDay(now)` when the local day may have changed: at the midnight alarm, at browser start-up, and
 * on waking (idle → active) when the date or the time zone differs from the last check. Each time the alarm is
 * rescheduled first, since a sleeping machine, a restart or a new zone leaves it at the wrong instant.
 * Registers its listeners synchronously, so a service worker calls it at top level (MV3 wakes it for them);
 * the background should also refresh once when it starts, as a restarted worker starts a fresh watch.
 */
export function watchDayChanges(onNewDay: (now: Date) => void, { clock, signal }: DayWatchOptions): void {
  if (signal?.aborted) return;
  let zone = currentTimeZone();
  let day = localIsoDate(clock(), zone);

  const newDay = async (): Promise<void> => {
    const now = clock();
    zone = currentTimeZone();
    day = localIsoDate(now, zone);
    await scheduleDailyRefresh(now);
    onNewDay(now);
  };
  const onAlarm = (alarm: { name: string }): void => {
    if (alarm.name === MIDNIGHT_ALARM) void newDay();
  };
  const onStartup = (): void => void newDay();
  const onIdleState = (state: string): void => {
    if (state !== 'active') return;
    const nowZone = currentTimeZone();
    if (nowZone !== zone || localIsoDate(clock(), nowZone) !== day) void newDay();
  };

  browser.alarms.onAlarm.addListener(onAlarm);
  browser.runtime.onStartup.addListener(onStartup);
  browser.idle.onStateChanged.addListener(onIdleState);
  signal?.addEventListener(
    'abort',
    () => {
      browser.alarms.onAlarm.removeListener(onAlarm);
      browser.runtime.onStartup.removeListener(onStartup);
      browser.idle.onStateChanged.removeListener(onIdleState);
    },
    { once: true },
  );
}

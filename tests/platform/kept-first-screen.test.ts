import { beforeEach, describe, expect, it, vi } from 'vitest';
import { actionsOf } from '../../lib/actions/action-of';
import { createReaderActions } from '../../lib/background/reader-actions';
import { firstScreenOf } from '../../lib/popup/first-screen';
import { createFirstScreenKeeper, keptScreenFor, readKeptFirstScreens } from '../../lib/platform/kept-first-screen';
import { readFirstScreen } from '../../lib/platform/read-first-screen';
import { listTasks } from '../../lib/store/tasks';
import { IDENTITIES, seededStore } from '../helpers/first-screen-store';

const TODAY = '2026-03-04';

/** A storage area in memory, as storage.session keeps its values: copies, not the objects written. */
function memoryArea() {
  const values = new Map<string, unknown>();
  return {
    async get(key: string): Promise<Record<string, unknown>> {
      return values.has(key) ? { [key]: structuredClone(values.get(key)) } : {};
    },
    async set(items: Record<string, unknown>): Promise<void> {
      for (const [key, value] of Object.entries(items)) values.set(key, structuredClone(value));
    },
  };
}
const DELAY = 500;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readerActionsOf(db: Awaited<ReturnType<typeof seededStore>>) {
  return createReaderActions(db, async () => IDENTITIES).actions();
}

describe('the popup’s kept first screens', () => {
  // Real timers: fake-indexeddb schedules its own work on them.
  let area: ReturnType<typeof memoryArea>;
  beforeEach(() => {
    area = memoryArea();
  });
  /** The kept "Everyone", as the popup would take it today for IDENTITIES. */
  const keptEveryone = async () => keptScreenFor(await readKeptFirstScreens({ area }), TODAY, IDENTITIES, 'everyone');

  it('keeps "Mine" from the reader’s actions as the popup would read it from the indexes', async () => {
    const db = await seededStore();
    await createFirstScreenKeeper(db, { area }).keep(await readerActionsOf(db), TODAY, IDENTITIES, false);

    const kept = keptScreenFor(await readKeptFirstScreens({ area }), TODAY, IDENTITIES, 'mine');
    expect(kept).toEqual(await readFirstScreen(db, TODAY, 'mine', IDENTITIES));
    // And as the full list shows it: claimed, not mine, hidden, snoozed, done and gone actions all placed right.
    expect(kept).toEqual(firstScreenOf(actionsOf((await listTasks(db)).tasks, IDENTITIES), TODAY, 'mine', 12));
  });

  it('is taken only for the day and the identities it was kept for', async () => {
    const db = await seededStore();
    await createFirstScreenKeeper(db, { area }).keep(await readerActionsOf(db), TODAY, IDENTITIES, false);
    const kept = await readKeptFirstScreens({ area });

    expect(keptScreenFor(kept, TODAY, IDENTITIES, 'mine')).toBeDefined();
    expect(keptScreenFor(kept, '2026-03-05', IDENTITIES, 'mine')).toBeUndefined();
    expect(keptScreenFor(kept, TODAY, IDENTITIES.slice(1), 'mine')).toBeUndefined();
    expect(keptScreenFor(kept, TODAY, [], 'mine')).toBeUndefined();
    expect(keptScreenFor(kept, TODAY, IDENTITIES, 'everyone')).toBeUndefined();
  });

  it('keeps "Everyone" from the indexes once changes pause, and drops it at the next change', async () => {
    const db = await seededStore();
    const keeper = createFirstScreenKeeper(db, { area, everyoneDelayMs: DELAY });
    const reader = await readerActionsOf(db);
    await keeper.keep(reader, TODAY, IDENTITIES, true);
    expect(await keptEveryone()).toBeUndefined();

    const expected = await readFirstScreen(db, TODAY, 'everyone', IDENTITIES);
    await vi.waitFor(async () => expect(await keptEveryone()).toEqual(expected), { timeout: DELAY * 5 });

    await keeper.keep(reader, TODAY, IDENTITIES, true);
    expect(await keptEveryone()).toBeUndefined();
  });

  it('reads "Everyone" once for a burst of changes, and keeps none when the popup opens on "Mine"', async () => {
    const db = await seededStore();
    const keeper = createFirstScreenKeeper(db, { area, everyoneDelayMs: DELAY });
    const reader = await readerActionsOf(db);
    const reads = vi.spyOn(db, 'transaction');
    for (let change = 0; change < 5; change++) {
      await keeper.keep(reader, TODAY, IDENTITIES, true);
      await pause(DELAY / 20);
    }
    expect(reads).not.toHaveBeenCalled();
    await vi.waitFor(async () => expect(await keptEveryone()).toBeDefined(), { timeout: DELAY * 5 });
    expect(reads).toHaveBeenCalled();

    reads.mockClear();
    await keeper.keep(reader, TODAY, IDENTITIES, false);
    await pause(DELAY * 2);
    expect(reads).not.toHaveBeenCalled();
    expect(await keptEveryone()).toBeUndefined();
  });

  it('reads no "Everyone" once its signal is aborted, neither the one pending nor any later', async () => {
    const db = await seededStore();
    const stop = new AbortController();
    const keeper = createFirstScreenKeeper(db, { area, everyoneDelayMs: DELAY, signal: stop.signal });
    const reader = await readerActionsOf(db);
    const reads = vi.spyOn(db, 'transaction');
    await keeper.keep(reader, TODAY, IDENTITIES, true);
    stop.abort();
    await pause(DELAY * 2);
    expect(reads).not.toHaveBeenCalled();
    await keeper.keep(reader, TODAY, IDENTITIES, true);
    await pause(DELAY * 2);
    expect(reads).not.toHaveBeenCalled();
    expect(await keptEveryone()).toBeUndefined();
    // "Mine" is still kept: it is written at once, from what the background holds.
    expect(keptScreenFor(await readKeptFirstScreens({ area }), TODAY, IDENTITIES, 'mine')).toBeDefined();
  });

  it('never keeps an "Everyone" read for an earlier change over a later one', async () => {
    const db = await seededStore();
    const keeper = createFirstScreenKeeper(db, { area, everyoneDelayMs: DELAY });
    const reader = await readerActionsOf(db);
    const reading = vi.spyOn(db, 'transaction');
    await keeper.keep(reader, TODAY, IDENTITIES, true);
    await vi.waitFor(() => expect(reading).toHaveBeenCalled(), { timeout: DELAY * 5 });
    // A change comes while "Everyone" is being read: the read finishes after it, and is not kept.
    await keeper.keep(reader.slice(1), TODAY, IDENTITIES, false);
    await pause(DELAY);
    const kept = await readKeptFirstScreens({ area });
    expect(kept?.everyone).toBeUndefined();
    expect(kept?.mine).toEqual(firstScreenOf(reader.slice(1), TODAY, 'mine', 12));
  });

  it('takes a damaged kept value for none, and the popup reads the indexes', async () => {
    await area.set({ 'popup.firstScreen': { today: TODAY, identities: '[]', mine: 'all' } });
    expect(await readKeptFirstScreens({ area })).toBeUndefined();
  });

  it('keeps a private window’s screens apart from the regular ones', async () => {
    const db = await seededStore();
    await createFirstScreenKeeper(db, { area, incognito: true }).keep(
      await readerActionsOf(db),
      TODAY,
      IDENTITIES,
      false,
    );
    expect(await readKeptFirstScreens({ area })).toBeUndefined();
    expect(await readKeptFirstScreens({ area, incognito: true })).toBeDefined();
  });
});

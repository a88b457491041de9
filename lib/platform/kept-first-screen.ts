// The popup's first screen, kept ready by the background in storage.session after every change it makes, so
// an opened popup draws its first rows from one small read instead of a dozen index ranges (40 ms at 10,000
// stored on the benchmark's machine, most of the popup's wait). The background keeps "Mine" from the reader's
// actions it already holds, and "Everyone" from the store's indexes when the popup will open on it; the popup
// takes a kept screen only for its own day and the identities it reads, and reads the indexes itself
// otherwise. storage.session is in memory, reachable by the extension's pages and background only, and gone
// with the browser session.
import { browser } from 'wxt/browser';
import { Action } from '../model/action';
import type { Identity } from '../model/identity';
import { IsoDate } from '../model/page';
import { z } from '../model/zod';
import {
  FIRST_SCREEN_ROWS,
  firstScreenOf,
  OPEN_GROUPS,
  type FirstScreen,
  type OpenGroupKey,
} from '../popup/first-screen';
import type { PopupFilter } from '../popup/filter-actions';
import type { AgendumDb } from '../store';
import { readFirstScreen } from './read-first-screen';

const GroupHead = z.object({
  count: z.int().check(z.nonnegative()),
  actions: z.array(Action).check(z.maxLength(FIRST_SCREEN_ROWS)),
});
const Screen = z.object(
  Object.fromEntries(OPEN_GROUPS.map((key) => [key, GroupHead])) as Record<OpenGroupKey, typeof GroupHead>,
);
const Kept = z.object({
  today: IsoDate,
  /** The identities the screens were made for, as `identitiesKey` writes them. */
  identities: z.string(),
  mine: Screen,
  everyone: z.optional(Screen),
});
export type KeptFirstScreens = z.infer<typeof Kept>;

/** A private window's popup (Chrome's split mode) and its background keep theirs apart from the regular ones'. */
const keyOf = (incognito: boolean): string => (incognito ? 'popup.firstScreen.private' : 'popup.firstScreen');

/** Who "Mine" meant when a screen was kept: any change to the identities makes the kept screens another person's. */
const identitiesKey = (identities: readonly Identity[]): string => JSON.stringify(identities);

/** What the keeper uses of a storage area: storage.session in the browser. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface FirstScreenKeeper {
  /**
   * Keeps the first screens for `today`: "Mine" at once from `readerActions` (the reader's open actions, as the
   * badge counts them); with `everyone`, "Everyone" too, read from the store's indexes once no change has come
   * for a moment (its reads would hold up the writes of a burst of syncs and edits: at 100,000 stored they
   * take ~300 ms). Every call drops the "Everyone" kept before it, so none is ever older than "Mine".
   */
  keep(readerActions: readonly Action[], today: IsoDate, identities: Identity[], everyone: boolean): Promise<void>;
}

export interface KeeperOptions {
  incognito?: boolean;
  area?: SessionArea;
  /** How long after the last change "Everyone" is read. */
  everyoneDelayMs?: number;
  /** Once aborted, a pending "Everyone" read is dropped and none is scheduled again. */
  signal?: AbortSignal;
}

export function createFirstScreenKeeper(db: AgendumDb, options: KeeperOptions = {}): FirstScreenKeeper {
  const area: SessionArea | undefined = options.area ?? browser.storage.session;
  const key = keyOf(options.incognito ?? false);
  const delay = options.everyoneDelayMs ?? 1000;
  /** Counts the calls: an "Everyone" read for an older one is not kept. */
  let generation = 0;
  let everyoneTimer: ReturnType<typeof setTimeout> | undefined;
  options.signal?.addEventListener('abort', () => clearTimeout(everyoneTimer), { once: true });
  /** Writes in call order, so the last written is the newest. A failed write leaves the popup to read the indexes. */
  let writes = Promise.resolve();
  const write = (kept: KeptFirstScreens): Promise<void> =>
    (writes = writes.then(() => area.set({ [key]: kept })).catch(() => undefined));

  return {
    keep(readerActions, today, identities, everyone) {
      // Unavailable (an older browser): the popup reads the indexes, as it does without a kept screen.
      if (!area) return Promise.resolve();
      const call = ++generation;
      const kept: KeptFirstScreens = {
        today,
        identities: identitiesKey(identities),
        mine: firstScreenOf(readerActions, today, 'mine', FIRST_SCREEN_ROWS),
      };
      clearTimeout(everyoneTimer);
      if (everyone && !options.signal?.aborted) {
        everyoneTimer = setTimeout(() => {
          void readFirstScreen(db, today, 'everyone', identities).then(
            (screen) => (call === generation ? write({ ...kept, everyone: screen }) : undefined),
            () => undefined,
          );
        }, delay);
      }
      return write(kept);
    },
  };
}

/** The first screens the background kept, read at once when the popup opens; undefined when none is kept. */
export async function readKeptFirstScreens(
  options: Pick<KeeperOptions, 'incognito' | 'area'> = {},
): Promise<KeptFirstScreens | undefined> {
  const area: SessionArea | undefined = options.area ?? browser.storage.session;
  if (!area) return undefined;
  const key = keyOf(options.incognito ?? false);
  const stored: Record<string, unknown> = await area.get(key).catch(() => ({}));
  const parsed = Kept.safeParse(stored[key]);
  return parsed.success ? parsed.data : undefined;
}

/** The kept screen for `scope`, when it was kept for `today` and these identities; else undefined. */
export function keptScreenFor(
  kept: KeptFirstScreens | undefined,
  today: IsoDate,
  identities: readonly Identity[],
  scope: PopupFilter['scope'],
): FirstScreen | undefined {
  return kept && kept.today === today && kept.identities === identitiesKey(identities) ? kept[scope] : undefined;
}

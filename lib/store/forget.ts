// What the reader removes by hand: one action, a page (its record and the actions agreed on it), or a whole
// site (every action and page read on one origin). Each is one transaction, and what each site has stored
// (`meta`, site-bytes.ts) goes down with it. Reading a page again stores what it shows again.
import { StoredPage, StoredTaskCore, type StoredSite } from '../model/stored-task';
import { originOfId, webOrigin } from '../sites/page-scope';
import { StoreError, toStoreError } from './errors';
import { pageKeyOf } from './keys';
import { isOwnLocation, locationKey, withIndexFields } from './merge';
import { checkTask, queuePut, writeTransaction, type WriteTransaction } from './records';
import type { AgendumDb } from './schema';
import { siteBytesKey } from './site-bytes';

/** Takes `size` off what `site` has stored (never below nothing). */
async function uncount(tx: WriteTransaction, site: string | undefined, size: number): Promise<void> {
  if (!site || size === 0) return;
  const meta = tx.objectStore('meta');
  const stored = (await meta.get(siteBytesKey(site))) ?? 0;
  await meta.put(Math.max(0, stored - size), siteBytesKey(site));
}

/** Deletes one action; false when it was not stored. */
export async function deleteTask(db: AgendumDb, id: string): Promise<boolean> {
  return writeTransaction(db, async (tx) => {
    const raw: unknown = await tx.objectStore('tasks').get(id);
    if (raw === undefined) return false;
    await tx.objectStore('tasks').delete(id);
    await uncount(tx, originOfId(id), JSON.stringify(raw).length);
    return true;
  });
}

/** The key of the page an action was agreed on: its source page, else the location that is its own (or its first). */
function ownPageKey(core: StoredTaskCore): string | undefined {
  const { sourcePage } = core.wiki;
  if (sourcePage.url) return pageKeyOf(sourcePage.url, sourcePage.id);
  const own = core.locations.find((location) => isOwnLocation(location, sourcePage)) ?? core.locations[0];
  return own && locationKey(own);
}

/**
 * Forgets the page action `id` was agreed on: the page's record and every action agreed on it; actions it
 * only showed (a Task Report's) lose that location. Resolves to the number of actions deleted.
 */
export async function forgetPageOf(db: AgendumDb, id: string): Promise<number> {
  return writeTransaction(db, async (tx) => {
    const tasks = tx.objectStore('tasks');
    const raw: unknown = await tasks.get(id);
    const checked = raw === undefined ? undefined : checkTask(raw);
    if (!checked?.ok) throw new StoreError('not-found', 'This action is no longer stored.');
    const key = ownPageKey(checked.task);
    if (key === undefined) return 0;
    let deleted = 0;
    for (const raw of await tasks.index('pageKeys').getAll(key)) {
      const record = checkTask(raw);
      const size = JSON.stringify(raw).length;
      if (!record.ok) continue;
      const kept = record.task.locations.filter((location) => locationKey(location) !== key);
      if (ownPageKey(record.task) === key || kept.length === 0) {
        await tasks.delete(record.task.id);
        await uncount(tx, originOfId(record.task.id), size);
        deleted += 1;
      } else {
        queuePut(tx, 'tasks', withIndexFields({ ...record.task, locations: kept }));
      }
    }
    const page: unknown = await tx.objectStore('pages').get(key);
    if (page !== undefined) {
      await tx.objectStore('pages').delete(key);
      const parsed = StoredPage.safeParse(page);
      await uncount(tx, parsed.success ? webOrigin(parsed.data.url) : undefined, JSON.stringify(page).length);
    }
    return deleted;
  });
}

/** Forgets every action (archived ones too) and page read on `origin`; resolves to the number of listed actions deleted. */
export async function forgetSite(db: AgendumDb, origin: string): Promise<number> {
  return writeTransaction(db, async (tx) => {
    let deleted = 0;
    const tasks = tx.objectStore('tasks');
    for (let cursor = await tasks.openKeyCursor(); cursor; cursor = await cursor.continue()) {
      if (originOfId(cursor.primaryKey) !== origin) continue;
      await tasks.delete(cursor.primaryKey);
      deleted += 1;
    }
    const archive = tx.objectStore('archive');
    for (let cursor = await archive.openKeyCursor(); cursor; cursor = await cursor.continue()) {
      if (originOfId(cursor.primaryKey) === origin) await archive.delete(cursor.primaryKey);
    }
    const pages = tx.objectStore('pages');
    for (let cursor = await pages.openCursor(); cursor; cursor = await cursor.continue()) {
      const parsed = StoredPage.safeParse(cursor.value);
      if (parsed.success && webOrigin(parsed.data.url) === origin) await cursor.delete();
    }
    await tx.objectStore('meta').delete(siteBytesKey(origin));
    return deleted;
  });
}

/** Every site with stored actions, the one with most first: counted from the keys alone, sized from `meta`. */
export async function storedSites(db: AgendumDb): Promise<StoredSite[]> {
  try {
    return await countSites(db);
  } catch (error) {
    throw toStoreError(error);
  }
}

async function countSites(db: AgendumDb): Promise<StoredSite[]> {
  const tx = db.transaction(['tasks', 'meta'], 'readonly');
  const meta = tx.objectStore('meta');
  const ids = await tx.objectStore('tasks').getAllKeys();
  const counts = new Map<string, number>();
  for (const id of ids) {
    const origin = originOfId(id);
    if (origin) counts.set(origin, (counts.get(origin) ?? 0) + 1);
  }
  const sites = await Promise.all(
    [...counts].map(async ([origin, actions]) => ({
      origin,
      actions,
      bytes: (await meta.get(siteBytesKey(origin))) ?? 0,
    })),
  );
  return sites.sort((a, b) => b.actions - a.actions || a.origin.localeCompare(b.origin));
}

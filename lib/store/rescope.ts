// Records stored before ids were namespaced by origin (schema v4, and backups made before it): each moves
// into the namespace of the origin it was read at, which is what a page there now computes for it.
import type { StoredTaskCore } from '../model/stored-task';
import { scopedId, webOrigin } from '../sites/page-scope';
import { isOwnLocation } from './merge';

/** Where a stored task was read: its own page's location, else the first it was seen at. */
export function readAtOrigin(core: StoredTaskCore): string | undefined {
  const own = core.locations.find((location) => isOwnLocation(location, core.wiki.sourcePage)) ?? core.locations[0];
  return webOrigin(own?.url);
}

/**
 * The record with its id in its origin's namespace and its page link kept only on that origin, as a sync
 * there would store it now; the same object when nothing changes. Actions made from selected text keep
 * their ids (the background made them from the page's own address).
 */
export function rescoped<T extends StoredTaskCore>(core: T): T {
  const origin = readAtOrigin(core);
  if (!origin) return core;
  const id = core.user.createdByUser ? core.id : scopedId(origin, core.id);
  const { url, ...page } = core.wiki.sourcePage;
  const foreignLink = url !== undefined && webOrigin(url) !== origin;
  if (id === core.id && !foreignLink) return core;
  return { ...core, id, wiki: foreignLink ? { ...core.wiki, sourcePage: page } : core.wiki };
}

// Which wiki a page or a task belongs to, named by host: what an identity learned on one site applies to.
// Pure; shared by the store (site-scoped index keys), the background and the view of a task.
import type { StoredTaskCore } from '../model/stored-task';

/** The host of the first of `urls` that is an address: the wiki a task or page belongs to. */
export function siteOf(...urls: Array<string | undefined>): string | undefined {
  for (const url of urls) {
    try {
      if (url) return new URL(url).host;
    } catch {
      // Not an address: try the next one.
    }
  }
  return undefined;
}

/** A task's wiki: its source page's host, else that of the first page it was seen on. */
export function siteOfTask(task: Pick<StoredTaskCore, 'wiki' | 'locations'>): string | undefined {
  return siteOf(task.wiki.sourcePage.url, ...task.locations.map((seen) => seen.url));
}

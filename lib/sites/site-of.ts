// Which wiki a page or a task belongs to, named by host: what an identity learned on one site applies to.
// Pure; shared by the store (site-scoped index keys), the background and the view of a task.
import { memoize } from '../memo';
import type { StoredTaskCore } from '../model/stored-task';

// Every action's view and index keys ask this of the same few page addresses: each is parsed once.
const hostOf = memoize((url: string): string | undefined => (URL.canParse(url) ? new URL(url).host : undefined));

/** The host of the first of `urls` that is an address: the wiki a task or page belongs to. */
export function siteOf(...urls: Array<string | undefined>): string | undefined {
  for (const url of urls) {
    const host = url ? hostOf(url) : undefined;
    if (host !== undefined) return host;
  }
  return undefined;
}

/** A task's wiki: its source page's host, else that of the first page it was seen on. */
export function siteOfTask(task: Pick<StoredTaskCore, 'wiki' | 'locations'>): string | undefined {
  return siteOf(task.wiki.sourcePage.url, ...task.locations.map((seen) => seen.url));
}

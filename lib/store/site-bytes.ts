// What each site's pages have stored, kept as one number per site in `meta` and checked against the site's
// limit by every page sync. An estimate: the length of each record's JSON.
import type { StoredPage, StoredTask } from '../model/stored-task';

/** What a record takes in the store, as a site's limit counts it. */
export function recordSize(record: StoredTask | StoredPage): number {
  return JSON.stringify(record).length;
}

/** The key in `meta` of what the pages of `site` (an origin) have stored. */
export function siteBytesKey(site: string): string {
  return `siteBytes:${site}`;
}

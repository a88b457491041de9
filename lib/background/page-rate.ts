// How many pages each site added to the store in the last minute. A page that rewrites its own address
// (`?x=1`, `?x=2`…) is a new page each time; past the limit a site adds no page until the minute is over.
import { MAX_NEW_PAGES_PER_MINUTE } from '../model/limits';

const MINUTE_MS = 60_000;

export const TOO_MANY_PAGES = `This site added more than ${MAX_NEW_PAGES_PER_MINUTE} new pages to Agendum in a minute: Agendum saves no new page from it until the minute is over.`;

export interface PageRate {
  /** The site may add a page at `now`. */
  allows(site: string, now: Date): boolean;
  /** The site added a page at `now`. */
  added(site: string, now: Date): void;
}

export function createPageRate(limit = MAX_NEW_PAGES_PER_MINUTE): PageRate {
  const times = new Map<string, number[]>();
  const recent = (site: string, now: Date): number[] => {
    const kept = (times.get(site) ?? []).filter((time) => now.getTime() - time < MINUTE_MS);
    if (kept.length) times.set(site, kept);
    else times.delete(site);
    return kept;
  };
  return {
    allows: (site, now) => recent(site, now).length < limit,
    added: (site, now) => void times.set(site, [...recent(site, now), now.getTime()]),
  };
}

// Index keys: page keys and people keys. Pure string functions, no idb: the same functions build
// the keys stored on records and the keys queries look up, so the two always agree.
import type { Identity } from '../model/identity';
import type { Person } from '../model/page';
import { memoize } from '../memo';
import { foldName } from '../people/names';
import { bareHostOf, webOrigin } from '../sites/page-scope';

/** Who a query is about: display names or aliases, and usernames, account ids or user keys. */
export interface Who {
  names?: string[];
  ids?: string[];
}

export function withoutFragment(url: string): string {
  return url.replace(/#.*$/, '');
}

// A sync keys every task by the same few page addresses: each address's namespace is worked out once.
const namespaceOf = memoize((url: string): string => {
  const origin = webOrigin(url);
  if (!origin) return `${URL.canParse(url) ? new URL(url).host : withoutFragment(url)}:`;
  const host = bareHostOf(origin);
  return host === undefined ? `${origin}|` : `${host}:`;
});

/**
 * One key per page however it was reached: the page id in its origin's namespace (`host:pageId` on https's
 * default port, as it always was; `origin|pageId` elsewhere) when the page has an id, else the url without
 * its fragment.
 */
export function pageKeyOf(url: string, pageId?: string): string {
  return pageId ? `${namespaceOf(url)}${pageId}` : withoutFragment(url);
}

// Prefixes keep an account id from ever matching someone's name.
function keysOfPerson(person: Person): string[] {
  const name = foldName(person.name);
  return [
    ...(name ? [`n:${name}`] : []),
    ...(person.username ? [`u:${person.username.toLowerCase()}`] : []),
    ...(person.accountId ? [`a:${person.accountId}`] : []),
    ...(person.userKey ? [`k:${person.userKey}`] : []),
  ];
}

export function peopleKeys(assignees: Person[]): string[] {
  return [...new Set(assignees.flatMap(keysOfPerson))];
}

/**
 * A person key that holds only for tasks of `site` (a host, as `siteOf` gives it). Plain keys start with a
 * letter and a colon, so a site key can never equal one.
 */
export function siteKey(site: string, key: string): string {
  return `@${site.toLowerCase()} ${key}`;
}

/**
 * The keys under which the reader's tasks are indexed: each identity's names and aliases, usernames, account
 * ids and user keys, exactly as `personMatchesIdentity` compares them, and for an identity learned on one
 * site, only that site's (as `isMine` applies it).
 */
export function readerKeys(identities: Identity[]): string[] {
  const keys = identities.flatMap((identity) => {
    const own = [
      ...[...identity.names, ...identity.aliases]
        .map(foldName)
        .filter(Boolean)
        .map((name) => `n:${name}`),
      ...identity.usernames.map((username) => `u:${username.toLowerCase()}`),
      ...identity.accountIds.map((id) => `a:${id}`),
      ...identity.userKeys.map((key) => `k:${key}`),
    ];
    return identity.site === undefined ? own : own.map((key) => siteKey(identity.site!, key));
  });
  return [...new Set(keys)];
}

/** The keys to look up for `who`: an id may be a username, an account id or a user key, so it is tried as each. */
export function whoKeys(who: Who): string[] {
  const names = (who.names ?? [])
    .map(foldName)
    .filter(Boolean)
    .map((name) => `n:${name}`);
  const ids = (who.ids ?? []).filter(Boolean).flatMap((id) => [`u:${id.toLowerCase()}`, `a:${id}`, `k:${id}`]);
  return [...new Set([...names, ...ids])];
}

// Matches a page's people against the user's identities: what makes a task "mine" and counts on the badge.
// Pure; identities come in as data (from settings), never read here.
import type { Identity } from '../model/identity';
import type { Person } from '../model/page';
import { foldName } from './names';

/**
 * True when an id matches exactly (a username ignoring case) or the folded name equals a folded name or
 * alias. A bare first name does not match a full name: "Frossie" is someone else unless it is an alias.
 */
export function personMatchesIdentity(person: Person, identity: Identity): boolean {
  const username = person.username?.toLowerCase();
  if (username && identity.usernames.some((u) => u.toLowerCase() === username)) return true;
  if (person.accountId && identity.accountIds.includes(person.accountId)) return true;
  if (person.userKey && identity.userKeys.includes(person.userKey)) return true;
  const name = foldName(person.name);
  return name !== '' && [...identity.names, ...identity.aliases].some((n) => foldName(n) === name);
}

/** Any assignee is the user by an identity that holds on `site` (one without a site holds everywhere). */
export function isMine(assignees: Person[], identities: Identity[], site?: string): boolean {
  const here = identities.filter((identity) => identity.site === undefined || identity.site.toLowerCase() === site?.toLowerCase());
  return assignees.some((person) => here.some((identity) => personMatchesIdentity(person, identity)));
}

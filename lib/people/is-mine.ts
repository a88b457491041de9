// Matches a page's people against the user's identities: what makes a task "mine" and counts on the badge.
// Pure; identities come in as data (from settings), never read here.
import type { Identity } from '../model/identity';
import type { Person } from '../model/page';
import { foldName } from './names';

// A name written as a handle, as minutes name people by their login or nick ("jdoe to …", "@j_doe"): one word,
// all lower case or holding a digit or a separator. "Maria" is a name, not a handle.
const HANDLE = /^@?(?:\p{Ll}[\p{Ll}\d]*|[\p{L}\d]+(?:[._-][\p{L}\d]+)+|\p{L}+\d[\p{L}\d]*)$/u;

/** The handle a person is named by, lower-cased without its "@", or undefined when the name is not one. */
function handleOf(person: Person): string | undefined {
  const name = person.name.trim();
  return HANDLE.test(name) ? name.replace(/^@/, '').toLowerCase() : undefined;
}

/**
 * True when an id matches exactly (a username ignoring case), a handle matches a username, or the folded name
 * equals a folded name or alias. A bare first name does not match a full name: "Frossie" is someone else unless
 * it is an alias.
 */
export function personMatchesIdentity(person: Person, identity: Identity): boolean {
  const usernames = identity.usernames.map((u) => u.replace(/^@/, '').toLowerCase());
  const username = person.username?.toLowerCase();
  if (username && usernames.includes(username)) return true;
  const handle = handleOf(person);
  if (handle && usernames.includes(handle)) return true;
  if (person.accountId && identity.accountIds.includes(person.accountId)) return true;
  if (person.userKey && identity.userKeys.includes(person.userKey)) return true;
  const name = foldName(person.name);
  return name !== '' && [...identity.names, ...identity.aliases].some((n) => foldName(n) === name);
}

/** Any assignee is the user by an identity that holds on `site` (one without a site holds everywhere). */
export function isMine(assignees: Person[], identities: Identity[], site?: string): boolean {
  const here = identities.filter(
    (identity) => identity.site === undefined || identity.site.toLowerCase() === site?.toLowerCase(),
  );
  return assignees.some((person) => here.some((identity) => personMatchesIdentity(person, identity)));
}

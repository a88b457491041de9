// Who the user is, merged with identities from elsewhere (a restored backup): nothing known is lost. Pure.
import type { Identity } from '../model/identity';
import { foldName } from './names';

const LISTS = ['names', 'aliases', 'usernames', 'accountIds', 'userKeys'] as const;

/** A list's value as it is compared: names and aliases however they are written, ids exactly. */
const keyOf = (list: (typeof LISTS)[number], value: string): string =>
  `${list}|${list === 'names' || list === 'aliases' ? foldName(value) : value}`;

/** The keys an identity is known by on its site: its folded names and its ids, each tagged with its kind. */
function keysOf(identity: Identity): string[] {
  return LISTS.flatMap((list) => identity[list].map((value) => `${identity.site ?? ''}|${keyOf(list, value)}`));
}

/**
 * `current` with each of `incoming` merged in: one that shares a name or an id with a current identity of the
 * same site adds what it knows to it; any other is added. `added`: how many brought something new.
 */
export function mergeIdentities(
  current: readonly Identity[],
  incoming: readonly Identity[],
): { identities: Identity[]; added: number } {
  const identities = current.map((identity) => ({ ...identity }));
  let added = 0;
  for (const other of incoming) {
    const otherKeys = new Set(keysOf(other));
    const same = identities.find((identity) => keysOf(identity).some((key) => otherKeys.has(key)));
    if (!same) {
      identities.push({ ...other });
      added++;
      continue;
    }
    const known = new Set(keysOf(same));
    if ([...otherKeys].every((key) => known.has(key))) continue;
    for (const list of LISTS) {
      const have = new Set(same[list].map((value) => keyOf(list, value)));
      same[list] = [...same[list], ...other[list].filter((value) => !have.has(keyOf(list, value)))];
    }
    added++;
  }
  return { identities, added };
}

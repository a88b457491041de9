import { describe, expect, it } from 'vitest';
import type { Identity } from '../../lib/model/identity';
import { mergeIdentities } from '../../lib/people/merge-identities';

const identity = (overrides: Partial<Identity>): Identity => ({
  names: [],
  aliases: [],
  usernames: [],
  accountIds: [],
  userKeys: [],
  ...overrides,
});

describe('mergeIdentities', () => {
  const ann = identity({ site: 'wiki.example.org', names: ['Ann Lee'], usernames: ['alee'] });

  it('adds an identity it does not know', () => {
    const bob = identity({ site: 'wiki.example.org', names: ['Bob Ray'] });
    expect(mergeIdentities([ann], [bob])).toEqual({ identities: [ann, bob], added: 1 });
  });

  it('adds what a known one brings to it, matching names however they are written', () => {
    const more = identity({ site: 'wiki.example.org', names: ['ann lee'], aliases: ['AL'], accountIds: ['5b10'] });
    const { identities, added } = mergeIdentities([ann], [more]);
    expect(added).toBe(1);
    expect(identities).toEqual([{ ...ann, aliases: ['AL'], accountIds: ['5b10'] }]);
  });

  it('changes nothing for what it knows already, and keeps one site’s identity apart from another’s', () => {
    expect(mergeIdentities([ann], [identity({ site: 'wiki.example.org', usernames: ['alee'] })])).toEqual({
      identities: [ann],
      added: 0,
    });
    const elsewhere = identity({ site: 'other.example.org', names: ['Ann Lee'] });
    expect(mergeIdentities([ann], [elsewhere]).identities).toEqual([ann, elsewhere]);
  });

  it('never changes the list it was given', () => {
    const current = [identity({ names: ['Ann'] })];
    mergeIdentities(current, [identity({ names: ['Ann'], aliases: ['A'] })]);
    expect(current[0]!.aliases).toEqual([]);
  });
});

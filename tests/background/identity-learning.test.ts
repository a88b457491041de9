import { describe, expect, it } from 'vitest';
import type { Identity } from '../../lib/model/identity';
import type { Person } from '../../lib/model/page';
import { isMine } from '../../lib/people/is-mine';
import {
  acceptIdentity,
  declineIdentity,
  identityQuestionFor,
  viewerKey,
} from '../../lib/background/identity-learning';
import { DEFAULT_SETTINGS } from '../../lib/model/settings';
import type { Settings } from '../../lib/model/settings';

const SITE = 'confluence.example.org';
const frossie: Person = { name: 'Frossie Economou', username: 'frossie', userKey: '8a8a8a8a5e8f1c2d' };

const settingsWith = (overrides: Partial<Settings> = {}): Settings => ({
  ...structuredClone(DEFAULT_SETTINGS),
  ...overrides,
});
const identity = (overrides: Partial<Identity>): Identity => ({
  names: [],
  aliases: [],
  usernames: [],
  accountIds: [],
  userKeys: [],
  ...overrides,
});

describe('identityQuestionFor', () => {
  it('asks about a viewer the settings know nothing of', () => {
    expect(identityQuestionFor(SITE, frossie, settingsWith())).toEqual({ site: SITE, viewer: frossie });
  });

  it('does not ask again once the user accepted, on that site', () => {
    const accepted = acceptIdentity(settingsWith(), SITE, frossie);
    expect(identityQuestionFor(SITE, frossie, accepted)).toBeUndefined();
  });

  it('asks again on another site: identities are learned per site', () => {
    const accepted = acceptIdentity(settingsWith(), SITE, frossie);
    expect(identityQuestionFor('wiki.other.org', frossie, accepted)).toEqual({
      site: 'wiki.other.org',
      viewer: frossie,
    });
  });

  it('does not ask when an identity for every site already matches the viewer', () => {
    const settings = settingsWith({ identities: [identity({ names: ['Frossie Économou'] })] });
    expect(identityQuestionFor(SITE, { name: 'Frossie Economou' }, settings)).toBeUndefined();
  });

  it('does not ask again after "not me", even with the site written in another case', () => {
    const declined = declineIdentity(settingsWith(), SITE, frossie);
    expect(identityQuestionFor('Confluence.Example.org', frossie, declined)).toBeUndefined();
  });

  it('still asks about a different viewer on a site where the user declined someone', () => {
    const declined = declineIdentity(settingsWith(), SITE, frossie);
    const tim: Person = { name: 'Tim Jenness', username: 'tjenness' };
    expect(identityQuestionFor(SITE, tim, declined)).toEqual({ site: SITE, viewer: tim });
  });

  it('asks about a second account on a site that already has an identity for another', () => {
    const accepted = acceptIdentity(settingsWith(), SITE, frossie);
    const admin: Person = { name: 'Frossie (admin)', username: 'frossie-admin' };
    expect(identityQuestionFor(SITE, admin, accepted)).toEqual({ site: SITE, viewer: admin });
  });
});

describe('acceptIdentity', () => {
  it("makes an identity for the site from the viewer's name and ids", () => {
    const cloudViewer: Person = { name: 'Frossie Economou', accountId: '5b10ac8d82e05b22cc7d4ef5' };
    expect(acceptIdentity(settingsWith(), 'Example.atlassian.net', cloudViewer).identities).toEqual([
      identity({
        site: 'example.atlassian.net',
        names: ['Frossie Economou'],
        accountIds: ['5b10ac8d82e05b22cc7d4ef5'],
      }),
    ]);
  });

  it("merges into the site's identity without repeating what it holds, and leaves other sites alone", () => {
    const elsewhere = identity({ site: 'wiki.other.org', names: ['F. Economou'] });
    const here = identity({ site: SITE, names: ['frossie economou'], aliases: ['FE'], usernames: ['Frossie'] });
    const next = acceptIdentity(settingsWith({ identities: [elsewhere, here] }), SITE, frossie);
    expect(next.identities).toEqual([
      elsewhere,
      identity({
        site: SITE,
        names: ['frossie economou'],
        aliases: ['FE'],
        usernames: ['Frossie'],
        userKeys: ['8a8a8a8a5e8f1c2d'],
      }),
    ]);
  });

  it('forgets an earlier "not me" for the same viewer', () => {
    const declined = declineIdentity(settingsWith(), SITE, frossie);
    expect(acceptIdentity(declined, SITE, frossie).declinedViewers).toEqual([]);
  });

  it('leaves the settings it was given unchanged', () => {
    const settings = settingsWith();
    acceptIdentity(settings, SITE, frossie);
    expect(settings).toEqual(DEFAULT_SETTINGS);
  });
});

describe('declineIdentity', () => {
  it('remembers the viewer by site and username, once', () => {
    const twice = declineIdentity(declineIdentity(settingsWith(), SITE, frossie), SITE, frossie);
    expect(twice.declinedViewers).toEqual(['confluence.example.org|frossie']);
  });

  it.each<[Person, string]>([
    [{ name: 'Frossie Economou', username: 'Frossie' }, 'confluence.example.org|frossie'],
    [{ name: 'Frossie Economou', accountId: '5b10ac8d' }, 'confluence.example.org|5b10ac8d'],
    [{ name: 'Frossie Economou', userKey: '8a8a' }, 'confluence.example.org|8a8a'],
    [{ name: 'Frossie Économou' }, 'confluence.example.org|frossie economou'],
  ])('keys %j as %s', (viewer, key) => {
    expect(viewerKey(SITE, viewer)).toBe(key);
  });
});

describe('what "mine" means after accepting', () => {
  const accepted = acceptIdentity(settingsWith(), SITE, frossie);
  const withAliases: Identity[] = [
    ...accepted.identities,
    identity({ names: ['Kian-Tat Lim'], aliases: ['K-T', 'KTL'] }),
  ];

  it.each<[string, Person, boolean]>([
    ['her name written with an accent', { name: 'Frossie Économou' }, true],
    ['her name in capitals', { name: 'FROSSIE ECONOMOU' }, true],
    ['her username in another case', { name: 'F.', username: 'FROSSIE' }, true],
    ['her user key', { name: 'someone', userKey: '8a8a8a8a5e8f1c2d' }, true],
    ['a first name alone', { name: 'Frossie' }, false],
    ['an alias as minutes write it', { name: 'KT' }, true],
    ['initials with dots', { name: 'K.T.L.' }, true],
    ['the full name with a different hyphen', { name: 'Kian Tat Lim' }, true],
    ['someone else', { name: 'Tim Jenness' }, false],
  ])('an assignee with %s is mine: %s', (_, person, expected) => {
    expect(isMine([person], withAliases, SITE)).toBe(expected);
  });

  it('holds only on the site it was learned on', () => {
    expect(isMine([{ name: 'Frossie Economou' }], accepted.identities, 'wiki.other.org')).toBe(false);
  });
});

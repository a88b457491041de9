import { describe, expect, it } from 'vitest';
import { Identity } from '../../lib/model/identity';
import type { Person } from '../../lib/model/page';
import { isMine, personMatchesIdentity } from '../../lib/people/is-mine';

const frossie = Identity.parse({
  names: ['Frossie Economou'],
  aliases: ['FE'],
  usernames: ['frossie'],
  accountIds: ['5b10ac8d82e05b22cc7d4ef5'],
  userKeys: ['8a8a8a8a5e8f1c2d015e8f1c2d0a0000'],
});

describe('Identity', () => {
  it('defaults every list to empty', () => {
    expect(Identity.parse({ site: 'confluence.lsstcorp.org' })).toEqual({
      site: 'confluence.lsstcorp.org',
      names: [],
      aliases: [],
      usernames: [],
      accountIds: [],
      userKeys: [],
    });
  });

  it('rejects an empty name', () => {
    expect(Identity.safeParse({ names: [''] }).success).toBe(false);
  });
});

describe('personMatchesIdentity', () => {
  it.each<[string, Person, boolean]>([
    ['the same username', { name: 'Someone', username: 'frossie' }, true],
    ['the username in another case', { name: 'Someone', username: 'Frossie' }, true],
    ['the account id', { name: 'Someone', accountId: '5b10ac8d82e05b22cc7d4ef5' }, true],
    ['the user key', { name: 'Someone', userKey: '8a8a8a8a5e8f1c2d015e8f1c2d0a0000' }, true],
    ['the full name', { name: 'Frossie Economou' }, true],
    ['the full name in another case and spacing', { name: ' frossie  ECONOMOU' }, true],
    ['an alias', { name: 'FE' }, true],
    ['an alias written with dots', { name: 'F.E.' }, true],
    ['a bare first name', { name: 'Frossie' }, false],
    ['another username', { name: 'Frossie Economou Jr', username: 'frossie2' }, false],
    ['an account id in another case', { name: 'Someone', accountId: '5B10AC8D82E05B22CC7D4EF5' }, false],
    ['someone else', { name: 'Tim Jenness', username: 'tjenness' }, false],
  ])('matches a person with %s: %s', (_, person, expected) => {
    expect(personMatchesIdentity(person, frossie)).toBe(expected);
  });

  it('matches a name through accents', () => {
    const cristian = Identity.parse({ names: ['Cristián Silva'] });
    expect(personMatchesIdentity({ name: 'Cristian Silva' }, cristian)).toBe(true);
  });

  it('matches a person named only by a handle against the usernames and handles', () => {
    const jdoe = Identity.parse({ names: ['Jane Doe'], usernames: ['jdoe', '@j_doe'] });
    expect(personMatchesIdentity({ name: 'jdoe' }, jdoe)).toBe(true);
    expect(personMatchesIdentity({ name: '@jdoe' }, jdoe)).toBe(true);
    expect(personMatchesIdentity({ name: 'j_doe' }, jdoe)).toBe(true);
    expect(personMatchesIdentity({ name: 'jdoe2' }, jdoe)).toBe(false);
    // A capitalised single word is a name, not a handle: "Maria" is not the user "maria".
    expect(personMatchesIdentity({ name: 'Maria' }, Identity.parse({ usernames: ['maria'] }))).toBe(false);
  });

  it('matches a first name the user gave as an alias', () => {
    const withNickname = Identity.parse({ names: ['Kian-Tat Lim'], aliases: ['K-T'] });
    expect(personMatchesIdentity({ name: 'KT' }, withNickname)).toBe(true);
    expect(personMatchesIdentity({ name: 'Kian Tat Lim' }, withNickname)).toBe(true);
    expect(personMatchesIdentity({ name: 'Kian' }, withNickname)).toBe(false);
  });
});

describe('isMine', () => {
  const onLsst = Identity.parse({ site: 'confluence.lsstcorp.org', usernames: ['tjenness'] });
  const anywhere = Identity.parse({ names: ['Frossie Economou'] });

  it.each<[string, Person[], string | undefined, boolean]>([
    ['one of several assignees is me', [{ name: 'Tim Jenness' }, { name: 'Frossie Economou' }], undefined, true],
    ['nobody is assigned', [], 'confluence.lsstcorp.org', false],
    [
      'a site-bound identity matches on its site',
      [{ name: 'Tim', username: 'tjenness' }],
      'confluence.lsstcorp.org',
      true,
    ],
    [
      'a site-bound identity matches on its site written in capitals',
      [{ name: 'Tim', username: 'tjenness' }],
      'Confluence.LSSTcorp.org',
      true,
    ],
    [
      'a site-bound identity is ignored on another site',
      [{ name: 'Tim', username: 'tjenness' }],
      'wiki.example.org',
      false,
    ],
    [
      'a site-bound identity is ignored when the site is unknown',
      [{ name: 'Tim', username: 'tjenness' }],
      undefined,
      false,
    ],
    ['an identity without a site holds on any site', [{ name: 'Frossie Economou' }], 'wiki.example.org', true],
  ])('says a task is mine when %s: %s', (_, assignees, site, expected) => {
    expect(isMine(assignees, [onLsst, anywhere], site)).toBe(expected);
  });

  it('is never mine without identities', () => {
    expect(isMine([{ name: 'Frossie Economou' }], [])).toBe(false);
  });
});

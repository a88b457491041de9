import { describe, expect, it } from 'vitest';
import { pageKeyOf, peopleKeys, readerKeys, whoKeys, withoutFragment } from '../../lib/store/keys';

describe('pageKeyOf', () => {
  it.each([
    ['https://wiki.example.org/pages/viewpage.action?pageId=100', '100', 'wiki.example.org:100'],
    ['https://wiki.example.org/display/DM/Team+sync#Actions', '100', 'wiki.example.org:100'],
    ['https://wiki.example.org/wiki/Team_sync#Actions', undefined, 'https://wiki.example.org/wiki/Team_sync'],
    ['not a url', '7', 'not a url:7'],
  ])('keys %s (page id %s) as %s', (url, pageId, key) => {
    expect(pageKeyOf(url, pageId)).toBe(key);
  });

  it('gives the same key to every address of one page', () => {
    expect(pageKeyOf('https://wiki.example.org/display/DM/Team+sync', '100')).toBe(
      pageKeyOf('https://wiki.example.org/pages/viewpage.action?pageId=100', '100'),
    );
  });
});

describe('peopleKeys', () => {
  it('keys a person by folded name, lower-cased username, account id and user key, each once', () => {
    const keys = peopleKeys([
      { name: 'Cristián Silva', username: 'CSilva', accountId: '557058:abc', userKey: 'ff80' },
      { name: 'cristian  silva' },
    ]);
    expect(keys).toEqual(['n:cristian silva', 'u:csilva', 'a:557058:abc', 'k:ff80']);
  });
});

describe('whoKeys', () => {
  it('folds names and aliases and tries an id as a username, an account id and a user key', () => {
    expect(whoKeys({ names: ['Frossie Economou', 'K-T'], ids: ['Frossie'] })).toEqual([
      'n:frossie economou',
      'n:kt',
      'u:frossie',
      'a:Frossie',
      'k:Frossie',
    ]);
  });

  it('gives no keys for nobody', () => {
    expect(whoKeys({ names: ['  '], ids: [''] })).toEqual([]);
  });
});

describe('withoutFragment', () => {
  it('drops what follows #', () => {
    expect(withoutFragment('https://w.example/p?x=1#top')).toBe('https://w.example/p?x=1');
  });
});

describe('readerKeys', () => {
  it('names each identity field as the index does, site-scoped for an identity learned on one site', () => {
    const keys = readerKeys([
      {
        site: 'Wiki.Example.org',
        names: ['Frossie Economou'],
        aliases: ['FE'],
        usernames: ['Frossie'],
        accountIds: [],
        userKeys: ['8a7f'],
      },
      { names: [], aliases: ['K-T'], usernames: [], accountIds: ['557058:kt'], userKeys: [] },
    ]);
    expect(keys).toEqual([
      '@wiki.example.org n:frossie economou',
      '@wiki.example.org n:fe',
      '@wiki.example.org u:frossie',
      '@wiki.example.org k:8a7f',
      'n:kt',
      'a:557058:kt',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { peopleInText, readMention } from '../../lib/extract/mentions';
import { parseStorage } from '../../lib/cli/parse-document';
import { page } from '../helpers/load-fixture';

function first(html: string): Element {
  return page(html).querySelector('a, span')!;
}

describe('readMention', () => {
  it.each([
    [
      '<a class="user-mention" data-username="ktl" href="/display/~ktl">Kian-Tat Lim</a>',
      { name: 'Kian-Tat Lim', username: 'ktl' },
    ],
    [
      '<a class="user-mention" data-account-id="5be2fd44" href="https://x.atlassian.net/wiki/people/5be2fd44">@Ana</a>',
      { name: 'Ana', accountId: '5be2fd44' },
    ],
    ['<a href="/display/~wom">Wil</a>', { name: 'Wil', username: 'wom' }],
    ['<a href="https://x.atlassian.net/wiki/display/~wom">Wil</a>', { name: 'Wil', username: 'wom' }],
    ['<a href="/wiki/people/70121:629b46bd?ref=confluence">Kou</a>', { name: 'Kou', accountId: '70121:629b46bd' }],
    ['<a href="/wiki/User:Jun_Park">Jun Park</a>', { name: 'Jun Park', username: 'Jun_Park' }],
    ['<span data-mention-id="5be2"><span>@Raj Patel</span></span>', { name: 'Raj Patel', accountId: '5be2' }],
  ])('reads %s', (html, person) => {
    expect(readMention(first(html))).toEqual(person);
  });

  it.each([
    ['<a href="/display/DM/Data+Management">Data Management</a>'],
    ['<a href="https://example.com/">site</a>'],
    ['<span>plain</span>'],
  ])('does not take %s for a person', (html) => {
    expect(readMention(first(html))).toBeNull();
  });

  it('reads storage-format mentions by username, user key or account id', () => {
    const doc = parseStorage(
      '<ac:link><ri:user ri:userkey="8a24" /></ac:link><ac:link><ri:user ri:account-id="63" /><ac:plain-text-link-body><![CDATA[Priya Shah]]></ac:plain-text-link-body></ac:link>',
    );
    const [byKey, byAccount] = Array.from(doc.getElementsByTagName('ac:link'));
    expect(readMention(byKey!)).toEqual({ name: '8a24', userKey: '8a24' });
    expect(readMention(byAccount!)).toEqual({ name: 'Priya Shah', accountId: '63' });
  });
});

describe('peopleInText', () => {
  it('splits a plain owner cell into people', () => {
    expect(peopleInText('Ana Lima, Raj Patel and Bo')).toEqual([
      { name: 'Ana Lima' },
      { name: 'Raj Patel' },
      { name: 'Bo' },
    ]);
  });

  it.each([['TBD'], ['N/A'], ['-'], ['?'], ['none']])('reads "%s" as nobody', (text) => {
    expect(peopleInText(text)).toEqual([]);
  });
});

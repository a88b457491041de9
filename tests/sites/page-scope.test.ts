import { describe, expect, it } from 'vitest';
import { MAX_ACTIONS_PER_PAGE, MAX_ID_LENGTH } from '../../lib/model/limits';
import { namesPageId, originOfId, scopedId, scopeExtraction, scopeScan } from '../../lib/sites/page-scope';
import { makeExtraction, makeTask, PAGE_A } from '../helpers/open-test-db';

describe('scopedId', () => {
  it.each([
    [
      'an https page keeps the ids it always had',
      'https://wiki.example.org',
      'wiki.example.org:100:1',
      'wiki.example.org:100:1',
    ],
    [
      'an https page keeps ids made of its own addresses',
      'https://wiki.example.org',
      'https://wiki.example.org/x:abc',
      'https://wiki.example.org/x:abc',
    ],
    [
      'another host’s id moves into the page’s namespace',
      'https://evil.example',
      'wiki.example.org:100:1',
      'https://evil.example|wiki.example.org:100:1',
    ],
    [
      'http is another origin than https',
      'http://wiki.example.org',
      'wiki.example.org:100:1',
      'http://wiki.example.org|wiki.example.org:100:1',
    ],
    [
      'a bare id is the https origin’s (schema v4 moved other ports’ records out of that form)',
      'https://wiki.example.org',
      'wiki.example.org:8443:100:1',
      'wiki.example.org:8443:100:1',
    ],
    [
      'a port’s page is named with its port',
      'https://wiki.example.org:8443',
      'wiki.example.org:8443:100:1',
      'https://wiki.example.org:8443|wiki.example.org:8443:100:1',
    ],
    [
      'an action made from a selection is never a page’s',
      'https://user',
      'user:https://wiki.example.org/x:1',
      'https://user|user:https://wiki.example.org/x:1',
    ],
    [
      'an address with a longer origin is not this one',
      'https://wiki.example.org',
      'https://wiki.example.org.evil.example/x:1',
      'https://wiki.example.org|https://wiki.example.org.evil.example/x:1',
    ],
  ])('%s', (_, origin, id, scoped) => {
    expect(scopedId(origin, id)).toBe(scoped);
    expect(scopedId(origin, scoped)).toBe(scoped);
  });

  it('bounds a long id by a hash of it, so two long ids stay apart and scoping twice changes nothing', () => {
    const long = (n: number) => `https://wiki.example.org/${'a'.repeat(3000)}${n}:abc`;
    const [one, two] = [scopedId('https://wiki.example.org', long(1)), scopedId('https://wiki.example.org', long(2))];
    expect(one.length).toBeLessThanOrEqual(MAX_ID_LENGTH);
    expect(one).not.toBe(two);
    expect(scopedId('https://wiki.example.org', one)).toBe(one);
  });
});

describe('originOfId', () => {
  it.each([
    ['wiki.example.org:100:1', 'https://wiki.example.org'],
    ['http://127.0.0.1:8080|confluence.lsstcorp.org:1:2', 'http://127.0.0.1:8080'],
    ['https://wiki.example.org/wiki/Sync:abc', 'https://wiki.example.org'],
    ['user:http://127.0.0.1:8080/page.html:abc', 'http://127.0.0.1:8080'],
    ['title:Team sync:abc', undefined],
  ])('%s is in the namespace of %s', (id, origin) => {
    expect(originOfId(id)).toBe(origin);
  });
});

describe('namesPageId', () => {
  it.each([
    ['https://wiki.example.org/pages/viewpage.action?pageId=100', true],
    ['https://x.atlassian.net/wiki/spaces/DM/pages/100/Team+sync', true],
    ['https://wiki.example.org/display/DM/Team+sync', false],
    ['https://wiki.example.org/display/DM/100', false],
    ['https://wiki.example.org/pages/viewpage.action?pageId=1000', false],
  ])('%s names page 100: %s', (url, names) => {
    expect(namesPageId(url, '100')).toBe(names);
  });
});

describe('scopeExtraction', () => {
  const url = 'https://notes.example.net/sync#today';

  it('believes a base URL and page links only on the page’s own origin', () => {
    const reported = makeTask(2, {
      sourcePage: { id: '5', title: 'Theirs', url: 'https://notes.example.net/pages/viewpage.action?pageId=5' },
    });
    const scoped = scopeExtraction(
      makeExtraction(PAGE_A, [makeTask(1), reported], { baseUrl: 'https://wiki.example.org' }),
      url,
    );
    expect(scoped.page.baseUrl).toBeUndefined();
    expect(scoped.tasks.map((task) => task.id)).toEqual([
      'https://notes.example.net|wiki.example.org:100:1',
      'https://notes.example.net|wiki.example.org:100:2',
    ]);
    expect(scoped.tasks.map((task) => task.sourcePage)).toEqual([
      { id: '100', title: PAGE_A.title },
      reported.sourcePage,
    ]);
  });

  it('drops page ids that do not look like ids', () => {
    const scoped = scopeExtraction(
      makeExtraction({ ...PAGE_A, id: '8443:100' }, [makeTask(1, { sourcePage: { id: 'x'.repeat(100), title: 'T' } })]),
      url,
    );
    expect(scoped.page.id).toBeUndefined();
    expect(scoped.tasks[0]?.sourcePage).toEqual({ title: 'T' });
  });

  it('sends one action more than a page may store, never thousands', () => {
    const tasks = Array.from({ length: MAX_ACTIONS_PER_PAGE + 50 }, (_, n) => makeTask(n));
    expect(scopeExtraction(makeExtraction(PAGE_A, tasks), url).tasks).toHaveLength(MAX_ACTIONS_PER_PAGE + 1);
  });

  it('keeps the elements of the actions it keeps only', () => {
    const tasks = Array.from({ length: MAX_ACTIONS_PER_PAGE + 50 }, (_, n) => makeTask(n));
    const scan = scopeScan(
      { extraction: makeExtraction(PAGE_A, tasks), elements: new Map(tasks.map((task) => [task.id, [{} as Element]])) },
      url,
    );
    expect(scan.elements.size).toBe(MAX_ACTIONS_PER_PAGE + 1);
  });

  it('keys the scan’s elements by the scoped ids', () => {
    const element = {} as Element;
    const scan = scopeScan(
      { extraction: makeExtraction(PAGE_A, [makeTask(1)]), elements: new Map([[makeTask(1).id, [element]]]) },
      url,
    );
    expect([...scan.elements]).toEqual([['https://notes.example.net|wiki.example.org:100:1', [element]]]);
  });
});

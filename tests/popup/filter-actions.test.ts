import { describe, expect, it } from 'vitest';
import { filterActions, filterOptions, openingFilter, withoutStaleChoices } from '../../lib/popup/filter-actions';
import type { PopupFilter } from '../../lib/popup/filter-actions';
import { makeAction } from '../helpers/fake-popup-api';

const actions = [
  makeAction({
    id: 'budget',
    text: 'Draft the Q3 budget',
    assignees: [{ name: 'Cristián Peña' }],
    mine: true,
    series: 'Finance weekly',
    sourcePage: { title: 'Finance weekly 2026-03-02', url: 'https://wiki.example.org/finance-0302' },
  }),
  makeAction({
    id: 'deploy',
    text: 'Schedule the déploiement',
    assignees: [{ name: 'Ana Silva' }, { name: 'Bo Chen' }],
    series: 'Release sync',
    sourcePage: { title: 'Release sync 2026-03-03', url: 'https://wiki.example.org/release-0303' },
  }),
  makeAction({
    id: 'minutes',
    text: 'Send the minutes',
    sourcePage: { title: 'Ad-hoc call about Zürich office' },
  }),
  makeAction({ id: 'gone', text: 'Old budget idea', gone: true, mine: true }),
];

const ids = (filter: PopupFilter) => filterActions(actions, filter).map((a) => a.id);

describe('filterActions', () => {
  it('keeps every action still on its page for Everyone', () => {
    expect(ids({ scope: 'everyone' })).toEqual(['budget', 'deploy', 'minutes']);
  });

  it('keeps only the user’s actions for Mine', () => {
    expect(ids({ scope: 'mine' })).toEqual(['budget']);
  });

  it('keeps one meeting series', () => {
    expect(ids({ scope: 'everyone', series: 'Release sync' })).toEqual(['deploy']);
  });

  it('keeps one page, by URL', () => {
    expect(ids({ scope: 'everyone', pageUrl: 'https://wiki.example.org/finance-0302' })).toEqual(['budget']);
  });

  it.each([
    ['an assignee without the accent', 'cristian', ['budget']],
    ['an assignee with the accent', 'Cristián', ['budget']],
    ['a second assignee', 'bo chen', ['deploy']],
    ['the text without its accent and case', 'DEPLOIEMENT', ['deploy']],
    ['the page title', 'zurich', ['minutes']],
    ['words spread over text and people', 'budget pena', ['budget']],
    ['words that occur in no single action', 'budget silva', []],
    ['blank space only', '   ', ['budget', 'deploy', 'minutes']],
  ])('searches %s ("%s")', (_name, search, expected) => {
    expect(ids({ scope: 'everyone', search })).toEqual(expected);
  });

  it('never shows an action that left its page, whatever matches', () => {
    expect(ids({ scope: 'mine', search: 'old budget' })).toEqual([]);
  });

  it('combines scope, series and search', () => {
    expect(ids({ scope: 'mine', series: 'Finance weekly', search: 'q3' })).toEqual(['budget']);
    expect(ids({ scope: 'mine', series: 'Release sync', search: 'q3' })).toEqual([]);
  });
});

describe('filterOptions', () => {
  it('offers each series and each page with a URL once, sorted, leaving out gone actions', () => {
    const twice = [
      ...actions,
      makeAction({ id: 'again', series: 'Finance weekly', sourcePage: actions[0]!.sourcePage }),
    ];
    expect(filterOptions(twice)).toEqual({
      series: ['Finance weekly', 'Release sync'],
      pages: [
        { url: 'https://wiki.example.org/finance-0302', title: 'Finance weekly 2026-03-02' },
        { url: 'https://wiki.example.org/release-0303', title: 'Release sync 2026-03-03' },
      ],
    });
  });
});

describe('openingFilter', () => {
  it('starts with Mine once the user’s identity is known', () => {
    expect(openingFilter(undefined, true)).toEqual({ scope: 'mine' });
  });

  it('starts with Everyone while the identity is unknown', () => {
    expect(openingFilter(undefined, false)).toEqual({ scope: 'everyone' });
  });

  it('reopens with the remembered filter', () => {
    const saved: PopupFilter = {
      scope: 'everyone',
      series: 'Release sync',
      pageUrl: 'https://wiki.example.org/release-0303',
      search: 'x',
    };
    expect(openingFilter(saved, true)).toEqual(saved);
  });

  it('sets the filter aside for Everyone when it would hide the asked-for action, and keeps it when it shows it', () => {
    const theirs = makeAction({ id: 'theirs', mine: false });
    expect(openingFilter({ scope: 'mine', search: 'x' }, true, theirs)).toEqual({ scope: 'everyone' });
    expect(openingFilter({ scope: 'everyone' }, true, theirs)).toEqual({ scope: 'everyone' });
    expect(openingFilter({ scope: 'mine' }, true, makeAction({ mine: true }))).toEqual({ scope: 'mine' });
  });
});

describe('withoutStaleChoices', () => {
  const options = filterOptions(actions);

  it('keeps a series and page that still have actions', () => {
    const saved: PopupFilter = {
      scope: 'everyone',
      series: 'Release sync',
      pageUrl: 'https://wiki.example.org/release-0303',
      search: 'x',
    };
    expect(withoutStaleChoices(saved, options)).toEqual(saved);
  });

  it('drops a remembered series or page that no longer has actions', () => {
    const saved: PopupFilter = {
      scope: 'mine',
      series: 'Retired series',
      pageUrl: 'https://wiki.example.org/deleted',
      search: 'x',
    };
    expect(withoutStaleChoices(saved, options)).toEqual({ scope: 'mine', search: 'x' });
  });
});

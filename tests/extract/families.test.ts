// Every wiki family, table-driven: which one a page is detected as ("the first family that says yes"), and the
// facts and content root that family reads from it.
import { describe, expect, it } from 'vitest';
import { contentRoot, detectFamily, FAMILIES } from '../../lib/extract/families';
import { readPageFacts } from '../../lib/extract/page-facts';
import { documentsFromText } from '../../lib/cli/inputs';
import type { PageFacts } from '../../lib/model/page';
import { fixtureText, page } from '../helpers/load-fixture';

interface Case {
  name: string;
  doc: () => Document;
  url?: string;
  facts: Partial<PageFacts>;
  /** Text the content root holds, and text outside it. */
  inside: string;
  outside?: string;
}

const fixture = (name: string) => () => {
  const read = documentsFromText(fixtureText(name), name, undefined);
  if (!read.ok) throw new Error(read.error);
  return read.documents[0]!.doc;
};

const CASES: Case[] = [
  {
    name: 'Confluence storage format',
    doc: fixture('confluence-storage/2024-02-12-team-sync.xml'),
    facts: { wiki: 'confluence-storage', title: '2024-02-12-team-sync' },
    inside: 'Book the room for the offsite',
  },
  {
    name: 'Confluence Cloud page view',
    doc: fixture('confluence-cloud/nested-tasks-no-title.html'),
    url: 'https://example.atlassian.net/wiki/spaces/PLAT/pages/2222/Platform+weekly',
    facts: {
      wiki: 'confluence-cloud',
      id: '2222',
      title: 'Platform weekly 2025-07-08',
      space: 'PLAT',
      baseUrl: 'https://example.atlassian.net/wiki',
    },
    inside: 'Draft the Q3 OKRs',
    outside: 'Platform weekly 2025-07-08',
  },
  {
    name: 'Confluence Cloud by its host alone',
    doc: () => page('<main><p>Notes</p></main>', '<title>Notes - Confluence</title>'),
    url: 'https://example.atlassian.net/wiki/spaces/X/pages/7/Notes',
    facts: { wiki: 'confluence-cloud', id: '7', baseUrl: 'https://example.atlassian.net/wiki' },
    inside: 'Notes',
  },
  {
    name: 'Confluence Server/DC',
    doc: fixture('confluence-server/dmlt-2022-10-18.html'),
    facts: {
      wiki: 'confluence-server',
      id: '219613203',
      space: 'DM',
      baseUrl: 'https://confluence.lsstcorp.org',
      viewer: { name: 'Frossie Economou', username: 'frossie' },
    },
    inside: 'Welcome - Project news and updates',
  },
  {
    name: 'Confluence HTML export',
    doc: fixture('confluence-export/Weekly-sync-2022-03-01_123456.html'),
    url: 'file:///exports/OPS/Weekly-sync-2022-03-01_123456.html',
    facts: { wiki: 'confluence-export', id: '123456', title: 'Weekly sync 2022-03-01', space: 'OPS' },
    inside: 'order two more shelves',
    outside: 'Created by',
  },
  {
    name: 'MediaWiki',
    doc: fixture('mediawiki/irc-meeting-log.html'),
    url: 'https://wiki.example.org/wiki/Infra_team_meetings#Discussion',
    facts: {
      wiki: 'mediawiki',
      title: 'Infra team meetings',
      url: 'https://wiki.example.org/wiki/Infra_team_meetings#Discussion',
      viewer: { name: 'Jdoe', username: 'Jdoe' },
    },
    inside: 'Mirror sync failures',
    outside: 'Personal tools',
  },
  {
    name: 'GitHub wiki',
    doc: fixture('markdown/github-wiki-team-sync.html'),
    url: 'https://github.com/example-org/platform/wiki/Team-sync-2024-04-09',
    facts: { wiki: 'markdown', title: 'Team sync 2024-04-09', viewer: { name: 'alice', username: 'alice' } },
    inside: 'draft the 2.3 release notes',
    outside: 'alice edited this page',
  },
  {
    // gitlabhq app/views/shared/wikis/show.html.haml (data-page-heading) and _wiki_content.html.haml.
    name: 'GitLab wiki',
    doc: () =>
      page(
        '<div id="js-vue-wiki-content-app" data-page-heading="Release sync 2024-05-02"></div><div class="js-wiki-page-content md" data-testid="wiki-page-content"><ul class="task-list"><li class="task-list-item"><task-button></task-button><input type="checkbox" class="task-list-item-checkbox" disabled> Tag the release</li></ul></div>',
        '<title>Release sync 2024-05-02 · Wiki · Platform · GitLab</title>',
      ),
    url: 'https://gitlab.example.com/platform/app/-/wikis/release-sync-2024-05-02',
    facts: { wiki: 'markdown', title: 'Release sync 2024-05-02', baseUrl: 'https://gitlab.example.com' },
    inside: 'Tag the release',
  },
  {
    // go-gitea templates/repo/wiki/view.tmpl: the page in .repository.wiki … .markup.
    name: 'Gitea wiki',
    doc: () =>
      page(
        '<div class="page-content repository wiki view"><div class="ui dividing header">Ops sync</div><div class="ui segment markup"><p>Ops notes</p></div></div>',
        '<title>Ops sync - platform - Gitea: Git with a cup of tea</title>',
      ),
    url: 'https://git.example.org/platform/app/wiki/Ops-sync',
    facts: { wiki: 'markdown', title: 'Ops sync' },
    inside: 'Ops notes',
    outside: 'Ops sync',
  },
  {
    name: 'generic HTML',
    doc: fixture('generic/plain-minutes.html'),
    url: 'https://intranet.example.com/teams/design/review-2024-03-03.html',
    facts: { wiki: 'generic', title: 'Design review — 3 March 2024', baseUrl: 'https://intranet.example.com' },
    inside: 'We agreed the schema',
    outside: 'navigation text is outside',
  },
];

describe.each(CASES)('$name', ({ doc: load, url, facts, inside, outside }) => {
  const doc = load();
  const family = detectFamily(doc, url);

  it('is detected as its family, the first in order that says yes', () => {
    expect(family.kind).toBe(facts.wiki);
    const first = FAMILIES.find((f) => f.detect(doc, url ? new URL(url).host : undefined));
    expect(first).toBe(family);
  });

  it('reads the page facts', () => {
    expect(readPageFacts(doc, family, url).facts).toMatchObject(facts);
  });

  it('reads the content from its root and nothing outside it', () => {
    const root = contentRoot(doc, family);
    expect(root.textContent).toContain(inside);
    if (outside) expect(root.textContent).not.toContain(outside);
  });
});

describe('the family list', () => {
  it('ends with generic HTML, which takes any page', () => {
    expect(FAMILIES[FAMILIES.length - 1]!.kind).toBe('generic');
    expect(FAMILIES[FAMILIES.length - 1]!.detect(page('<p>x</p>'), undefined)).toBe(true);
  });

  it('has one family per wiki kind', () => {
    expect(new Set(FAMILIES.map((f) => f.kind)).size).toBe(FAMILIES.length);
  });
});

describe('who the reader is, as only the wiki itself says it', () => {
  const facts = (doc: Document, url?: string) => readPageFacts(doc, detectFamily(doc, url), url).facts;

  it('ignores a Confluence user menu and meta tags an editor wrote into the page', () => {
    const planted = page(
      `<div id="main-content" class="wiki-content"><meta name="ajs-remote-user" content="mallory"><a id="user-menu-link" data-username="mallory" title="Frossie Economou">Frossie</a><p>Notes</p></div>`,
      '<title>Sync</title><meta name="ajs-page-id" content="7">',
    );
    expect(facts(planted).viewer).toBeUndefined();
  });

  it('ignores a MediaWiki user link an editor wrote into the article', () => {
    const planted = page(
      '<div id="mw-content-text"><div class="mw-parser-output"><ul id="pt-userpage"><li><a href="/wiki/User:Mallory">Frossie</a></li></ul><p>Notes</p></div></div>',
      '<title>Sync - Wiki</title><meta name="generator" content="MediaWiki 1.41.0">',
    );
    expect(facts(planted, 'https://wiki.example.org/wiki/Sync').viewer).toBeUndefined();
  });
});

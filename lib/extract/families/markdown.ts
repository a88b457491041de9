// Markdown wikis as the forges render them. GitHub: the page in #wiki-body .markdown-body, its title in
// #wiki-wrapper .gh-header-title, task lists ul.contains-task-list > li.task-list-item >
// input.task-list-item-checkbox, mentions a.user-mention, the reader's login in meta[name=user-login]
// (present but empty when signed out). GitLab: .js-wiki-page-content.md[data-testid=wiki-page-content],
// the title in the Vue app's data-page-heading. Gitea: the page in .repository.wiki .markup, mentions
// a.mention.
// Sources: https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/about-tasklists,
// https://github.github.com/gfm/#task-list-items-extension-, github-archive/task_list lib/task_list/filter.rb,
// gjtorikian/html-pipeline MentionFilter (a.user-mention), gitlabhq app/views/shared/wikis/_wiki_content.html.haml
// and show.html.haml, go-gitea templates/repo/wiki/view.tmpl and modules/markup/html.go (mentionProcessor).
// Fixtures: markdown/github-wiki-team-sync.html, markdown/github-readme-roadmap.html, markdown/gitlab-wiki-gijiroku-2023-03-09.html
import type { WikiFamily } from './family';
import { firstOf, meta, NAVIGATION, originOf, textOfFirst, titleBeforeSiteName, withoutFragment } from './shared';

const ROOTS = [
  '#wiki-body .markdown-body',
  '.js-wiki-page-content',
  '[data-testid="wiki-page-content"]',
  '.repository.wiki .markup',
  'article.markdown-body',
  '.markdown-body',
];

const FORGE_HOSTS = /(?:^|\.)(?:github\.com|gitlab\.com|gitea\.com|codeberg\.org)$/i;

export const markdown: WikiFamily = {
  kind: 'markdown',
  detect: (doc, host) => !!firstOf(doc, ROOTS) || (!!host && FORGE_HOSTS.test(host)),
  contentRoot: (doc) => firstOf(doc, ROOTS),
  title: (doc) =>
    textOfFirst(doc, '#wiki-wrapper .gh-header-title') ??
    (doc.querySelector('[data-page-heading]')?.getAttribute('data-page-heading')?.trim() || undefined) ??
    // A README's <title> is "GitHub - owner/repo: …": its own first heading names it better.
    textOfFirst(firstOf(doc, ROOTS) ?? doc, 'h1') ??
    titleBeforeSiteName(doc) ??
    '',
  pageId: () => undefined,
  space: () => undefined,
  baseUrl: (_doc, url) => originOf(url),
  canonicalUrl: (_baseUrl, _id, url) => withoutFragment(url),
  viewer: (doc) => {
    const login = meta(doc, 'user-login');
    return login ? { name: login, username: login } : undefined;
  },
  skip: NAVIGATION,
};

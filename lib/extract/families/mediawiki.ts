// MediaWiki 1.39+ as it serves a page: the parser output in #mw-content-text > div.mw-parser-output,
// headings h2 > span.mw-headline (1.43: div.mw-heading > h2), the title in h1#firstHeading, the table of
// contents div#toc with its hidden toggle checkbox (a control, never a task), the reader's user page in the
// personal tools (li#pt-userpage). Other parsed wikitext (site notice, indicators) has .mw-parser-output too.
// Sources: MediaWiki core tests/phpunit/includes/OutputTransform/Stages/HandleTOCMarkersTest.php (the TOC as
// served: div#toc.toc[role=navigation] > input#toctogglecheckbox + div.toctitle > h2#mw-toc-heading "Contents"),
// includes/skins/SkinTemplate.php (personal URL "userpage" → li#pt-userpage),
// https://www.mediawiki.org/wiki/Manual:Interface/IDs_and_classes (#firstHeading, #mw-content-text, .mw-parser-output).
// Fixtures: mediawiki/weekly-minutes.html, mediawiki/irc-meeting-log.html, mediawiki/feature-article.html, mediawiki/compte-rendu-2023-03-09.html
import type { WikiFamily } from './family';
import { firstOf, meta, NAVIGATION, originOf, textOfFirst, titleBeforeSiteName, withoutFragment } from './shared';
import { squash } from '../text';
import { anyOf } from '../words';

// "User:", and the namespace's name in the wiki's language ("Benutzer:", "Utilisateur:").
const USER_PAGE = new RegExp(`(?:\\/wiki\\/|[?&]title=)${anyOf((w) => w.userPages)}:([^/?#&]+)`, 'i');

export const mediawiki: WikiFamily = {
  kind: 'mediawiki',
  detect: (doc) =>
    /mediawiki/i.test(meta(doc, 'generator') ?? '') || !!doc.querySelector('.mw-parser-output, #mw-content-text'),
  contentRoot: (doc) =>
    firstOf(doc, ['#mw-content-text > .mw-parser-output', '#mw-content-text', '.mw-parser-output', '#content']),
  title: (doc) => textOfFirst(doc, '#firstHeading') ?? titleBeforeSiteName(doc) ?? '',
  pageId: () => undefined,
  space: () => undefined,
  baseUrl: (_doc, url) => originOf(url),
  canonicalUrl: (_baseUrl, _id, url) => withoutFragment(url),
  viewer: (doc) => {
    // The personal tools, not a copy an editor wrote into the article.
    const link = [...doc.querySelectorAll('#pt-userpage a[href], #pt-userpage-2 a[href]')].find(
      (el) => !el.closest('#mw-content-text'),
    );
    const username = USER_PAGE.exec(link?.getAttribute('href') ?? '')?.[1];
    if (!link || !username) return undefined;
    let decoded = username;
    try {
      decoded = decodeURIComponent(username);
    } catch {
      // Keep the address's spelling.
    }
    return { name: squash(link.textContent ?? '') || decoded.replace(/_/g, ' '), username: decoded };
  },
  // The page's content language (Parser output's lang, https://www.mediawiki.org/wiki/Manual:Language#Page_content_language).
  contentLanguage: (doc) => doc.querySelector('#mw-content-text[lang]')?.getAttribute('lang') ?? undefined,
  skip: `${NAVIGATION}, .mw-editsection, .navbox`,
};

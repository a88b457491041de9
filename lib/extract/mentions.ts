// Who a link or mention names: Confluence mentions (rendered, storage, Cloud), links to a person's page,
// MediaWiki user pages, the forges' @mentions (GitHub a.user-mention, GitLab a[data-reference-type=user],
// Gitea a.mention). The byline's author link is outside the content root, so it is never read here.
import type { Person } from '../model/page';
import { isOtherGroup, splitOwners } from './owners';
import { squash, tagOf } from './text';
import { anyOf, type Words } from './words';

// A forge's mention link: its text is "@login", and the login is the person's username there.
const FORGE_MENTION = /(?:^|\s)(?:user-mention|mention|gfm-project_member)(?:\s|$)/;

// Paths of a person's page, relative or absolute: Server /display/~name, Cloud /wiki/people/<accountId>,
// /wiki/display/~name, the profile action, and MediaWiki's User: pages (in the wiki's language: "Benutzer:").
const PERSON_PATHS: Array<[RegExp, keyof Pick<Person, 'username' | 'accountId'>]> = [
  [/^(?:[a-z]+:\/\/[^/]+)?(?:\/[^/?#]*)?\/display\/~([^/?#]+)/i, 'username'],
  [/^(?:[a-z]+:\/\/[^/]+)?(?:\/wiki)?\/people\/([^/?#]+)/i, 'accountId'],
  [/[?&]username=([^&#]+)/i, 'username'],
  [
    new RegExp(
      `^(?:[a-z]+:\\/\\/[^/]+)?\\/(?:wiki\\/|index\\.php\\?title=)${anyOf((w) => w.userPages)}:([^/?#&]+)`,
      'i',
    ),
    'username',
  ],
];

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function cleanName(text: string): string {
  return squash(text).replace(/^@/, '');
}

function withIds(name: string, ids: Omit<Person, 'name'>): Person {
  const person: Person = { name };
  if (ids.username) person.username = ids.username;
  if (ids.accountId) person.accountId = ids.accountId;
  if (ids.userKey) person.userKey = ids.userKey;
  return person;
}

/** The person an element names, or null when it is not a mention or person link. */
export function readMention(el: Element, tag: string = tagOf(el)): Person | null {
  if (tag === 'A') {
    const username = el.getAttribute('data-username') ?? undefined;
    const accountId = el.getAttribute('data-account-id') ?? undefined;
    const userKey = el.getAttribute('data-user-key') ?? undefined;
    const name = cleanName(el.textContent ?? '');
    if (username || accountId || userKey) return name ? withIds(name, { username, accountId, userKey }) : null;
    const shown = squash(el.textContent ?? '');
    if (
      shown.startsWith('@') &&
      name &&
      (FORGE_MENTION.test(el.getAttribute('class') ?? '') || el.getAttribute('data-reference-type') === 'user')
    ) {
      return withIds(name, { username: name });
    }
    const href = el.getAttribute('href') ?? '';
    for (const [pattern, field] of PERSON_PATHS) {
      const match = pattern.exec(href);
      if (match?.[1]) {
        const id = decode(match[1]);
        return withIds(name || id.replace(/_/g, ' '), { [field]: id });
      }
    }
    return null;
  }
  if (tag === 'SPAN' && el.hasAttribute('data-mention-id')) {
    const accountId = el.getAttribute('data-mention-id') || undefined;
    const name = cleanName(el.textContent ?? '');
    return name || accountId ? withIds(name || accountId!, { accountId }) : null;
  }
  if (tag === 'AC:LINK') {
    const user = Array.from(el.children).find((child) => tagOf(child) === 'RI:USER');
    if (!user) return null;
    const username = user.getAttribute('ri:username') ?? undefined;
    const userKey = user.getAttribute('ri:userkey') ?? undefined;
    const accountId = user.getAttribute('ri:account-id') ?? undefined;
    const body = cleanName(el.textContent ?? '');
    const name = body || username || accountId || userKey;
    return name ? withIds(name, { username, accountId, userKey }) : null;
  }
  return null;
}

// Cells that name nobody: "TBD", "N/A", "-", "?", "offen", "未定".
const NOBODY = new RegExp(`^${anyOf((w) => w.nobody)}$`, 'i');

/** The people a plain-text owner cell or list names ("Ana Lima, Raj and Bo", "Marta y Jorge"), placeholders and groups left out. */
export function peopleInText(text: string, languages?: readonly Words[]): Person[] {
  return splitOwners(text, languages)
    .filter((name) => !NOBODY.test(name.trim()) && !NOBODY.test(text.trim()) && !isOtherGroup(name, languages))
    .map((name) => ({ name }));
}

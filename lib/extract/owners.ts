// Owners written as plain text where minutes put them: "Bob to …", "Ana & Raj will …", "Lena: …", "KTL - …",
// "[Maria] …", "Tom check …" after a marker, and lowercase handles ("jdoe to …", "j_doe will …"). A status or
// carry-over prefix ("[NEW]", "CARRIED FORWARD:") is not a name, nor is a group ("Everyone") or a pronoun.
import type { Person } from '../model/page';
import type { OwnerSource } from './explain';
import { foldName, splitPeople } from '../people/names';
import { squash } from './text';
import { anyOf } from './words';

// One to three capitalised words or initials ("Kian-Tat Lim", "KTL", "O'Mullane"); a handle with a digit or
// a separator ("j_doe", "jdoe2"); any lowercase word, which is a handle only before "to <verb>" ("jdoe to …").
const NAME = "[A-Z][\\p{L}'’.-]*(?:\\s+[A-Z][\\p{L}'’.-]*){0,2}";
const HANDLE = '[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+|[a-z]+[0-9][a-z0-9]*';
const WORD = '[a-z]{2,}';
const JOIN = '\\s*(?:,|&|\\+|/|\\band\\b)\\s*';
const list = (name: string): string => `(?:${name})(?:${JOIN}(?:${name}))*`;

const LINK = anyOf((w) => w.ownerLinks);
/** "Bob to …", "Ana and Raj will …", "j_doe will …": the names stay part of the sentence. */
const LINKED = new RegExp(`^(${list(`${NAME}|${HANDLE}`)})\\s+(?=${LINK}\\s)`, 'u');
/** "jdoe to draft …", IRC and W3C style: a lowercase handle, "to", a verb ("server to be …" is not one). */
const HANDLE_TO = new RegExp(`^(${list(`${NAME}|${HANDLE}|${WORD}`)})\\s+(?=to\\s+(?!be\\b)\\p{Ll})`, 'u');
/** "Lena: …", "KTL - …": a label, cut from the text. */
const LABEL = new RegExp(`^(${list(NAME)})\\s*(?::|\\s[-–—])\\s*`, 'u');
/** "[Maria] …": a label in brackets. */
const BRACKETED = new RegExp(`^\\[\\s*(${list(`${NAME}|${HANDLE}|${WORD}`)})\\s*\\]\\s*`, 'u');
/** "Tom check the list" after a marker: a name, then one of the verbs actions start with. */
const BEFORE_VERB = new RegExp(`^(${list(NAME)})\\s+(?=${anyOf((w) => w.actionVerbs)}\\b)`, 'u');

const NOT_NAMES = new RegExp(
  `^(?:${anyOf((w) => w.notNames)}|${anyOf((w) => w.groups)}|${anyOf((w) => w.statusPrefixes)}|${anyOf((w) => w.actionVerbs)}|${anyOf((w) => w.actionMarkers)}|${anyOf((w) => w.carryOverMarkers)})$`,
  'i',
);
const GROUP = new RegExp(`^${anyOf((w) => w.groups)}$`, 'i');
const ONE_NAME = new RegExp(`^(?:${NAME}|${HANDLE}|${WORD})$`, 'u');

/** A status word leading an item: "[NEW]", "[PENDING]", "NEW:"; never a name, and not part of the action. */
const STATUS_PREFIX = new RegExp(`^\\s*(?:\\[\\s*${anyOf((w) => w.statusPrefixes)}\\s*\\]|${anyOf((w) => w.statusPrefixes)}\\s*:)\\s*`, 'i');

export function stripStatusPrefix(text: string): string {
  return text.replace(STATUS_PREFIX, '');
}

/** The people a plain owner phrase names, or null when a word in it is not a name ("We", "Everyone", "DONE"). */
export function namesIn(phrase: string): Person[] | null {
  const names = splitPeople(phrase);
  if (!names.length || NOT_NAMES.test(foldName(names[0]!)) || !names.every((name) => ONE_NAME.test(name) || GROUP.test(foldName(name)))) return null;
  const people = names.filter((name) => !GROUP.test(foldName(name)));
  return people.some((name) => NOT_NAMES.test(foldName(name))) ? null : people.map((name) => ({ name }));
}

export interface PlainOwner {
  owners: Person[];
  text: string;
  /** Which way of writing an owner it was, for --explain. */
  how: OwnerSource;
}

/**
 * The owners an action's text names in plain words, and its text without them when they stood as a label.
 * `afterMarker`: the text follows "ACTION:"/"AI:", where "Name verb …" also names an owner.
 */
export function plainOwner(text: string, afterMarker = false): PlainOwner | null {
  const rules: Array<[RegExp, boolean, OwnerSource]> = [
    [BRACKETED, true, 'bracket'],
    [LINKED, false, 'linked'],
    [HANDLE_TO, false, 'handle-to'],
    [LABEL, true, 'label'],
  ];
  if (afterMarker) rules.push([BEFORE_VERB, false, 'verb']);
  for (const [pattern, cut, how] of rules) {
    const match = pattern.exec(text);
    const owners = match?.[1] ? namesIn(match[1]) : null;
    if (!match || !owners?.length) continue;
    return { owners, text: cut ? squash(text.slice(match[0].length)) : text, how };
  }
  return null;
}

export interface Owned {
  text: string;
  assignees: Person[];
  ownerFrom?: OwnerSource;
}

/** The owners already read (mentions) when there are any, else those the text names in plain words. */
export function withPlainOwner(owned: Owned, afterMarker = false): Owned {
  if (owned.assignees.length) return owned;
  const plain = plainOwner(owned.text, afterMarker);
  return plain ? { text: plain.text, assignees: plain.owners, ownerFrom: plain.how } : owned;
}

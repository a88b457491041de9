// Owners written as plain text where minutes put them: "Bob to …", "Ana & Raj will …", "Lena: …", "KTL - …",
// "[Maria] …", "Tom check …" after a marker, and lowercase handles ("jdoe to …", "j_doe will …"). A status or
// carry-over prefix ("[NEW]", "CARRIED FORWARD:") is not a name, nor is a group ("Everyone") or a pronoun.
// An owner label anywhere in the item: "Owner: Sam Lee — …", "… (owner: Chen)". In the page's other languages
// also: "Anna prüft …", "verantwortlich: Anna", "担当：田中", "… (Marta y Jorge)",
// "…: Lucía y Pablo", names joined by "und", "et", "y", "と". The rules are built once per set of languages; with
// English alone they are English's as they always were. Names no rule reads ("… - Bob", "田中と佐藤：…") are owners
// only when the page lists those people (`knownOwners`, once the scan has seen the whole page).
import type { Person } from '../model/page';
import type { OwnerSource } from './explain';
import { foldName, initialsOf, splitPeople } from '../people/names';
import { squash } from './text';
import { LATIN } from '../dates/locale-dates';
import { anyOf, edged, ENGLISH, flagsFor, perLanguages, type Words } from './words';

// One to three capitalised words or initials ("Kian-Tat Lim", "KTL", "O'Mullane"; "Élodie" on a page in another
// language); a handle with a digit or a separator ("j_doe", "jdoe2"); any lowercase word, which is a handle only
// before "to <verb>" ("jdoe to …").
const nameOf = (capital: string, letter: string): string =>
  `${capital}[${letter}'’.-]*(?:\\s+${capital}[${letter}'’.-]*){0,2}`;
const ENGLISH_NAME = nameOf('[A-Z]', '\\p{L}');
// With another language, Latin letters as ranges (and no `u` flag): a Unicode property makes each of these patterns
// dozens of times dearer to compile. Latin Extended-A and -B count as capitals: their cases alternate letter by letter.
const LATIN_NAME = nameOf('[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u024F]', `${LATIN}`);
const LOWER = '[a-z\\u00DF-\\u00F6\\u00F8-\\u00FF]';
const HANDLE = '[a-z][a-z0-9]*(?:[._-][a-z0-9]+)+|[a-z]+[0-9][a-z0-9]*';
const WORD = '[a-z]{2,}';
// What may follow names an owner label gave: the end, a closing bracket, a separator.
const NAMES_END = '(?=\\s*(?:$|[)）,、;；.。]|[-–—]\\s))';

const ENGLISH_ONLY = [ENGLISH];

interface OwnerRule {
  pattern: RegExp;
  /** Whether the match is cut from the text (a label), or the names stay part of the sentence. */
  cut: boolean;
  how: OwnerSource;
  /** The language whose words the rule reads; none for forms of punctuation alone. */
  language?: string;
}

interface OwnerReading {
  rules: OwnerRule[];
  /** After "ACTION:"/"AI:" also "Name verb …". */
  afterMarker: OwnerRule[];
  /** "verantwortlich:", "担当：": where the names after them start. */
  labels: Array<{ word: RegExp; names: RegExp; language: string }>;
  notNames: RegExp;
  group: RegExp;
  oneName: RegExp;
  joins: RegExp | undefined;
  honorific: RegExp | undefined;
  /** The other languages' group words ("alle", "todos"): no person in an owner cell. */
  otherGroup: RegExp | undefined;
  /** "Status: " leading an item, in any of the languages. */
  statusPrefix: RegExp;
}

/** How names join in these languages besides English's commas, "&", "/", "+" and "and"; case as written. */
function joinsOf(languages: readonly Words[]): string {
  return languages.flatMap((w) => (w.joins ? [edged(w, w.joins, true, true)] : [])).join('|');
}

const readingFor = perLanguages((languages: readonly Words[]): OwnerReading => {
  const others = languages.filter((w) => w !== ENGLISH);
  const extraJoins = joinsOf(others);
  const join = `\\s*(?:,|&|\\+|/|\\band\\b${extraJoins ? `|${extraJoins}` : ''})\\s*`;
  const list = (name: string): string => `(?:${name})(?:${join}(?:${name}))*`;
  const names = [others.length ? LATIN_NAME : ENGLISH_NAME, ...others.flatMap((w) => (w.names ? [w.names] : []))].join(
    '|',
  );
  const lower = others.length ? LOWER : '\\p{Ll}';
  const pattern = (source: string, flags: string): RegExp => new RegExp(source, flagsFor(source, flags));
  const labelled = [names, ...others.flatMap((w) => (w.labelledNames ? [w.labelledNames] : []))].join('|');
  const any = (select: (w: Words) => string | undefined): string => anyOf(select, 'none', languages);

  const englishLink = anyOf((w) => w.ownerLinks, 'none', ENGLISH_ONLY);
  const rules: OwnerRule[] = [
    /** "[Maria] …": a label in brackets. */
    { pattern: pattern(`^\\[\\s*(${list(`${names}|${HANDLE}|${WORD}`)})\\s*\\]\\s*`, ''), cut: true, how: 'bracket' },
    /** "Bob to …", "Ana and Raj will …", "j_doe will …", "Dana Smith (DS) to …": the names stay part of the sentence. */
    {
      pattern: pattern(`^(${list(`${names}|${HANDLE}`)})(?:\\s*\\([A-Z]{2,4}\\))?\\s+(?=${englishLink}\\s)`, ''),
      cut: false,
      how: 'linked',
      language: 'en',
    },
    /** "jdoe to draft …", IRC and W3C style: a lowercase handle, "to", a verb ("server to be …" is not one). */
    {
      pattern: pattern(`^(${list(`${names}|${HANDLE}|${WORD}`)})\\s+(?=to\\s+(?!be\\b)${lower})`, ''),
      cut: false,
      how: 'handle-to',
      language: 'en',
    },
    /** "Lena: …", "KTL - …", "田中さん：…": a label, cut from the text. */
    { pattern: pattern(`^(${list(names)})\\s*(?:[:：]|\\s[-–—])\\s*`, ''), cut: true, how: 'label' },
  ];
  for (const w of others) {
    const links = [w.ownerLinks, w.ownerVerbs].filter(Boolean).join('|');
    const gap = w.edges === 'none' ? '\\s*' : '\\s+';
    /** "Anna prüft …", "Marie s'occupe de …", "Marta va a …". */
    if (links)
      rules.push({
        pattern: pattern(`^(${list(names)})${gap}(?=${edged(w, links, false, true)})`, ''),
        cut: false,
        how: 'linked',
        language: w.code,
      });
  }
  for (const w of others.filter((x) => x.honorifics && x.names)) {
    /** "田中さん 見積もりを出す": a name with its honorific, then a space, sets the owner apart as a label would. */
    rules.push({ pattern: pattern(`^(${list(w.names!)})\\s+(?=\\S)`, ''), cut: true, how: 'label', language: w.code });
  }
  for (const w of others.filter((x) => x.trailingOwners)) {
    /** "Revisar el presupuesto (Marta y Jorge)", "資料を送付（田中）". */
    rules.push({
      pattern: pattern(`(?<=\\S)\\s*[(（]\\s*(${list(labelled)})\\s*[)）]\\s*[.。]?$`, ''),
      cut: true,
      how: 'trailing',
      language: w.code,
    });
    /** "Preparar la demo: Lucía y Pablo", "Entwurf prüfen – Anna". */
    rules.push({
      pattern: pattern(`(?<=\\S)\\s*(?:[:：]|\\s[-–—])\\s*(${list(names)})\\s*[.。]?$`, ''),
      cut: true,
      how: 'trailing',
      language: w.code,
    });
  }
  /** "Tom check the list" after a marker: a name, then one of the verbs actions start with. */
  const beforeVerb: OwnerRule = {
    pattern: pattern(`^(${list(names)})\\s+(?=${any((w) => w.actionVerbs)}\\b)`, ''),
    cut: false,
    how: 'verb',
    language: 'en',
  };

  const labels = languages.flatMap((w) =>
    w.ownerLabels
      ? [
          {
            word: pattern(`${edged(w, w.ownerLabels, true, false)}\\s*[:：]\\s*`, 'gi'),
            names: pattern(`(${list(labelled)})${NAMES_END}`, 'y'),
            language: w.code,
          },
        ]
      : [],
  );
  const statusPrefixes = any((w) => w.statusPrefixes);
  return {
    rules,
    afterMarker: [...rules, beforeVerb],
    labels,
    // Matched against names folded (no accents): other languages' phrases match without their accents too.
    notNames: pattern(
      `^(?:${any((w) => w.notNames)}|${any((w) => w.groups)}|${statusPrefixes}|${any((w) => w.actionVerbs)}|` +
        `${any((w) => w.actionMarkers)}|${any((w) => w.carryOverMarkers)}|${any((w) => w.ownerLabels)}|` +
        `${any((w) => w.nobody)})$`,
      'i',
    ),
    group: pattern(`^${any((w) => w.groups)}$`, 'i'),
    oneName: pattern(`^(?:${labelled}|${HANDLE}|${WORD})$`, ''),
    joins: extraJoins ? pattern(`\\s*(?:${extraJoins})\\s*`, '') : undefined,
    honorific: others.some((w) => w.honorifics) ? pattern(`(?:${any((w) => w.honorifics)})$`, '') : undefined,
    otherGroup: others.length ? pattern(`^${anyOf((w) => w.groups, 'none', others)}$`, 'i') : undefined,
    statusPrefix: pattern(`^\\s*(?:\\[\\s*${statusPrefixes}\\s*\\]|${statusPrefixes}\\s*[:：])\\s*`, 'i'),
  };
});

const englishReading = readingFor(ENGLISH_ONLY);

/** A status word leading an item: "[NEW]", "[PENDING]", "NEW:"; never a name, and not part of the action. */
export function stripStatusPrefix(text: string, languages: readonly Words[] = ENGLISH_ONLY): string {
  return text.replace((languages === ENGLISH_ONLY ? englishReading : readingFor(languages)).statusPrefix, '');
}

/** The names an owner phrase or cell lists, split where these languages join names, without honorifics ("田中さん" → 田中). */
export function splitOwners(phrase: string, languages: readonly Words[] = ENGLISH_ONLY): string[] {
  const { joins, honorific } = readingFor(languages);
  const names = splitPeople(phrase, joins);
  return honorific ? names.map((name) => name.replace(honorific, '') || name) : names;
}

/** A word for everyone in any of the page's languages ("all", "the team", "alle", "全員"): no one in particular. */
export function isGroup(name: string, languages: readonly Words[] = ENGLISH_ONLY): boolean {
  return readingFor(languages).group.test(foldName(name));
}

/** Another language's word for everyone ("alle", "todos", "全員"): a group, no person named in an owner cell. */
export function isOtherGroup(name: string, languages: readonly Words[] = ENGLISH_ONLY): boolean {
  return !!readingFor(languages).otherGroup?.test(foldName(name));
}

/** The people a plain owner phrase names, or null when a word in it is not a name ("We", "Everyone", "DONE"). */
export function namesIn(phrase: string, languages: readonly Words[] = ENGLISH_ONLY): Person[] | null {
  const { notNames, group, oneName } = readingFor(languages);
  const names = splitOwners(phrase, languages);
  if (
    !names.length ||
    notNames.test(foldName(names[0]!)) ||
    !names.every((name) => oneName.test(name) || group.test(foldName(name)))
  )
    return null;
  const people = names.filter((name) => !group.test(foldName(name)));
  return people.some((name) => notNames.test(foldName(name))) ? null : people.map((name) => ({ name }));
}

export interface PlainOwner {
  owners: Person[];
  text: string;
  /** Which way of writing an owner it was, and in which language's words, for --explain. */
  how: OwnerSource;
  language?: string;
}

/** The text with a span cut out, and what the cut leaves behind: empty brackets, a dangling separator. */
function cutOut(text: string, start: number, end: number): string {
  if (start === 0) return squash(text.slice(end).replace(/^[\s\-–—:：,，、;；]+/, ''));
  return squash(`${text.slice(0, start)} ${text.slice(end)}`.replace(/[(（][\s,、;；:：]*[)）]/g, ' '))
    .replace(/[\s\-–—:：,，、;；]+$/, '')
    .trim();
}

/** "… – verantwortlich: Anna", "（担当：田中、…）": an owner label anywhere in the item. */
function labelledOwner(text: string, reading: OwnerReading, languages: readonly Words[]): PlainOwner | null {
  for (const { word, names, language } of reading.labels) {
    for (const label of text.matchAll(word)) {
      names.lastIndex = label.index + label[0].length;
      const found = names.exec(text);
      const owners = found?.[1] ? namesIn(found[1], languages) : null;
      if (!found || !owners?.length) continue;
      return { owners, text: cutOut(text, label.index, names.lastIndex), how: 'owner-label', language };
    }
  }
  return null;
}

/**
 * The owners an action's text names in plain words, and its text without them when they stood as a label.
 * `afterMarker`: the text follows "ACTION:"/"AI:", where "Name verb …" also names an owner.
 */
export function plainOwner(
  text: string,
  afterMarker = false,
  languages: readonly Words[] = ENGLISH_ONLY,
): PlainOwner | null {
  const reading = readingFor(languages);
  const labelled = reading.labels.length ? labelledOwner(text, reading, languages) : null;
  if (labelled) return labelled;
  for (const rule of afterMarker ? reading.afterMarker : reading.rules) {
    const match = rule.pattern.exec(text);
    const owners = match?.[1] ? namesIn(match[1], languages) : null;
    if (!match || !owners?.length) continue;
    // "…: Lucía y Pablo" ends an action only when something stands before it: "Presupuesto: Marta" is a label.
    if (rule.how === 'trailing' && !/\S\s+\S|[^\s!-\u024f]{2}/.test(text.slice(0, match.index))) continue;
    const owner: PlainOwner = {
      owners,
      text: rule.cut ? cutOut(text, match.index, match.index + match[0].length) : text,
      how: rule.how,
    };
    if (rule.language && rule.language !== 'en') owner.language = rule.language;
    return owner;
  }
  return null;
}

export interface Owned {
  text: string;
  assignees: Person[];
  ownerFrom?: OwnerSource;
  ownerLanguage?: string;
}

/** The owners already read (mentions) when there are any, else those the text names in plain words. */
export function withPlainOwner(owned: Owned, afterMarker = false, languages: readonly Words[] = ENGLISH_ONLY): Owned {
  if (owned.assignees.length) return owned;
  const plain = plainOwner(owned.text, afterMarker, languages);
  if (!plain) return owned;
  const result: Owned = { text: plain.text, assignees: plain.owners, ownerFrom: plain.how };
  if (plain.language) result.ownerLanguage = plain.language;
  return result;
}

// Names leading an action as its label ("田中と佐藤：…"), or ending it after a dash or an arrow, or in brackets
// ("Send the slides - Bob", "Check the logs (Tom)"): the `names` group, and the rest of the action.
const NAMED_AT_EDGE: Array<{ pattern: RegExp; how: OwnerSource }> = [
  { pattern: /^\s*(?<names>[^:：]{1,60}?)\s*[:：]\s*(?<rest>\S.*)$/, how: 'label' },
  { pattern: /^(?<rest>.*\S)\s+[-–—→]\s+(?<names>[^-–—→()[\]]+?)\s*[.。]?$/, how: 'trailing' },
  { pattern: /^(?<rest>.*\S)\s*[([（]\s*(?<names>[^()[\]（）]+?)\s*[)\]）]\s*[.。]?$/, how: 'trailing' },
];

const INITIALS = /^[A-Z]{2,4}$/;

/** The people a page lists or names as owners, looked up by name: built once per page, asked once per action. */
export interface PagePeople {
  /** The one person `name` means: the same name, or a first name or initials only one of those named in full has. */
  named(name: string): Person | undefined;
  /** The person in full, for one written by first name or initials alone ("Bob", "KTL") whom exactly one fits; else as is. */
  fuller(person: Person): Person;
}

export function pagePeople(people: readonly Person[]): PagePeople {
  const byName = new Map<string, Person>();
  // First names and initials of those named in full (or by an id): the people a shorter name may stand for.
  const fits = new Map<string, Map<string, Person>>();
  const fit = (key: string, folded: string, person: Person): void => {
    const named = fits.get(key) ?? new Map<string, Person>();
    if (!named.has(folded)) named.set(folded, person);
    fits.set(key, named);
  };
  for (const person of people) {
    const folded = foldName(person.name);
    if (!folded) continue;
    if (!byName.has(folded)) byName.set(folded, person);
    if (!folded.includes(' ') && !person.username && !person.accountId && !person.userKey) continue;
    fit(`first ${folded.split(' ')[0]}`, folded, person);
    fit(`initials ${initialsOf(person.name)}`, folded, person);
  }
  const onlyFit = (name: string): Person | undefined => {
    const named = fits.get(INITIALS.test(name) ? `initials ${name}` : `first ${foldName(name)}`);
    return named?.size === 1 ? [...named.values()][0] : undefined;
  };
  return {
    named: (name) => byName.get(foldName(name)) ?? (foldName(name).includes(' ') ? undefined : onlyFit(name)),
    fuller: (person) =>
      person.username || person.accountId || person.userKey || foldName(person.name).includes(' ')
        ? person
        : (onlyFit(person.name) ?? person),
  };
}

/**
 * The owners an action names at its start as a label or at its end ("田中と佐藤：…", "… - Bob", "… (Ana & Raj)"),
 * when each is one of `people` (whom the page lists or names as an owner elsewhere): "Budget: …", "- Marketing",
 * "(Jira)", "(v2)" are no one the page knows.
 */
export function knownOwners(
  text: string,
  people: PagePeople,
  languages: readonly Words[] = ENGLISH_ONLY,
): { owners: Person[]; text: string; how: OwnerSource } | null {
  for (const { pattern, how } of NAMED_AT_EDGE) {
    const { names, rest } = pattern.exec(text)?.groups ?? {};
    if (!names || !rest) continue;
    const owners = splitOwners(names, languages).map((name) => people.named(name));
    if (owners.length && owners.every((owner) => owner !== undefined))
      return { owners: owners as Person[], text: rest, how };
  }
  return null;
}

// Inline content as text plus the people and dates standing in it, and the rule that turns such a line
// into a task's text, assignees and due date. Pure: elements in, plain data out.
import { dateFromDatetimeAttribute, findDate, stripDate } from '../dates/parse-date';
import type { IsoDate, Person } from '../model/page';
import type { DueSource, OwnerSource } from './explain';
import { readMention } from './mentions';
import { BLOCK_TAGS, collapseSpaces, hasVisibleText, squash, tagOf } from './text';
import { anyOf, dateLanguages, edged, ENGLISH, flagsFor, perLanguages, type Words } from './words';

export interface Span<T> {
  start: number;
  end: number;
  value: T;
}

/** One line of inline content: its text, and where people and dates stand in it. */
export interface InlineLine {
  text: string;
  people: Array<Span<Person>>;
  dates: Array<Span<IsoDate>>;
}

export interface ReadOptions {
  /** Read only the element's own inline content; nested blocks end the line and are not read. */
  ownOnly?: boolean;
  /** Subtrees to leave out entirely (nested task lists belong to their own tasks). */
  skip?: (el: Element) => boolean;
}

function dateOfElement(el: Element, tag: string): IsoDate | null {
  if (tag === 'TIME') return dateFromDatetimeAttribute(el.getAttribute('datetime') ?? '');
  // Confluence Cloud renders dates as spans carrying epoch milliseconds (UTC midnight); their text may be
  // relative ("Today") or localised, so only the timestamp is read.
  if (tag === 'SPAN' && el.getAttribute('data-node-type') === 'date') {
    const ms = Number(el.getAttribute('data-timestamp'));
    return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString().slice(0, 10) : null;
  }
  return null;
}

/**
 * The line with runs of spaces collapsed, its spans moved to match. Done once per line rather than per
 * text node: pretty-printed pages hold far more (mostly blank) text nodes than lines.
 */
function collapseLine(line: InlineLine): InlineLine {
  if (!line.people.length && !line.dates.length) {
    line.text = collapseSpaces(line.text);
    return line;
  }
  const spans: Array<Span<unknown>> = [...line.people, ...line.dates].sort((a, b) => a.start - b.start);
  const raw = line.text;
  let text = '';
  let at = 0;
  for (const span of spans) {
    const { start, end } = span;
    text += collapseSpaces(raw.slice(at, start));
    // A span's text is a name or a date, already collapsed.
    span.start = text.length;
    text += raw.slice(start, end);
    span.end = text.length;
    at = end;
  }
  line.text = text + collapseSpaces(raw.slice(at));
  return line;
}

/** Reads inline content into lines; block boundaries and <br> start a new line. */
export function readLines(root: Element, options: ReadOptions = {}): InlineLine[] {
  const lines: InlineLine[] = [];
  let line: InlineLine = { text: '', people: [], dates: [] };
  const flush = (): void => {
    // Block boundaries flush far more often than they end a line with text: reuse the empty line.
    if (hasVisibleText(line.text)) {
      lines.push(collapseLine(line));
      line = { text: '', people: [], dates: [] };
    } else if (line.text) {
      line.text = '';
      line.people.length = 0;
      line.dates.length = 0;
    }
  };
  const walk = (node: Element): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        line.text += child.nodeValue ?? '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (options.skip?.(el)) continue;
      const tag = tagOf(el);
      if (BLOCK_TAGS.has(tag)) {
        flush();
        if (!options.ownOnly) {
          walk(el);
          flush();
        }
        continue;
      }
      const person = readMention(el, tag);
      const date = person ? null : dateOfElement(el, tag);
      if (person || date) {
        const start = line.text.length;
        // Storage format's <time datetime="…"/> has no text of its own, and Cloud's date text may say "Today":
        // show the date itself.
        const shown = person ? person.name : (tag === 'TIME' && squash(el.textContent ?? '')) || date!;
        line.text += shown || ' ';
        const span = { start, end: line.text.length };
        if (person) line.people.push({ ...span, value: person });
        else line.dates.push({ ...span, value: date! });
        continue;
      }
      walk(el);
    }
  };
  walk(root);
  flush();
  return lines;
}

/** Joins lines into one (for task bodies, which are a single item however they wrap). */
export function joinLines(lines: InlineLine[]): InlineLine {
  const joined: InlineLine = { text: '', people: [], dates: [] };
  for (const line of lines) {
    const offset = joined.text ? joined.text.length + 1 : 0;
    joined.text += (joined.text ? ' ' : '') + line.text;
    for (const p of line.people) joined.people.push({ start: p.start + offset, end: p.end + offset, value: p.value });
    for (const d of line.dates) joined.dates.push({ start: d.start + offset, end: d.end + offset, value: d.value });
  }
  return joined;
}

/** The part of a line between two offsets, with spans re-based. */
export function sliceLine(line: InlineLine, start: number, end: number): InlineLine {
  const inside = <T>(spans: Array<Span<T>>): Array<Span<T>> =>
    spans
      .filter((s) => s.start >= start && s.end <= end)
      .map((s) => ({ start: s.start - start, end: s.end - start, value: s.value }));
  return { text: line.text.slice(start, end), people: inside(line.people), dates: inside(line.dates) };
}

export interface TaskParts {
  text: string;
  assignees: Person[];
  due: IsoDate | null;
  /** Where the assignees and the due date were read from, for --explain. */
  ownerFrom?: OwnerSource;
  dueFrom?: DueSource;
  /** The language whose date words read the due date, when not English's. */
  dueLanguage?: string;
}

// What may stand after the last trailing mention: spaces and closing punctuation.
const TAIL = /^[\s.,;:!)]*$/;

/** The words composing a task looks for, in the page's languages. */
const wordsFor = perLanguages((languages: readonly Words[]) => {
  const joins = languages.flatMap((w) => (w.joins ? [edged(w, w.joins, true, true)] : []));
  const pattern = (source: string, flags: string): RegExp => new RegExp(source, flagsFor(source, flags));
  return {
    // Between two leading (or trailing) mentions only spaces, commas, "&" or "and" (or another language's join) may stand.
    joiner: pattern(`^(?:[\\s,;&]|and\\b${joins.map((join) => `|${join}`).join('')})*$`, 'i'),
    prepositionBefore: pattern(`${anyOf((w) => w.namePrepositions, 'start', languages)}\\s*$`, 'i'),
    // What labelled a date taken out, left at the end or before a bracket that closed on it: "… by", "(…, ETA)".
    danglingPreposition: pattern(
      `[\\s,;]+${anyOf((w) => w.duePrepositions, 'none', languages)}\\s*[:：]?\\s*(?=$|[)\\]）])`,
      'i',
    ),
    // "@bob to rotate the key" without its owner: "rotate the key" (lower case only: "Will recommend…" is a sentence).
    leadingLink: pattern(`^${anyOf((w) => w.ownerLinks, 'none', languages)}\\s+`, ''),
    // "… — owner: @mona", "（担当：@tanaka）": an owner label right before a mention.
    ownerLabelBefore: pattern(`${anyOf((w) => w.ownerLabels, 'start', languages)}\\s*[:：]\\s*$`, 'i'),
    dates: dateLanguages(languages),
  };
});
// "@jdoe" typed as text (a wiki that links no mentions): a handle, not an e-mail address's second half.
const TEXT_HANDLE = /(?<![\w.@])@([A-Za-z0-9](?:[\w.-]*[A-Za-z0-9_])?)/g;

/**
 * The line with the "@handles" typed as text added as people. They may name the owner only by leading or
 * ending the item, never from the middle of a sentence ("ask @bob about it"), unlike a wiki's mentions.
 */
function withTextHandles(line: InlineLine): { line: InlineLine; typed: Set<Span<Person>> } {
  const typed = new Set<Span<Person>>();
  if (!line.text.includes('@')) return { line, typed };
  const people = [...line.people];
  for (const match of line.text.matchAll(TEXT_HANDLE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (line.people.some((p) => p.start < end && start < p.end)) continue;
    const span = { start, end, value: { name: match[1]! } };
    typed.add(span);
    people.push(span);
  }
  if (!typed.size) return { line, typed };
  return { line: { ...line, people: people.sort((a, b) => a.start - b.start) }, typed };
}
const LEADING_SEPARATOR = /^\s*(?:[-–—:：]+\s*)+/;
const TRAILING_SEPARATOR = /\s*(?:[-–—:,;：、]+\s*)+$/;
/** How far before a person an owner label may start ("responsables:", "assigned to :"). */
const LABEL_REACH = 32;

/** What taking people and dates out of brackets left: "(@hubot)" → "", "(Priya, next Tuesday)" → "(Priya)". */
function tidyBrackets(text: string): string {
  return text
    .replace(/([(（[])[\s,;、]+/g, '$1')
    .replace(/[\s,;、]+([)）\]])/g, '$1')
    .replace(/\s*[(（[][)）\]]/g, '');
}

/**
 * Confluence's rule, generalised: the mentions leading the line (else trailing it, else the first one
 * anywhere) are the assignees; the first date is the due date. "@handles" typed as text count when they lead
 * or end the line. The text drops the leading/trailing mentions (and a "to"/"will" they left leading), the
 * due date and a leading "- " separator; mentions inside the sentence stay as names.
 */
export function composeTask(read: InlineLine, reference?: IsoDate, languages: readonly Words[] = [ENGLISH]): TaskParts {
  const words = wordsFor(languages);
  const { line, typed } = withTextHandles(read);
  const removed: Array<{ start: number; end: number }> = [];
  const dueSpan = line.dates[0];
  if (dueSpan) removed.push(dueSpan);
  const isRemovedGap = (from: number, to: number, pattern: RegExp): boolean => {
    let rest = line.text.slice(from, to);
    if (dueSpan && dueSpan.start >= from && dueSpan.end <= to) {
      rest = line.text.slice(from, dueSpan.start) + line.text.slice(dueSpan.end, to);
    }
    return pattern.test(rest);
  };

  const leading: Array<Span<Person>> = [];
  let cursor = 0;
  for (const person of line.people) {
    if (!isRemovedGap(cursor, person.start, words.joiner)) break;
    leading.push(person);
    cursor = person.end;
  }
  const trailing: Array<Span<Person>> = [];
  if (leading.length === 0) {
    let tail = line.text.length;
    for (let i = line.people.length - 1; i >= 0; i--) {
      const person = line.people[i]!;
      if (!isRemovedGap(person.end, tail, trailing.length ? words.joiner : TAIL)) break;
      trailing.unshift(person);
      tail = person.start;
    }
    // "…pages from @Raj": a mention ending the sentence after a preposition is part of it, not its assignee.
    if (trailing.length && words.prepositionBefore.test(line.text.slice(0, trailing[0]!.start))) trailing.length = 0;
  }
  const edge = leading.length ? leading : trailing;
  const anywhere = line.people.find((s) => !typed.has(s));
  // Without people at an edge, one an owner label names ("— owner: @mona") is the owner, and leaves the text with its label.
  // Only the words just before a person can be their label: a line of many people is not re-read before each.
  const labelAt = (span: Span<Person>): number | undefined => {
    const from = Math.max(0, span.start - LABEL_REACH);
    const found = words.ownerLabelBefore.exec(line.text.slice(from, span.start));
    return found ? from + found.index : undefined;
  };
  const labelled = edge.length ? undefined : line.people.find((span) => labelAt(span) !== undefined);
  const owner = labelled ?? anywhere;
  const assignees = edge.length ? edge.map((s) => s.value) : owner ? [owner.value] : [];
  // Ending people an owner label introduces ("… (assignee: @mona)") leave with it.
  if (edge.length) removed.push({ start: labelAt(edge[0]!) ?? edge[0]!.start, end: edge[edge.length - 1]!.end });
  else if (labelled) removed.push({ start: labelAt(labelled)!, end: labelled.end });
  const ownerFrom: OwnerSource | undefined = edge.length
    ? `${edge.some((s) => typed.has(s)) ? 'handle' : 'mention'}-${leading.length ? 'leading' : 'ending'}`
    : labelled
      ? 'owner-label'
      : anywhere
        ? 'first-mention'
        : undefined;

  let text = '';
  let at = 0;
  for (const span of removed.sort((a, b) => a.start - b.start)) {
    text += line.text.slice(at, span.start) + ' ';
    at = Math.max(at, span.end);
  }
  text += line.text.slice(at);
  text = squash(text).replace(LEADING_SEPARATOR, '');
  if (leading.length) text = text.replace(words.leadingLink, '');

  let due = dueSpan?.value ?? null;
  let dueFrom: DueSource | undefined = due ? 'element' : undefined;
  let dueLanguage: string | undefined;
  if (!due) {
    const found = findDate(text, reference, words.dates);
    if (found) {
      due = found.date;
      dueFrom = text.slice(found.start, found.end);
      dueLanguage = found.language;
      // "…ticket by Nov 3, 2024" leaves a dangling "by" behind.
      text = stripDate(text, found).replace(words.danglingPreposition, '');
    }
  }
  text = squash(tidyBrackets(text)).replace(LEADING_SEPARATOR, '').replace(TRAILING_SEPARATOR, '');
  const parts: TaskParts = { text: squash(text), assignees: uniquePeople(assignees), due };
  if (ownerFrom) parts.ownerFrom = ownerFrom;
  if (dueFrom) parts.dueFrom = dueFrom;
  if (dueLanguage) parts.dueLanguage = dueLanguage;
  return parts;
}

/** Drops repeated people (same id or same name), keeping the first. */
export function uniquePeople(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = p.accountId ?? p.username ?? p.userKey ?? p.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

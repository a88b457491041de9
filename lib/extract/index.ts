// extractPage: a Document in, the page's facts, agenda and tasks out, in one walk in document order.
// Runs unchanged in the browser (live page) and in Node (the CLI's DOM). Pure: no globals, no clock.
import type { AgendaRow } from '../model/agenda';
import type { PageExtraction } from '../model/extraction';
import type { IsoDate, PageRef, Person } from '../model/page';
import type { Suggestion, Task } from '../model/task';
import { foldName } from '../people/names';
import { noteLanguage, resolveDateRef, type ExtractContext, type FoundTask } from './context';
import { passOver, type Explanation } from './explain';
import { contentRoot, detectFamily, safeHost } from './families';
import { hashText } from '../hash';
import { knownOwners, pagePeople } from './owners';
import { readPageFacts } from './page-facts';
import { READERS } from './readers';
import { createWalk } from './walk';
import { wikiTaskId } from './task-id';
import { textKey, textOf } from './text';
import { anyOf, ENGLISH, flagsFor, LANGUAGES, perLanguages } from './words';

export interface ExtractOptions {
  /** The page's address, when known (live pages, `--url`): ids, links and the wiki kind use it. */
  url?: string;
  /** Resolves relative dates ("by Friday") on pages that name no meeting date. */
  today?: IsoDate;
  /** Also say why the page reads as it does (the CLI's --explain); the content script never asks. */
  explain?: boolean;
}

export interface PageScan {
  extraction: PageExtraction;
  /** The elements each task stands in, by task id (the overlay marks them). */
  elements: Map<string, Element[]>;
  /** The page as its own tasks name it (its id, and the address its links use): actions made on it file under the same page. */
  ownPage: PageRef;
  /** Present when `explain` was asked for. */
  explanation?: Explanation;
}

// "Maria to call the vendor" and "call the vendor" owned by Maria state the same action.
const linkWords = perLanguages((languages) => {
  const source = `^${anyOf((w) => w.ownerLinks, 'none', languages)}\\s+`;
  return new RegExp(source, flagsFor(source, 'i'));
});

/** The fullest name a person goes by on the page: a partial mention "Yusra" → "Yusra AlSayyad". */
function fullName(person: Person, names: Map<string, Set<string>>): string {
  const folded = foldName(person.name);
  let best = person.name;
  for (const id of [person.username, person.accountId, person.userKey]) {
    for (const name of id ? (names.get(id) ?? []) : []) {
      if (name.length > best.length && foldName(name).startsWith(folded)) best = name;
    }
  }
  return best;
}

function withoutUndefined<T extends object>(value: T): T {
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) if (field !== undefined) kept[key] = field;
  return kept as T;
}

/** The action a task states, whoever it names and however: its words without its owners' names leading them. */
function actionKey(task: Task, linkWords: RegExp): string {
  let key = textKey(task.text);
  for (const person of task.assignees) {
    const name = textKey(person.name);
    if (name && key.startsWith(`${name} `)) key = key.slice(name.length + 1);
  }
  return key.replace(linkWords, '');
}

/** Two statements of an action may be one when they name the same owners, or one of them names none. */
function sameOwners(a: Person[], b: Person[]): boolean {
  if (!a.length || !b.length) return true;
  const names = a.map((p) => foldName(p.name));
  return b.some((p) => {
    const name = foldName(p.name);
    return names.some((n) => n === name || n.startsWith(`${name} `) || name.startsWith(`${n} `));
  });
}

function mergeInto(kept: Task, extra: Task): void {
  if (!kept.assignees.length) kept.assignees = extra.assignees;
  if (!kept.due) kept.due = extra.due;
  if (extra.status === 'done') kept.status = 'done';
}

/**
 * A scan in progress: `step` reads, then builds the tasks, until done or told to pause; `result` is the scan
 * (finished at once when the steps did not finish it).
 */
export interface PageScanner {
  step(shouldPause: () => boolean): boolean;
  result(): PageScan;
}

/** Starts reading a page; the caller decides when each slice of the walk runs (see `scanPage`). */
export function startScan(doc: Document, options: ExtractOptions = {}): PageScanner {
  const family = detectFamily(doc, options.url);
  const { facts, canonicalUrl, titleDates, titleLanguage } = readPageFacts(doc, family, options.url);
  const ctx: ExtractContext = {
    facts,
    pageUrl: options.url ?? canonicalUrl,
    headings: [],
    rows: new WeakMap(),
    tables: new WeakMap(),
    tasks: [],
    agenda: [],
    suggestions: [],
    meetingDates: new Set(titleDates),
    meetings: [],
    names: new Map(),
    attendees: [],
    sawActionSection: false,
    namesMeeting: !!titleLanguage,
    languages: [ENGLISH],
    pending: [],
    preparing: [],
    today: options.today,
  };
  // The content's declared language ("fr" on a French wiki's content) and the title's meeting word.
  const declared = family.contentLanguage?.(doc)?.toLowerCase().split('-')[0];
  noteLanguage(
    ctx,
    LANGUAGES.find((words) => words.code === declared),
  );
  noteLanguage(ctx, titleLanguage);
  if (options.explain) ctx.passedOver = [];
  const root = contentRoot(doc, family);
  const skipped = family.skip ? root.querySelectorAll(family.skip) : [];
  const onSkip = ctx.passedOver ? (el: Element) => passOver(ctx, el, 'walk', textOf(el), 'skipped') : undefined;
  const walk = createWalk(root, ctx, READERS, skipped.length ? new Set(Array.from(skipped)) : undefined, onSkip);
  // Building a page's tasks once it is read takes as long as reading it on a page of a thousand: in steps too.
  let finishing: Generator<void, PageScan> | undefined;
  let scan: PageScan | undefined;
  const step = (shouldPause: () => boolean): boolean => {
    // A language the page turned out to be in is prepared one step at a time, each a slice of its own.
    const prepare = ctx.preparing.shift();
    if (prepare) {
      prepare();
      return false;
    }
    if (!finishing) {
      if (!walk(shouldPause)) return false;
      finishing = finishScan(ctx, canonicalUrl, options, !!titleLanguage);
    }
    for (let next = finishing.next(); ; next = finishing.next()) {
      if (next.done) {
        scan = next.value;
        return true;
      }
      if (shouldPause()) return false;
    }
  };
  const result = (): PageScan => {
    // The walk also pauses on its own (to prepare a language the page turned out to be in): step until it is done.
    while (!scan) step(() => false);
    return scan;
  };
  return { step, result };
}

/** `titleNamesMeeting`: the title has a meeting word ("Team sync", "Protokoll"). Pauses after each task. */
function* finishScan(
  ctx: ExtractContext,
  canonicalUrl: string | undefined,
  options: ExtractOptions,
  titleNamesMeeting: boolean,
): Generator<void, PageScan> {
  const { facts } = ctx;

  const dates: IsoDate[] = [...ctx.meetingDates].sort();
  facts.meetingDates = dates;
  const host = safeHost(facts.baseUrl ?? '') ?? safeHost(options.url ?? '') ?? 'local';
  const pageKey = facts.id ? `${host}:${facts.id}` : (canonicalUrl ?? `title:${facts.title}`);
  const ownPage: PageRef = withoutUndefined({ id: facts.id, title: facts.title, url: canonicalUrl });
  const resolve = (people: Person[]): Person[] => people.map((p) => ({ ...p, name: fullName(p, ctx.names) }));

  // Whom a name ending an action may mean: the people the page lists, and those it names as owners; and whom a
  // first name or initials mean, among those it names in full.
  const people = pagePeople([...ctx.attendees, ...ctx.tasks.flatMap((found) => found.assignees)]);
  const built: { task: Task; key: string; found: FoundTask }[] = [];
  for (const found of ctx.tasks) {
    yield;
    const known = found.assignees.length ? null : knownOwners(found.text, people, ctx.languages);
    if (known) Object.assign(found, { text: known.text, assignees: known.owners, ownerFrom: known.how });
    found.assignees = found.assignees.map((person) => people.fuller(person));
    const meetingDate = found.meeting ? resolveDateRef(found.meeting, dates) : undefined;
    const content = found.contentId ?? found.sourcePage?.id ?? facts.id;
    // A wiki task id is part of the task's identity: the same words under two ids are two tasks.
    const id = found.taskId
      ? content
        ? wikiTaskId(host, content, found.taskId)
        : `${pageKey}:task-${found.taskId}`
      : `${pageKey}:${hashText(`${meetingDate ?? ''}|${textKey(found.text)}`)}`;
    const task: Task = withoutUndefined({
      id,
      taskId: found.taskId,
      contentId: found.taskId ? content : undefined,
      text: found.text,
      assignees: resolve(found.assignees),
      due: found.due,
      status: found.status,
      origin: found.origin,
      sourcePage: found.sourcePage ?? ownPage,
      topic: found.topic,
      meetingDate,
    });
    built.push({ task, key: actionKey(task, linkWords(ctx.languages)), found });
  }
  // A carried-forward line repeats a task agreed in an earlier meeting, wherever that stands on the page
  // (many pages list the newest meeting first): it merges into that task instead of adding one.
  const agreed = new Map<string, Task>();
  for (const { task, key, found } of built)
    if (!found.carried && !found.taskId && !agreed.has(key)) agreed.set(key, task);

  const tasks: Task[] = [];
  const byId = new Map<string, Task>();
  // Actions of each meeting by what they state, to find the same action stated twice in one meeting.
  const byMeeting = new Map<string, Task[]>();
  const elements = new Map<string, Element[]>();
  // For --explain: the statement each kept task was read from, and the others merged into it.
  const reads = new Map<string, FoundTask>();
  const alsoAt = new Map<string, FoundTask[]>();
  for (const { task, key, found } of built) {
    yield;
    // One task however often the page repeats it: the same id, a carried-over copy, or the same action
    // restated in its meeting's action list ("ACTION: Maria to call…" above, "Maria: call…" below).
    const meetingKey = `${task.meetingDate ?? ''}|${key}`;
    const sameId = byId.get(task.id);
    // The same words owned by someone else are another action ("Ana: review the doc", "Raj: review the doc"):
    // it alone takes an id that names its owners, so the first keeps the id it always had.
    if (sameId && !task.taskId && !sameOwners(sameId.assignees, task.assignees)) {
      const owners = task.assignees.map((p) => foldName(p.name)).join(',');
      task.id = `${pageKey}:${hashText(`${task.meetingDate ?? ''}|${textKey(task.text)}|${owners}`)}`;
    }
    const sameAction = (t: Task | undefined): t is Task => !!t && !t.taskId && sameOwners(t.assignees, task.assignees);
    const carriedFrom = found.carried ? agreed.get(key) : undefined;
    const earlier =
      byId.get(task.id) ??
      (sameAction(carriedFrom) ? carriedFrom : undefined) ??
      (found.taskId ? undefined : byMeeting.get(meetingKey)?.find(sameAction));
    if (earlier) {
      mergeInto(earlier, task);
      const list = elements.get(earlier.id) ?? [];
      list.push(found.el);
      elements.set(earlier.id, list);
      if (ctx.passedOver) alsoAt.set(earlier.id, [...(alsoAt.get(earlier.id) ?? []), found]);
      continue;
    }
    tasks.push(task);
    byId.set(task.id, task);
    byMeeting.set(meetingKey, [...(byMeeting.get(meetingKey) ?? []), task]);
    elements.set(task.id, [...(elements.get(task.id) ?? []), found.el]);
    if (ctx.passedOver) reads.set(task.id, found);
  }

  const agenda: AgendaRow[] = ctx.agenda.map(({ dateRef, ...row }) =>
    withoutUndefined({
      ...row,
      date: resolveDateRef(dateRef, dates),
      people: row.people.map((p) => fullName(p, ctx.names)),
    }),
  );
  const suggestions: Suggestion[] = ctx.suggestions.map(({ dateRef, ...s }) =>
    withoutUndefined({ ...s, meetingDate: resolveDateRef(dateRef, dates) }),
  );

  facts.isMeeting =
    titleNamesMeeting || agenda.length > 0 || ctx.sawActionSection || (dates.length > 0 && tasks.length > 0);
  const scan: PageScan = { extraction: { page: facts, agenda, tasks, suggestions }, elements, ownPage };
  if (ctx.passedOver) {
    const actions = tasks.map((task) => ({ task, read: reads.get(task.id)!, alsoAt: alsoAt.get(task.id) ?? [] }));
    scan.explanation = { actions, passedOver: ctx.passedOver, languages: ctx.languages.map((words) => words.code) };
  }
  return scan;
}

/** Reads the whole page at once. */
export function scanPage(doc: Document, options: ExtractOptions = {}): PageScan {
  return startScan(doc, options).result();
}

/** The page's facts, agenda, tasks and suggestions as plain data. */
export function extractPage(doc: Document, options: ExtractOptions = {}): PageExtraction {
  return scanPage(doc, options).extraction;
}

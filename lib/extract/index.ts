// extractPage: a Document in, the page's facts, agenda and tasks out, in one walk in document order.
// Runs unchanged in the browser (live page) and in Node (the CLI's DOM). Pure: no globals, no clock.
import type { AgendaRow } from '../model/agenda';
import type { PageExtraction } from '../model/extraction';
import type { IsoDate, PageRef, Person } from '../model/page';
import type { Suggestion, Task } from '../model/task';
import { foldName } from '../people/names';
import { resolveDateRef, type ExtractContext } from './context';
import { contentRoot, detectWiki, safeHost } from './families';
import { hashText } from '../hash';
import { readPageFacts } from './page-facts';
import { READERS } from './readers';
import { createWalk } from './walk';
import { textKey } from './text';

export interface ExtractOptions {
  /** The page's address, when known (live pages, `--url`): ids, links and the wiki kind use it. */
  url?: string;
  /** Resolves relative dates ("by Friday") on pages that name no meeting date. */
  today?: IsoDate;
}

export interface PageScan {
  extraction: PageExtraction;
  /** The elements each task stands in, by task id (the overlay marks them). */
  elements: Map<string, Element[]>;
}

const MEETING_TITLE = /\b(?:meeting|minutes|stand-?up|sync|retro(?:spective)?|agenda|1:1|one-on-one|call|check-?in|review|workshop|f2f|face-to-face)\b/i;

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

function mergeInto(kept: Task, extra: Task): void {
  if (!kept.assignees.length) kept.assignees = extra.assignees;
  if (!kept.due) kept.due = extra.due;
  if (extra.status === 'done') kept.status = 'done';
}

/** A scan in progress: `step` reads until done or told to pause; `result` finishes it. */
export interface PageScanner {
  step(shouldPause: () => boolean): boolean;
  result(): PageScan;
}

/** Starts reading a page; the caller decides when each slice of the walk runs (see `scanPage`). */
export function startScan(doc: Document, options: ExtractOptions = {}): PageScanner {
  const wiki = detectWiki(doc, options.url);
  const { facts, canonicalUrl, titleDates } = readPageFacts(doc, wiki, options.url);
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
    names: new Map(),
    sawActionSection: false,
    today: options.today,
  };
  const step = createWalk(contentRoot(doc, wiki), ctx, READERS);
  return { step, result: () => finishScan(ctx, canonicalUrl, options) };
}

function finishScan(ctx: ExtractContext, canonicalUrl: string | undefined, options: ExtractOptions): PageScan {
  const { facts } = ctx;

  const dates: IsoDate[] = [...ctx.meetingDates].sort();
  facts.meetingDates = dates;
  const host = safeHost(facts.baseUrl ?? '') ?? safeHost(options.url ?? '') ?? 'local';
  const pageKey = facts.id ? `${host}:${facts.id}` : (canonicalUrl ?? `title:${facts.title}`);
  const ownPage: PageRef = withoutUndefined({ id: facts.id, title: facts.title, url: canonicalUrl });
  const resolve = (people: Person[]): Person[] => people.map((p) => ({ ...p, name: fullName(p, ctx.names) }));

  const built = ctx.tasks.map((found) => {
    const meetingDate = found.meeting ? resolveDateRef(found.meeting, dates) : undefined;
    const key = textKey(found.text);
    const content = found.contentId ?? found.sourcePage?.id ?? facts.id;
    const id =
      found.taskId && content ? `${host}:${content}:${found.taskId}` : `${pageKey}:${hashText(`${meetingDate ?? ''}|${key}`)}`;
    const task: Task = withoutUndefined({
      id,
      taskId: found.taskId,
      text: found.text,
      assignees: resolve(found.assignees),
      due: found.due,
      status: found.status,
      origin: found.origin,
      sourcePage: found.sourcePage ?? ownPage,
      topic: found.topic,
      meetingDate,
    });
    return { task, key, found };
  });
  // A carried-forward line repeats a task agreed in an earlier meeting, wherever that stands on the page
  // (many pages list the newest meeting first): it merges into that task instead of adding one.
  const agreed = new Map<string, Task>();
  for (const { task, key, found } of built) if (!found.carried && !agreed.has(key)) agreed.set(key, task);

  const tasks: Task[] = [];
  const byId = new Map<string, Task>();
  const elements = new Map<string, Element[]>();
  for (const { task, key, found } of built) {
    // One task however often the page repeats it: the same id, or a carried-over copy.
    const earlier = byId.get(task.id) ?? (found.carried ? agreed.get(key) : undefined);
    if (earlier) {
      mergeInto(earlier, task);
      const list = elements.get(earlier.id) ?? [];
      list.push(found.el);
      elements.set(earlier.id, list);
      continue;
    }
    tasks.push(task);
    byId.set(task.id, task);
    elements.set(task.id, [...(elements.get(task.id) ?? []), found.el]);
  }

  const agenda: AgendaRow[] = ctx.agenda.map(({ dateRef, ...row }) =>
    withoutUndefined({ ...row, date: resolveDateRef(dateRef, dates), people: row.people.map((p) => fullName(p, ctx.names)) }),
  );
  const suggestions: Suggestion[] = ctx.suggestions.map(({ dateRef, ...s }) => withoutUndefined({ ...s, meetingDate: resolveDateRef(dateRef, dates) }));

  facts.isMeeting =
    MEETING_TITLE.test(facts.title) ||
    agenda.length > 0 ||
    ctx.sawActionSection ||
    (dates.length > 0 && tasks.length > 0);
  return { extraction: { page: facts, agenda, tasks, suggestions }, elements };
}

/** Reads the whole page at once. */
export function scanPage(doc: Document, options: ExtractOptions = {}): PageScan {
  const scanner = startScan(doc, options);
  scanner.step(() => false);
  return scanner.result();
}

/** The page's facts, agenda, tasks and suggestions as plain data. */
export function extractPage(doc: Document, options: ExtractOptions = {}): PageExtraction {
  return scanPage(doc, options).extraction;
}

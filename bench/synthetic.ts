// Synthetic data for the store and popup benchmarks: tasks spread over 50 people, 2 years of due dates and
// 40 meeting pages. Deterministic (index arithmetic, no randomness), so every run measures the same data.
import { addDays } from '../lib/dates/calendar';
import type { Action } from '../lib/model/action';
import type { PageExtraction } from '../lib/model/extraction';
import type { IsoDate, PageRef, Person } from '../lib/model/page';
import type { Task } from '../lib/model/task';

/** The day every synthetic due date is spread around (a year either side), and "overdue" is said against. */
export const BENCH_TODAY: IsoDate = '2026-03-04';

const FIRST = ['Ana', 'Bo', 'Chen', 'Dana', 'Emeka', 'Frossie', 'Gita', 'Hugo', 'Ines', 'Jun'];
const LAST = ['Lim', 'Dubois', 'Silva', 'Jenness', 'Hernandez'];
/** 50 people; the first is the one whose overdue tasks the store benchmark asks for. */
export const PEOPLE: Person[] = LAST.flatMap((last) =>
  FIRST.map((first) => ({ name: `${first} ${last}`, username: `${first}.${last}`.toLowerCase() })),
);

const TOPICS = [
  'Status and plans',
  'Databases',
  'Commissioning',
  'Data facilities',
  'Middleware',
  'Releases',
  'Hiring',
  'Budget',
];
const VERBS = ['Send', 'Review', 'Draft', 'Convene a meeting on', 'Follow up on', 'Update', 'Decide on', 'Document'];
const PAGES = 40;

function meetingPage(index: number): PageRef {
  const id = String(300_000 + index);
  return {
    id,
    title: `Team sync ${addDays(BENCH_TODAY, -7 * index)}`,
    url: `https://wiki.example.org/pages/viewpage.action?pageId=${id}`,
  };
}

/** Task `i` on `page`: one or two assignees, a due date within a year of BENCH_TODAY (one in ten undated), a quarter done. */
function syntheticTask(i: number, page: PageRef): Task {
  const assignees = [PEOPLE[i % PEOPLE.length]!, ...(i % 5 === 0 ? [PEOPLE[(i * 7 + 3) % PEOPLE.length]!] : [])];
  const topic = TOPICS[i % TOPICS.length]!;
  return {
    id: `wiki.example.org:${page.id}:${i + 1}`,
    taskId: String(i + 1),
    text: `${VERBS[i % VERBS.length]} ${topic.toLowerCase()} item ${i + 1} with the team`,
    assignees,
    due: i % 10 === 9 ? null : addDays(BENCH_TODAY, ((i * 37) % 730) - 365),
    status: i % 4 === 3 ? 'done' : 'open',
    origin: 'inline-task',
    sourcePage: page,
    topic,
  };
}

/** One meeting page holding `count` inline tasks, as `extractPage` would report it. */
export function syntheticExtraction(count: number): PageExtraction {
  const page = meetingPage(0);
  return {
    page: {
      wiki: 'confluence-server',
      id: page.id,
      url: page.url,
      title: page.title,
      isMeeting: true,
      meetingDates: [],
      series: 'Team sync',
    },
    agenda: [],
    tasks: Array.from({ length: count }, (_, i) => syntheticTask(i, page)),
    suggestions: [],
  };
}

/** `count` actions as the popup receives them, from 40 pages of one series; PEOPLE[0]'s are "mine". */
export function syntheticActions(count: number): Action[] {
  return Array.from({ length: count }, (_, i): Action => {
    const task = syntheticTask(i, meetingPage(i % PAGES));
    return {
      id: task.id,
      text: task.text,
      assignees: task.assignees,
      due: task.due,
      status: task.status,
      mine: task.assignees.some((person) => person.username === PEOPLE[0]!.username),
      origin: task.origin,
      sourcePage: task.sourcePage,
      topic: task.topic,
      series: 'Team sync',
      gone: false,
    };
  });
}

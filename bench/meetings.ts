// Years of weekly meetings, as a reader's store fills up with them: the page visits (and a few user edits) that
// the stored-actions benchmark replays through the store's own write path. Deterministic for a given `today`
// (index arithmetic, no randomness), newest meeting first, so any prefix of the visits is a store of that size.
// `today` is the browser's real date: the extension says "overdue" against its own clock.
import { addDays, daysBetween } from '../lib/dates/calendar';
import type { PageExtraction } from '../lib/model/extraction';
import type { IsoDate, Person } from '../lib/model/page';
import type { UserPatch } from '../lib/model/stored-task';
import type { Task } from '../lib/model/task';

const HOST = 'wiki.example.org';
const SERIES = [
  'Platform team sync',
  'Data management leads',
  'Release planning',
  'Architecture review',
  'Operations weekly',
  'Science pipelines',
  'Middleware standup',
  'Budget committee',
  'Hiring panel',
  'Documentation working group',
  'Security review',
  'Commissioning status',
];
const TOPICS = [
  'Status and plans',
  'Databases',
  'Commissioning',
  'Data facilities',
  'Middleware',
  'Releases',
  'Hiring',
  'Budget',
  'Any other business',
];
const VERBS = [
  'Send',
  'Review',
  'Draft',
  'Follow up on',
  'Update',
  'Decide on',
  'Document',
  'Schedule a call about',
  'Ask finance about',
  'Circulate',
];
const OBJECTS = [
  'the storage quota proposal',
  'the release notes for the next version',
  'the on-call rota',
  'the migration plan for the old cluster',
  'the conference travel requests',
  'the vendor quote for new disks',
  'the onboarding checklist',
  'the risk register entries',
  'the test coverage report',
  'the minutes of the last review',
];
const QUALIFIERS = [
  '',
  ' with the team',
  ' before the next meeting',
  ' and report back',
  ' (see the linked ticket)',
  ' for the steering group',
];

const FIRST = ['Ana', 'Bo', 'Chen', 'Dana', 'Emeka', 'Frossie', 'Gita', 'Hugo', 'Ines', 'Jun', 'Kofi', 'Lena'];
const LAST = ['Lim', 'Dubois', 'Silva', 'Jenness', 'Hernandez', 'Okafor', 'Nakamura', 'Weber', 'Rossi', 'Novak'];
/** 120 people who take actions in these meetings; the first is the reader. */
const PEOPLE: Person[] = LAST.flatMap((last) =>
  FIRST.map((first) => ({ name: `${first} ${last}`, username: `${first}.${last}`.toLowerCase() })),
);
export const READER: Person = PEOPLE[0]!;

/** One visit to a meeting page: what the content script would send, when, and the edits the user makes after it. */
export interface MeetingVisit {
  url: string;
  now: Date;
  extraction: PageExtraction;
  edits: Array<{ id: string; patch: UserPatch }>;
}

function pageSize(page: number): number {
  return 6 + ((page * 13) % 29);
}

function task(
  page: number,
  meeting: IsoDate,
  today: IsoDate,
  pageId: string,
  title: string,
  url: string,
  index: number,
): Task {
  const n = page * 41 + index;
  // The reader is in most meetings and takes about one action in twelve.
  const owner = n % 12 === 0 ? READER : PEOPLE[1 + ((n * 7) % (PEOPLE.length - 1))]!;
  const assignees = n % 5 === 0 ? [owner, PEOPLE[1 + ((n * 11) % (PEOPLE.length - 1))]!] : [owner];
  // Most actions older than a month were ticked on the page; a good share never are.
  const done = daysBetween(meeting, today) > 28 ? n % 10 < 7 : n % 10 < 3;
  return {
    id: `${HOST}:${pageId}:${index + 1}`,
    taskId: String(index + 1),
    text: `${VERBS[n % VERBS.length]} ${OBJECTS[(n * 3) % OBJECTS.length]}${QUALIFIERS[n % QUALIFIERS.length]}`,
    assignees,
    due: n % 7 === 6 ? null : addDays(meeting, n % 3 === 0 ? 14 : 7),
    status: done ? 'done' : 'open',
    origin: 'inline-task',
    sourcePage: { id: pageId, title, url },
    topic: TOPICS[n % TOPICS.length],
    meetingDate: meeting,
  };
}

/** The page's extraction on one visit: `removed` of its tasks taken off the page since the first visit. */
function extractionOf(page: number, today: IsoDate, removed: number): PageExtraction {
  const series = SERIES[page % SERIES.length]!;
  const meeting = addDays(today, -1 - 7 * Math.floor(page / SERIES.length) - (page % 5));
  const pageId = String(400_000 + page);
  const title = `${series} ${meeting}`;
  const url = `https://${HOST}/pages/viewpage.action?pageId=${pageId}`;
  const tasks = Array.from({ length: pageSize(page) }, (_, index) =>
    task(page, meeting, today, pageId, title, url, index),
  ).slice(removed);
  return {
    page: {
      wiki: 'confluence-server',
      id: pageId,
      url,
      title,
      isMeeting: true,
      meetingDates: [meeting],
      series,
      viewer: READER,
    },
    agenda: [],
    tasks,
    suggestions: [],
  };
}

/**
 * The visits of meeting page `page` (0 is the newest): the visit the day after the meeting; for one page in
 * eight a second visit a week later (or today) with its first action taken off the page and two more ticked;
 * and on one action in thirty, an edit of the reader's own (done, snooze, a note, or "mine").
 */
export function meetingVisits(page: number, today: IsoDate): MeetingVisit[] {
  const first = extractionOf(page, today, 0);
  const meeting = first.page.meetingDates[0]!;
  const visitAt = (days: number): Date => new Date(`${[addDays(meeting, days), today].sort()[0]}T09:30:00Z`);
  const edits = first.tasks
    .filter((_, index) => (page * 41 + index) % 30 === 1)
    .map((t, i): { id: string; patch: UserPatch } => {
      const patches: UserPatch[] = [
        { status: 'done' },
        { snoozeUntil: addDays(today, 10) },
        { note: 'Asked in the channel, waiting.' },
        { mine: true },
      ];
      return { id: t.id, patch: patches[(page + i) % patches.length]! };
    });
  const visits: MeetingVisit[] = [{ url: first.page.url!, now: visitAt(1), extraction: first, edits }];
  if (page % 8 === 3) {
    const again = extractionOf(page, today, 1);
    again.tasks = again.tasks.map((t, index) => (index < 2 ? { ...t, status: 'done' } : t));
    visits.push({ url: again.page.url!, now: visitAt(8), extraction: again, edits: [] });
  }
  return visits;
}

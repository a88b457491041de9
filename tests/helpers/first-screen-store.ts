// A store holding what the popup's first screen has to get right: two wikis, the reader under a name, a
// username and a global alias, every due group, an action gone from its page, and the user's own marks (mine,
// not mine, hidden, snoozed, done, a new date). The readers of the first screen are held to agreement over it.
import type { Identity } from '../../lib/model/identity';
import type { PageRef } from '../../lib/model/page';
import type { Task } from '../../lib/model/task';
import { setUserFields, syncPage } from '../../lib/store/tasks';
import { makeExtraction, makeTask, minute, openTestDb, PAGE_A } from './open-test-db';

const PAGE_C: PageRef = {
  id: '300',
  title: 'Partner sync 2026-03-02',
  url: 'https://other.example.net/wiki/Partner_sync',
};
const identity = (fields: Partial<Identity>): Identity => ({
  names: [],
  aliases: [],
  usernames: [],
  accountIds: [],
  userKeys: [],
  ...fields,
});
export const IDENTITIES = [
  identity({ site: 'wiki.example.org', names: ['Frossie Economou'], usernames: ['frossie'] }),
  identity({ aliases: ['KT'] }),
];

const FROSSIE_BY_NAME = { name: 'Frossie Economou' };
const FROSSIE_BY_USERNAME = { name: 'F. E.', username: 'Frossie' };
const KT = { name: 'K-T' };
const TIM = { name: 'Tim Jenness', username: 'tjenness' };

/** Two wikis' tasks: the reader's by name, by username, by a global alias; others'; every due group; same-day texts that sort by number. */
function tasksOn(page: PageRef, prefix: string): Task[] {
  const dues = [
    '2026-02-01',
    '2026-03-01',
    '2026-03-03',
    '2026-03-04',
    '2026-03-06',
    '2026-03-11',
    '2026-06-01',
    null,
  ] as const;
  const people = [[FROSSIE_BY_NAME], [FROSSIE_BY_USERNAME], [KT], [TIM], [TIM, FROSSIE_BY_NAME], []];
  return Array.from({ length: 48 }, (_, i) =>
    makeTask(i, {
      id: `${prefix}:${i}`,
      text: `Item ${i % 12} of the ${['plan', 'Plan', 'budget'][i % 3]}`,
      sourcePage: page,
      due: dues[i % dues.length]!,
      assignees: people[i % people.length]!,
      status: i % 9 === 8 ? 'done' : 'open',
    }),
  );
}

export async function seededStore() {
  const { db } = await openTestDb();
  const onA = tasksOn(PAGE_A, 'wiki.example.org:100');
  const onC = tasksOn(PAGE_C, 'other.example.net:300');
  await syncPage(db, makeExtraction(PAGE_A, onA), { url: PAGE_A.url!, now: minute(0) });
  await syncPage(db, makeExtraction(PAGE_C, onC, { wiki: 'mediawiki', id: PAGE_C.id }), {
    url: PAGE_C.url!,
    now: minute(0),
  });
  // One action gone from its page.
  await syncPage(db, makeExtraction(PAGE_A, onA.slice(1)), { url: PAGE_A.url!, now: minute(1) });
  const edits: Array<[string, Parameters<typeof setUserFields>[2]]> = [
    [onA[3]!.id, { mine: true }],
    [onC[9]!.id, { mine: true }],
    [onA[6]!.id, { mine: false }],
    [onA[12]!.id, { hidden: true }],
    [onA[13]!.id, { snoozeUntil: '2026-03-20' }],
    [onC[16]!.id, { snoozeUntil: '2026-03-05' }],
    [onA[24]!.id, { status: 'done' }],
    [onC[25]!.id, { due: '2026-03-04' }],
  ];
  for (const [id, patch] of edits) await setUserFields(db, id, patch, minute(2));
  return db;
}

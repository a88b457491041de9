import { describe, expect, it } from 'vitest';
import type { StoredTask } from '../../lib/model/stored-task';
import {
  applyUserPatch,
  isOwnLocation,
  markMissing,
  mergeImported,
  mergeSighting,
  pageRecord,
  sightingWorthWriting,
  wikiChanged,
  withIndexFields,
  type Sighting,
} from '../../lib/store/merge';
import { makeExtraction, makeTask, minute, PAGE_A, PAGE_B } from '../helpers/open-test-db';

const t = (m: number): string => minute(m).toISOString();
const onA = (m: number): Sighting => ({
  location: { url: PAGE_A.url!, pageId: '100', title: PAGE_A.title },
  series: 'Team sync',
  now: t(m),
});
const onB = (m: number): Sighting => ({
  location: { url: `${PAGE_B.url!}#tasks`, pageId: '200', title: PAGE_B.title },
  now: t(m),
});

function firstSeen(overrides = {}, sighting = onA(0)): StoredTask {
  return mergeSighting(undefined, makeTask(1, overrides), sighting);
}

describe('withIndexFields: the conflict rule', () => {
  it.each([
    ['the user set it after the wiki changed', 5, 'user', 'done'],
    ['the wiki changed after the user set it', -5, 'wiki', 'open'],
    ['both changed at the same moment', 0, 'user', 'done'],
  ] as const)('takes the status from the newer side when %s', (_, userOffset, source, status) => {
    const record = firstSeen({}, onA(10));
    const result = withIndexFields({ ...record, user: { status: { value: 'done', at: t(10 + userOffset) } } });
    expect(result.statusSource).toBe(source);
    expect(result.effectiveStatus).toBe(status);
  });

  it('takes the wiki status when the user never set one', () => {
    expect(firstSeen({ status: 'done' })).toMatchObject({ statusSource: 'wiki', effectiveStatus: 'done' });
  });
});

describe('withIndexFields: derived fields', () => {
  it.each([
    ['no override', undefined, '2026-03-10'],
    ['a user date', '2026-04-01', '2026-04-01'],
    ['the user removing the date', null, undefined],
  ] as const)('takes the due date from %s', (_, due, effective) => {
    const record = firstSeen();
    expect(withIndexFields({ ...record, user: { due } }).effectiveDue).toBe(effective);
  });

  it('indexes an open task by due date and by each assignee, on any site and on its own, with its due date and sort text', () => {
    const record = firstSeen({ assignees: [{ name: 'Frossie Economou', username: 'frossie' }] });
    expect(record.openDue).toBe('2026-03-10');
    expect(record.sortText).toBe('send the minutes 11');
    expect(record.personOpenDue).toEqual([
      ['n:frossie economou', '2026-03-10', 'send the minutes 11'],
      ['u:frossie', '2026-03-10', 'send the minutes 11'],
      ['@wiki.example.org n:frossie economou', '2026-03-10', 'send the minutes 11'],
      ['@wiki.example.org u:frossie', '2026-03-10', 'send the minutes 11'],
    ]);
  });

  it.each([
    [{}, []],
    [{ mine: true, snoozeUntil: '2026-04-01' }, ['mine']],
    [{ mine: false, hidden: true }, ['not-mine', 'hidden']],
    [{ note: 'Asked', pinned: true }, []],
    [{ createdByUser: true }, ['made']],
  ] as const)('marks the user edits %j that move or hide an open task in lists as %j', (user, marks) => {
    expect(withIndexFields({ ...firstSeen(), user }).userMarks).toEqual(marks);
  });

  it('marks a done task only as made by the user, if it was', () => {
    expect(
      withIndexFields({ ...firstSeen({ status: 'done' }), user: { mine: true, hidden: true, createdByUser: true } })
        .userMarks,
    ).toEqual(['made']);
  });

  it("indexes an undated open task under '' so it sorts before every date", () => {
    expect(firstSeen({ due: null }).openDue).toBe('');
  });

  it('leaves done and gone tasks out of the open indexes', () => {
    expect(firstSeen({ status: 'done' })).toMatchObject({ openDue: undefined, personOpenDue: [] });
    const gone = markMissing(firstSeen(), 'wiki.example.org:100', t(5), onA(5).location);
    expect(gone).toMatchObject({ openDue: undefined, personOpenDue: [] });
  });
});

describe('isOwnLocation', () => {
  it.each([
    ['the same page id', { url: 'https://wiki.example.org/display/DM/Team+sync', pageId: '100' }, true],
    ['another page id', { url: PAGE_A.url!, pageId: '200' }, false],
    ['the source url without an id', { url: `${PAGE_A.url!}#actions` }, true],
    ['another url without an id', { url: PAGE_B.url! }, false],
  ])('says %s is %s', (_, location, own) => {
    expect(isOwnLocation(location, PAGE_A)).toBe(own);
  });
});

describe('mergeSighting', () => {
  it('stores a first sighting as a new record with one location and an empty user half', () => {
    const record = firstSeen();
    expect(record.wiki).toMatchObject({
      text: 'Send the minutes 1',
      series: 'Team sync',
      firstSeen: t(0),
      lastSeen: t(0),
      statusChangedAt: t(0),
    });
    expect(record.locations).toEqual([{ url: PAGE_A.url, pageId: '100', title: PAGE_A.title, lastSeen: t(0) }]);
    expect(record.user).toEqual({});
  });

  it('rewrites the whole wiki half from its own page and keeps the user half', () => {
    const edited = applyUserPatch(firstSeen(), { note: 'mine', pinned: true }, t(1));
    const record = mergeSighting(
      edited,
      makeTask(1, { text: 'Send the minutes today', topic: undefined, due: '2026-03-12' }),
      onA(2),
    );
    expect(record.wiki).toMatchObject({
      text: 'Send the minutes today',
      topic: undefined,
      due: '2026-03-12',
      firstSeen: t(0),
      lastSeen: t(2),
    });
    expect(record.user).toEqual(edited.user);
  });

  it('updates only what a report shows from a page reporting the task', () => {
    const record = mergeSighting(
      firstSeen(),
      makeTask(1, { text: 'Send the minutes!', origin: 'task-report', topic: undefined, due: null }),
      onB(3),
    );
    expect(record.wiki).toMatchObject({
      text: 'Send the minutes!',
      origin: 'inline-task',
      topic: 'Status',
      due: null,
      series: 'Team sync',
    });
    expect(record.locations.map((l) => l.pageId)).toEqual(['100', '200']);
  });

  it('marks a wiki status change with the time of the sync that saw it, and keeps the time otherwise', () => {
    const changed = mergeSighting(firstSeen(), makeTask(1, { status: 'done' }), onA(7));
    expect(changed.wiki.statusChangedAt).toBe(t(7));
    expect(mergeSighting(changed, makeTask(1, { status: 'done' }), onA(9)).wiki.statusChangedAt).toBe(t(7));
  });

  it('lets a wiki change made after the user’s edit win, and says so', () => {
    const userDone = applyUserPatch(firstSeen(), { status: 'done' }, t(1));
    expect(userDone).toMatchObject({ effectiveStatus: 'done', statusSource: 'user' });
    const reopened = mergeSighting(
      mergeSighting(userDone, makeTask(1, { status: 'done' }), onA(2)),
      makeTask(1),
      onA(3),
    );
    expect(reopened).toMatchObject({ effectiveStatus: 'open', statusSource: 'wiki' });
  });

  it('revives a task that is back on its page', () => {
    const gone = markMissing(firstSeen(), 'wiki.example.org:100', t(5), onA(5).location);
    expect(gone.goneAt).toBe(t(5));
    const back = mergeSighting(gone, makeTask(1), onA(6));
    expect(back.goneAt).toBeUndefined();
    expect(back.locations[0]!.goneAt).toBeUndefined();
  });
});

describe('sightingWorthWriting', () => {
  it.each([
    ['a new task', undefined, makeTask(1), onA(1), true],
    ['an unchanged task seen again within the hour', firstSeen(), makeTask(1), onA(59), false],
    ['an unchanged task seen again an hour later', firstSeen(), makeTask(1), onA(60), true],
    ['a changed text', firstSeen(), makeTask(1, { text: 'Other' }), onA(1), true],
    [
      'a renamed page',
      firstSeen(),
      makeTask(1),
      { ...onA(1), location: { ...onA(1).location, title: 'Renamed' } },
      true,
    ],
    [
      'a task back on its page',
      markMissing(firstSeen(), 'wiki.example.org:100', t(1), onA(1).location),
      makeTask(1),
      onA(2),
      true,
    ],
    ['a changed due date on a report', firstSeen(), makeTask(1, { due: '2026-04-01' }), onB(1), true],
  ] as const)('says %s is %s worth writing', (_, before, task, sighting, worth) => {
    expect(sightingWorthWriting(before, task, sighting)).toBe(worth);
  });

  it('writes a first sighting on another page, and not the same one again within the hour', () => {
    const before = firstSeen();
    expect(sightingWorthWriting(before, makeTask(1), onB(1))).toBe(true);
    const seenOnB = mergeSighting(before, makeTask(1), onB(1));
    expect(sightingWorthWriting(seenOnB, makeTask(1), onB(30))).toBe(false);
  });
});

describe('markMissing', () => {
  it('marks the record gone when its own page no longer shows it', () => {
    const record = mergeSighting(firstSeen(), makeTask(1), onB(1));
    expect(markMissing(record, 'wiki.example.org:100', t(5), onA(5).location).goneAt).toBe(t(5));
  });

  it('marks only the location gone when a reporting page drops it', () => {
    const record = markMissing(
      mergeSighting(firstSeen(), makeTask(1), onB(1)),
      'wiki.example.org:200',
      t(5),
      onB(5).location,
    );
    expect(record.goneAt).toBeUndefined();
    expect(record.locations.find((l) => l.pageId === '200')?.goneAt).toBe(t(5));
    expect(record.pageKeys).not.toContain('200');
  });

  it('marks a task never seen on its own page gone when every location dropped it', () => {
    const reported = firstSeen({}, onB(0));
    expect(markMissing(reported, 'wiki.example.org:200', t(5), onB(5).location).goneAt).toBe(t(5));
  });

  it('returns the same record when the page did not show it', () => {
    const record = firstSeen();
    const elsewhere = {
      url: 'https://wiki.example.org/pages/viewpage.action?pageId=999',
      pageId: '999',
      title: 'Elsewhere',
    };
    expect(markMissing(record, 'wiki.example.org:999', t(5), elsewhere)).toBe(record);
  });

  it('marks gone a task a report said was agreed on a page that, read itself, does not show it', () => {
    const reported = firstSeen({}, onB(0));
    const gone = markMissing(reported, 'wiki.example.org:100', t(5), onA(5).location);
    expect(gone.goneAt).toBe(t(5));
    expect(gone.locations.find((l) => l.pageId === '100')).toMatchObject({ lastSeen: t(0), goneAt: t(5) });
  });
});

describe('applyUserPatch', () => {
  it('records a status change with when it was made and, for done, when it was completed', () => {
    const record = applyUserPatch(firstSeen(), { status: 'done' }, t(4));
    expect(record.user.status).toEqual({ value: 'done', at: t(4), completedAt: t(4) });
  });

  it('does not take over a status the task already has', () => {
    expect(applyUserPatch(firstSeen(), { status: 'open' }, t(4)).user.status).toBeUndefined();
  });

  it('clears the due override when the user picks the wiki’s date again', () => {
    const moved = applyUserPatch(firstSeen(), { due: '2026-04-01' }, t(1));
    expect(moved.user.due).toBe('2026-04-01');
    expect(applyUserPatch(moved, { due: '2026-03-10' }, t(2)).user.due).toBeUndefined();
  });

  it('clears snooze with null and the note with an empty string', () => {
    const set = applyUserPatch(firstSeen(), { snoozeUntil: '2026-03-20', note: 'later' }, t(1));
    expect(set.user).toMatchObject({ snoozeUntil: '2026-03-20', note: 'later' });
    const cleared = applyUserPatch(set, { snoozeUntil: null, note: '' }, t(2));
    expect(cleared.user).toMatchObject({ snoozeUntil: undefined, note: undefined, updatedAt: t(2) });
  });
});

describe('mergeImported', () => {
  it('keeps the newer user half and the later wiki sighting from either side', () => {
    const stored = applyUserPatch(
      mergeSighting(firstSeen(), makeTask(1, { text: 'Newer wiki text' }), onA(10)),
      { note: 'old note' },
      t(11),
    );
    const backedUp = applyUserPatch(firstSeen(), { note: 'new note' }, t(20));
    const merged = mergeImported(stored, backedUp);
    expect(merged.wiki.text).toBe('Newer wiki text');
    expect(merged.user.note).toBe('new note');
    expect(merged.updatedAt).toBe(t(20));
  });

  it('keeps what is stored when the backup is older in both halves', () => {
    const stored = applyUserPatch(firstSeen(), { note: 'kept' }, t(5));
    const backedUp = applyUserPatch(firstSeen(), { note: 'old' }, t(1));
    expect(mergeImported(stored, backedUp).user.note).toBe('kept');
  });

  it('unites the locations of both sides', () => {
    const merged = mergeImported(firstSeen(), firstSeen({}, onB(1)));
    expect(merged.locations.map((l) => l.pageId)).toEqual(['100', '200']);
  });
});

describe('wikiChanged', () => {
  it('ignores when the task was seen and notices what it says', () => {
    const a = firstSeen().wiki;
    expect(wikiChanged(a, { ...a, lastSeen: t(9) })).toBe(false);
    expect(wikiChanged(a, { ...a, assignees: [] })).toBe(true);
  });
});

describe('pageRecord', () => {
  it('counts the page’s tasks by status and keeps when the page was first seen', () => {
    const tasks = [firstSeen(), mergeSighting(undefined, makeTask(2, { status: 'done' }), onA(0))];
    const first = pageRecord(undefined, makeExtraction(PAGE_A, []), PAGE_A.url!, tasks, t(0));
    const again = pageRecord(first, makeExtraction(PAGE_A, []), PAGE_A.url!, tasks, t(5));
    expect(again).toMatchObject({
      key: 'wiki.example.org:100',
      firstSeen: t(0),
      lastSeen: t(5),
      counts: { tasks: 2, open: 1, done: 1 },
    });
  });
});

// The people a page lists (lib/extract/attendees.ts) and the names ending its actions read as theirs
// (`knownOwners`, applied when the scan finishes in lib/extract/index.ts).
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract';
import { MAX_ATTENDEES } from '../../lib/extract/attendees';
import { knownOwners, pagePeople } from '../../lib/extract/owners';
import { page } from '../helpers/load-fixture';

const ACTIONS =
  '<h2>Action items</h2><ul>' +
  '<li>Send the slides - Bob</li>' +
  '<li>Update the docs – Ana Lim &amp; Raj</li>' +
  '<li>Check the logs (Tom)</li>' +
  '<li>Migrate the CI → Omar</li>' +
  '<li>Fix the login bug (Jira)</li>' +
  '<li>Draft the blog post - Marketing</li>' +
  '</ul>';
const read = (html: string) =>
  extractPage(page(`<main><h1>Weekly sync 2026-11-30</h1>${html}</main>`)).tasks.map((task) => [
    task.text,
    task.assignees.map((person) => person.name),
  ]);
const READ_AS_OWNED = [
  ['Send the slides', ['Bob Jones']],
  ['Update the docs', ['Ana Lim', 'Raj Patel']],
  ['Check the logs', ['Tom']],
  ['Migrate the CI', ['Omar']],
  ['Fix the login bug (Jira)', []],
  ['Draft the blog post - Marketing', []],
];

describe('a name ending an action', () => {
  it('is read as its owner when the page lists that person under "Attendees"', () => {
    const listed =
      '<h2>Attendees</h2><ul><li>Bob Jones</li><li>Ana Lim (Acme)</li><li>Raj Patel</li><li>Tom</li><li>Omar</li></ul>';
    expect(read(listed + ACTIONS)).toEqual(READ_AS_OWNED);
  });

  it('is read as its owner when a line labelled "Present:" names that person, before or after the actions', () => {
    const line = '<p><strong>Present:</strong> Bob Jones, Ana Lim, Raj Patel, Tom and Omar</p>';
    expect(read(line + ACTIONS)).toEqual(READ_AS_OWNED);
    expect(read(ACTIONS + line)).toEqual(READ_AS_OWNED);
    // As a Markdown wiki writes it: "- **Attendees:** …" in a list of the meeting's facts.
    const item = '<ul><li><strong>Attendees:</strong> Bob Jones, Ana Lim, Raj Patel, Tom and Omar</li></ul>';
    expect(read(item + ACTIONS)).toEqual(READ_AS_OWNED);
  });

  it('is read as its owner when another action of the page names that person as its owner', () => {
    expect(read('<h2>Action items</h2><ul><li>Tom: book the room</li><li>Order the pizza (Tom)</li></ul>')).toEqual([
      ['book the room', ['Tom']],
      ['Order the pizza', ['Tom']],
    ]);
  });

  it('is read at the start of an action too, in the page’s language, when the page lists everyone it names', () => {
    const minutes = page(
      '<main><h1>第12回 開発定例 議事録</h1><h2>参加者</h2><p>田中、佐藤、鈴木、山本（欠席）</p>' +
        '<h2>宿題（アクションアイテム）</h2><ul><li>田中と佐藤：リリースノートを作成する</li><li>予算：来週決める</li></ul></main>',
    );
    expect(extractPage(minutes).tasks.map((task) => [task.text, task.assignees.map((p) => p.name)])).toEqual([
      ['リリースノートを作成する', ['田中', '佐藤']],
      ['予算：来週決める', []],
    ]);
  });

  it('counts only the first people of a page that lists more than a meeting has', () => {
    // Names of letters only ("Aab Crowd"): as many as may be counted, then the one the action names.
    const letters = (i: number) =>
      [26 * 26, 26, 1].map((unit) => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(i / unit) % 26]).join('');
    const crowd = Array.from({ length: MAX_ATTENDEES }, (_, i) => `X${letters(i)} Crowd`).join(', ');
    // All on one line, as a hostile page would put them.
    const listed = `<p>Attendees: ${crowd}, Bob Jones</p>`;
    expect(read(`${listed}<h2>Action items</h2><ul><li>Send the slides - Bob</li></ul>`)).toEqual([
      ['Send the slides - Bob', []],
    ]);
  });

  it('stays part of the text on a page that lists nobody', () => {
    expect(read(ACTIONS).map(([, owners]) => owners)).toEqual(ACTIONS.match(/<li>/g)!.map(() => []));
  });
});

describe('an owner named by first name or initials', () => {
  const attendees = '<p>Attendees: Bob Jones, Kian-Tat Lim, Ana Lim, Ana Silva, Alan Lee</p>';
  const owners = (items: string) =>
    read(`${attendees}<h2>Action items</h2><ul>${items}</ul>`).map(([, names]) => names);

  it('is the one person the page lists in full with that first name or those initials', () => {
    expect(owners('<li>Bob to send the slides</li><li>KTL: check the logs</li>')).toEqual([
      ['Bob Jones'],
      ['Kian-Tat Lim'],
    ]);
  });

  it('stays as written when two people fit, or none', () => {
    expect(owners('<li>Ana to book the room</li><li>Raj to order the pizza</li><li>AL: file it</li>')).toEqual([
      ['Ana'],
      ['Raj'],
      ['AL'],
    ]);
  });
});

describe('knownOwners', () => {
  const listed = [{ name: 'Bob Jones', username: 'bjones' }, { name: 'Bob Smith' }, { name: 'Ana Lim' }];
  const people = pagePeople(listed);

  it('takes the page’s person, with what the page knows of them, for a full name or a first name only one has', () => {
    expect(knownOwners('Send the slides [Ana]', people)).toEqual({
      owners: [listed[2]],
      text: 'Send the slides',
      how: 'trailing',
    });
    expect(knownOwners('Send the slides - bob jones.', people)).toEqual({
      owners: [listed[0]],
      text: 'Send the slides',
      how: 'trailing',
    });
    expect(knownOwners('Ana Lim & Bob Jones: send the slides', people)).toEqual({
      owners: [listed[2], listed[0]],
      text: 'send the slides',
      how: 'label',
    });
  });

  it('completes a first name or initials only from someone named in full, and only when one person fits', () => {
    const page = pagePeople([...listed, { name: 'Kian-Tat Lim' }, { name: 'Tom' }]);
    expect(page.fuller({ name: 'Ana' })).toEqual({ name: 'Ana Lim' });
    expect(page.fuller({ name: 'KTL' })).toEqual({ name: 'Kian-Tat Lim' });
    expect(page.fuller({ name: 'Bob' })).toEqual({ name: 'Bob' });
    expect(page.fuller({ name: 'Tom' })).toEqual({ name: 'Tom' });
    expect(page.fuller({ name: 'Ana', username: 'ana' })).toEqual({ name: 'Ana', username: 'ana' });
  });

  it('reads nothing when a name could be two people, or one of the names is no one the page knows', () => {
    expect(knownOwners('Send the slides - Bob', people)).toBeNull();
    expect(knownOwners('Send the slides (Ana, Raj)', people)).toBeNull();
    expect(knownOwners('Send the slides', people)).toBeNull();
    expect(knownOwners('Send the slides - Ana', pagePeople([]))).toBeNull();
  });
});

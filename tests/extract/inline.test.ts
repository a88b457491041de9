import { describe, expect, it } from 'vitest';
import { composeTask, joinLines, readLines } from '../../lib/extract/inline';
import { page } from '../helpers/load-fixture';

const mention = (user: string, name: string) =>
  `<a class="confluence-userlink user-mention" data-username="${user}" href="/display/~${user}">${name}</a>`;

function compose(html: string, reference?: string) {
  return composeTask(joinLines(readLines(page(`<div id="t">${html}</div>`).querySelector('#t')!)), reference);
}

describe('composeTask', () => {
  it('takes leading mentions as assignees and the first date element as the due date', () => {
    expect(
      compose(
        `${mention('rhl', 'Robert Lupton')} ${mention('ktl', 'Kian-Tat Lim')} Kick off the meeting <time datetime="2022-11-09">09 Nov 2022</time> `,
      ),
    ).toEqual({
      text: 'Kick off the meeting',
      assignees: [
        { name: 'Robert Lupton', username: 'rhl' },
        { name: 'Kian-Tat Lim', username: 'ktl' },
      ],
      due: '2022-11-09',
      ownerFrom: 'mention-leading',
      dueFrom: 'element',
    });
  });

  it('takes an "@handle" typed as text as the owner at the start or the end of the item, not inside it', () => {
    expect(compose('@jdoe update the install guide')).toMatchObject({
      text: 'update the install guide',
      assignees: [{ name: 'jdoe' }],
    });
    expect(compose('Update the install guide @j.doe')).toMatchObject({
      text: 'Update the install guide',
      assignees: [{ name: 'j.doe' }],
    });
    expect(compose('Ask @jdoe about the install guide')).toMatchObject({
      text: 'Ask @jdoe about the install guide',
      assignees: [],
    });
    expect(compose('Mail ops@example.org about it')).toMatchObject({ assignees: [] });
  });

  it('takes the person an owner label names as the owner, and leaves neither in the text', () => {
    expect(compose(`Triage stale issues — owner: ${mention('mona', 'Mona Lisa')}, due 2026-12-10`)).toMatchObject({
      text: 'Triage stale issues',
      assignees: [{ name: 'Mona Lisa', username: 'mona' }],
      due: '2026-12-10',
      ownerFrom: 'owner-label',
    });
    expect(compose('Ask @jdoe about the guide (assignee: @mona)')).toMatchObject({
      text: 'Ask @jdoe about the guide',
      assignees: [{ name: 'mona' }],
    });
  });

  it('leaves no brackets emptied by taking out a mention or a date', () => {
    expect(compose(`Update the CHANGELOG (${mention('hubot', 'Hubot')})`)).toMatchObject({
      text: 'Update the CHANGELOG',
      assignees: [{ name: 'Hubot', username: 'hubot' }],
    });
    expect(compose('Write the guide (Priya, 2026-12-08)')).toMatchObject({
      text: 'Write the guide (Priya)',
      due: '2026-12-08',
    });
  });

  it('reads a Confluence Cloud date by its timestamp, never its text', () => {
    expect(
      compose('Ship it <span class="date-node" data-node-type="date" data-timestamp="1751932800000">Today</span>'),
    ).toMatchObject({
      text: 'Ship it',
      due: '2025-07-08',
    });
    expect(
      compose(
        'Ship <span data-node-type="date" data-timestamp="1751932800000">Today</span> or <span data-node-type="date" data-timestamp="1752019200000">Tomorrow</span>',
      ).text,
    ).toBe('Ship or 2025-07-09');
  });

  it('takes a trailing mention as the assignee when none leads', () => {
    expect(
      compose(`Redo the diagram ${mention('yusra', 'Yusra AlSayyad')} <time datetime="2023-11-30">30 Nov 2023</time>`),
    ).toMatchObject({
      text: 'Redo the diagram',
      assignees: [{ name: 'Yusra AlSayyad' }],
    });
  });

  it('keeps a mention inside the sentence as a name, and assigns it by Confluence’s first-mention rule', () => {
    expect(compose(`Ask ${mention('tj', 'Tim Jenness')} about the schema today`)).toMatchObject({
      text: 'Ask Tim Jenness about the schema today',
      assignees: [{ name: 'Tim Jenness' }],
    });
  });

  it('removes a "- " separator after the assignee', () => {
    expect(compose(`${mention('frossie', 'Frossie Economou')} - you have some text`).text).toBe('you have some text');
  });

  it('reads the due date from time[datetime], never from the localised text', () => {
    expect(compose('Ship it <time datetime="2024-02-22">22 févr. 2024</time>').due).toBe('2024-02-22');
  });

  it('finds a date written as text when there is no date element, and removes it', () => {
    expect(compose('Send the slides by 3 November 2022')).toMatchObject({ text: 'Send the slides', due: '2022-11-03' });
  });

  it('resolves relative dates against the reference date', () => {
    expect(compose('Send the slides by Friday', '2024-03-05').due).toBe('2024-03-08');
  });

  it('has no due date and no assignee when the text names neither', () => {
    expect(compose('Think about it')).toEqual({ text: 'Think about it', assignees: [], due: null });
  });
});

describe('readLines', () => {
  it('breaks lines at blocks and <br> so words of separate paragraphs never run together', () => {
    const root = page('<div id="t"><p>Status and plans:</p><p>DAX</p>one<br>two</div>').querySelector('#t')!;
    expect(readLines(root).map((l) => l.text.trim())).toEqual(['Status and plans:', 'DAX', 'one', 'two']);
  });

  it('reads only its own text with ownOnly, leaving nested blocks to their own visit', () => {
    const root = page('<ul><li id="t">Parent <b>bold</b><ul><li>child</li></ul></li></ul>').querySelector('#t')!;
    expect(readLines(root, { ownOnly: true }).map((l) => l.text.trim())).toEqual(['Parent bold']);
  });

  it('collapses runs of spaces across text nodes and keeps each person and date span on its own text', () => {
    const root = page(
      '<p id="t">Ask \n  <a data-username="bob">Bob  Lee</a>\u00a0\n to  <b> send </b>\t by <time datetime="2024-01-02">2\u00a0Jan</time>  now</p>',
    ).querySelector('#t')!;
    const [line] = readLines(root);
    expect(line!.text).toBe('Ask Bob Lee to send by 2 Jan now');
    expect(line!.people.map((s) => line!.text.slice(s.start, s.end))).toEqual(['Bob Lee']);
    expect(line!.dates.map((s) => [line!.text.slice(s.start, s.end), s.value])).toEqual([['2 Jan', '2024-01-02']]);
  });
});

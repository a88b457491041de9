// The composition in lib/extract/index.ts: meeting sections, task identity and one action per statement.
import { describe, expect, it, vi } from 'vitest';
import { extractPage, scanPage } from '../../lib/extract';
import { page } from '../helpers/load-fixture';

const serverTask = (id: string, text: string, due: string, checked = false) =>
  `<li data-inline-task-id="${id}"${checked ? ' class="checked"' : ''}><span class="placeholder-inline-tasks">${text} <time datetime="${due}">${due}</time></span></li>`;

describe('meeting sections', () => {
  it('give the sections after a dated heading at the same level its date, until the next dated heading', () => {
    const doc = page(
      '<main><h2>Agenda 2024-03-05</h2><h2>Discussion</h2><p>ACTION: Ana to book the room</p><h2>Action items</h2><ul><li>Raj to order pizza</li></ul>' +
        '<h2>Agenda 2024-03-12</h2><h2>Action items</h2><ul><li>Omar to send the notes</li></ul><h1>Archive</h1><p>ACTION: Lee to tidy up</p></main>',
      '<title>Team notes</title>',
    );
    expect(extractPage(doc).tasks.map((t) => [t.text, t.meetingDate])).toEqual([
      ['Ana to book the room', '2024-03-05'],
      ['Raj to order pizza', '2024-03-05'],
      ['Omar to send the notes', '2024-03-12'],
      // A heading above the meetings' level ends them.
      ['Lee to tidy up', undefined],
    ]);
  });
});

describe('task identity', () => {
  it('keeps two wiki tasks with the same words and their own task ids apart, with their own dates and states', () => {
    for (const head of ['<meta name="ajs-page-id" content="42"><title>Sync</title>', '<title>Sync</title>']) {
      const doc = page(
        `<main><ul class="inline-task-list">${serverTask('1', 'Send the recap', '2024-03-08')}${serverTask('2', 'Send the recap', '2024-03-15', true)}</ul></main>`,
        head,
      );
      const tasks = extractPage(doc, { url: 'https://wiki.example.org/x' }).tasks;
      expect(tasks.map((t) => [t.taskId, t.due, t.status])).toEqual([
        ['1', '2024-03-08', 'open'],
        ['2', '2024-03-15', 'done'],
      ]);
      expect(new Set(tasks.map((t) => t.id)).size).toBe(2);
    }
  });

  it('puts the task id in the id even when the page id is unknown', () => {
    const doc = page(
      `<main><ul class="inline-task-list">${serverTask('7', 'Send the recap', '2024-03-08')}</ul></main>`,
      '<title>Sync</title>',
    );
    expect(extractPage(doc, { url: 'https://wiki.example.org/x' }).tasks[0]!.id).toBe(
      'https://wiki.example.org/x:task-7',
    );
  });
});

describe('one action per statement', () => {
  it('merges an action restated in its meeting’s action list, done if either copy says so', () => {
    const doc = page(
      '<main><h2>Notes</h2><p>ACTION: Maria to call the vendor by 2024-03-08.</p><h2>Action items</h2><ul><li>Maria: call the vendor (DONE)</li></ul></main>',
      '<title>Ops sync 2024-03-05</title>',
    );
    const { extraction, elements } = scanPage(doc);
    expect(extraction.tasks.map((t) => [t.text, t.assignees, t.due, t.status])).toEqual([
      ['Maria to call the vendor', [{ name: 'Maria' }], '2024-03-08', 'done'],
    ]);
    expect(elements.get(extraction.tasks[0]!.id)).toHaveLength(2);
  });

  it('keeps the same words owned by two people, or said in two meetings, as two actions', () => {
    const doc = page(
      '<main><h2>Meeting 2024-03-05</h2><h3>Action items</h3><ul><li>Ana: review the doc</li><li>Raj: review the doc</li></ul><h2>Meeting 2024-03-12</h2><h3>Action items</h3><ul><li>Ana: review the doc</li></ul></main>',
      '<title>Reviews</title>',
    );
    expect(extractPage(doc).tasks.map((t) => [t.assignees[0]?.name, t.meetingDate])).toEqual([
      ['Ana', '2024-03-05'],
      ['Raj', '2024-03-05'],
      ['Ana', '2024-03-12'],
    ]);
  });
});

describe('carried-over lines', () => {
  it('merge into the earlier meeting’s action with the same owner, not into someone else’s', () => {
    const doc = page(
      '<main><h2>Meeting 2024-03-12</h2><ul><li>CARRIED FORWARD: Jun to draft the template</li><li>CARRIED FORWARD: Bob to review the doc</li></ul>' +
        '<h2>Meeting 2024-03-05</h2><ul><li>ACTION: Jun to draft the template</li><li>ACTION: Ana to review the doc</li></ul></main>',
      '<title>Ops</title>',
    );
    expect(extractPage(doc).tasks.map((t) => [t.text, t.meetingDate])).toEqual([
      ['Bob to review the doc', '2024-03-12'],
      ['Jun to draft the template', '2024-03-05'],
      ['Ana to review the doc', '2024-03-05'],
    ]);
  });
});

describe('explanations', () => {
  it('are made only when asked for, and stay out of the extraction', () => {
    const doc = page('<main><h2>Action items</h2><ul><li>Ana to book the room</li></ul></main>');
    expect(scanPage(doc).explanation).toBeUndefined();
    const scan = scanPage(doc, { explain: true });
    expect(scan.explanation?.actions[0]?.read).toMatchObject({
      origin: 'section-list',
      topic: 'Action items',
      ownerFrom: 'linked',
    });
    expect(scan.explanation?.passedOver).toEqual([]);
    expect(Object.keys(scan.extraction)).toEqual(['page', 'agenda', 'tasks', 'suggestions']);
  });
});

describe('a paragraph of many lines', () => {
  it('looks for struck-through text once per element, not once per line (200,000 lines made that quadratic)', () => {
    const lines = Array.from({ length: 500 }, (_, n) => `ACTION: Frossie to do thing ${n} by 2030-01-10`).join('<br>');
    const doc = page(`<main><p>${lines}</p></main>`);
    const paragraph = doc.querySelector('p')!;
    const queried = vi.spyOn(paragraph, 'querySelector');
    expect(extractPage(doc).tasks).toHaveLength(500);
    expect(queried.mock.calls.length).toBeLessThan(5);
  });
});

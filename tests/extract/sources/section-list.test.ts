import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract';
import { page } from '../../helpers/load-fixture';

describe('section lists', () => {
  it('takes the items of a list under "Action items" as tasks', () => {
    const doc = page('<main><h2>Action items</h2><ul><li>Ana to book the room</li><li>Order pizza</li></ul></main>');
    expect(extractPage(doc).tasks.map((t) => [t.text, t.origin])).toEqual([
      ['Ana to book the room', 'section-list'],
      ['Order pizza', 'section-list'],
    ]);
  });

  it('ignores a table of contents that follows an "Action items" heading', () => {
    const doc = page(
      '<main><h2>Action items</h2><div class="toc-macro"><ul><li><a href="#x">Next meeting</a></li></ul></div><h2>Notes</h2></main>',
    );
    expect(extractPage(doc).tasks).toEqual([]);
  });

  it('leaves lists under other headings alone', () => {
    const doc = page('<main><h2>Notes</h2><ul><li>We talked about the budget</li></ul></main>');
    expect(extractPage(doc).tasks).toEqual([]);
  });

  it('takes a list captioned as actions without a heading ("**Next steps:**")', () => {
    const doc = page(
      '<main><h2>Notes</h2><p><strong>Next steps:</strong></p><ul><li>Ana to book the room</li></ul><ul><li>Not captioned</li></ul></main>',
    );
    expect(extractPage(doc).tasks.map((t) => [t.text, t.assignees])).toEqual([
      ['Ana to book the room', [{ name: 'Ana' }]],
    ]);
  });

  it('reads a bracketed status and a marker leading an item as decoration, and a group as no owner', () => {
    const doc = page(
      '<main><h2>Action items</h2><ul><li>[NEW] ACTION: Everyone to read the RFC</li><li>[DONE] ACTION: Omar to file the ticket</li></ul></main>',
    );
    expect(extractPage(doc).tasks.map((t) => [t.text, t.assignees, t.status])).toEqual([
      ['Everyone to read the RFC', [], 'open'],
      ['Omar to file the ticket', [{ name: 'Omar' }], 'done'],
    ]);
  });

  it('reads owner labels and the labels of due dates as what they are, not as people or words of the action', () => {
    const doc = page(
      '<main><h1>Weekly sync 2026-11-30</h1><h2>Action items</h2><ul>' +
        '<li>Owner: Sam Lee — Update the runbook — Due: Dec 9</li>' +
        '<li>Follow up with vendor (Owner: Chen, ETA 2026-12-12)</li>' +
        '<li>Review PR #12 (due 2026-12-05)</li>' +
        '<li>Ship v2, deadline 2026-12-20</li>' +
        '<li>Assignee: Unassigned - triage the bugs</li>' +
        '</ul></main>',
    );
    expect(extractPage(doc).tasks.map((t) => [t.text, t.assignees.map((p) => p.name), t.due])).toEqual([
      ['Update the runbook', ['Sam Lee'], '2026-12-09'],
      ['Follow up with vendor', ['Chen'], '2026-12-12'],
      ['Review PR #12', [], '2026-12-05'],
      ['Ship v2', [], '2026-12-20'],
      ['Assignee: Unassigned - triage the bugs', [], null],
    ]);
  });

  it('passes over a template placeholder and a list of people', () => {
    const doc = page(
      '<main><h2>Attendees</h2><ul><li>Ana to attend</li></ul><h2>Action items</h2><ul><li>Type your task here</li></ul></main>',
    );
    expect(extractPage(doc).tasks).toEqual([]);
  });
});

// Action tables (lib/extract/sources/action-table.ts): which tables are, and what their cells say.
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract';
import { page } from '../../helpers/load-fixture';

const table = (header: string[], rows: string[][]) =>
  `<table><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`)
    .join('')}</table>`;
const read = (html: string) =>
  extractPage(page(`<main><h1>Project sync 2026-11-30</h1>${html}</main>`)).tasks.map((task) => [
    task.text,
    task.assignees.map((person) => person.name),
    task.due,
    task.status,
  ]);

describe('action tables', () => {
  it('read "What | Who | When" under an action heading as the action, its owners and its due date', () => {
    const rows = [
      ['Prepare the budget', 'Ana Lim / Raj Patel', '2026-12-04', 'Open'],
      ['Book travel', 'Bob Jones (lead), Ana Lim', '', ''],
      ['Send the notes', 'all', '2026-12-01', 'Closed'],
      ['Update the wiki', 'TBD', '-', 'In progress'],
    ];
    expect(read(`<h2>Actions</h2>${table(['What', 'Who', 'When', 'Status'], rows)}`)).toEqual([
      ['Prepare the budget', ['Ana Lim', 'Raj Patel'], '2026-12-04', 'open'],
      ['Book travel', ['Bob Jones', 'Ana Lim'], null, 'open'],
      ['Send the notes', [], '2026-12-01', 'done'],
      ['Update the wiki', [], null, 'open'],
    ]);
  });

  it('leave "What | Who | When" elsewhere to be an agenda', () => {
    const agenda = table(['What', 'Who', 'When'], [['Budget review', 'Ana Lim', '10:00']]);
    expect(read(`<h2>Agenda</h2>${agenda}`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { columnRole, columnRoles } from '../../lib/extract/headers';

describe('columnRole', () => {
  it.each([
    ['Time (Project)', 'time'],
    ['TIME', 'time'],
    ['When', 'time'],
    ['Duration', 'duration'],
    ['Time required (estimate)', 'duration'],
    ['Topic', 'topic'],
    ['Agenda item', 'topic'],
    ['Item', 'topic'],
    ['Discussion topics', 'topic'],
    ['Who', 'people'],
    ['Presenter', 'people'],
    ['Coordinator', 'people'],
    ['Requested by', 'requester'],
    ['Owner', 'owner'],
    ['Assignee', 'owner'],
    ['Action item', 'action'],
    ['Task', 'action'],
    ['Due date', 'due'],
    ['Date Due', 'due'],
    ['Date', 'date'],
    ['Current Status', 'status'],
    ['Pre-meeting notes', 'notes'],
    ['Notes', 'notes'],
    ['Description', 'description'],
    ['Task appears on', 'location'],
    ['Ñame of the wine', null],
  ])('reads "%s" as %s', (header, role) => {
    expect(columnRole(header)).toBe(role);
  });

  it('gives a role to the first column that names it', () => {
    expect(columnRoles(['Notes', 'Topic', 'Other notes'])).toEqual(
      new Map([
        ['notes', 0],
        ['topic', 1],
      ]),
    );
  });
});

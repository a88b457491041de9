// A Todoist project template (CSV) of the open actions: Todoist's "Import from template" makes one project of
// it. Columns and rules: /work/shared/notes/export-formats.md §3.2 (Todoist's help page "Format a CSV file for
// importing", and real exports). Done actions are left out, since Todoist's import drops completed tasks.
// Pure; written with the same cell rules as csv.ts.
import type { Action } from '../model/action';
import { csvRow } from './csv';
import { exportable, meetingLabel, oneLine, webUrl, withoutMentions } from './details';

const HEADER = [
  'TYPE',
  'CONTENT',
  'DESCRIPTION',
  'PRIORITY',
  'INDENT',
  'AUTHOR',
  'RESPONSIBLE',
  'DATE',
  'DATE_LANG',
  'TIMEZONE',
];

/** Todoist's template counts 1 as p1 (highest) to 4 as p4, its "no priority"; an empty cell would mean p1. */
const NO_PRIORITY = '4';

/** Who owns it, in which meeting, and the page: what the task name has no room for. */
function description(action: Action): string {
  const page = webUrl(action.sourcePage.url);
  return [
    action.assignees.length > 0 && `Owner: ${action.assignees.map((p) => p.name).join(', ')}`,
    `Meeting: ${meetingLabel(action)}`,
    page && `Page: ${page}`,
  ]
    .filter((line): line is string => typeof line === 'string')
    .map(withoutMentions)
    .join('\n');
}

/**
 * One `task` row per open action, top level (INDENT 1), due as YYYY-MM-DD read in English (DATE_LANG en). AUTHOR
 * and RESPONSIBLE stay empty: they take Todoist user ids, which Agendum cannot know; the owner is in the
 * description. An `@word` in the name would become a Todoist label, so it is written with a full-width ＠.
 */
export function toTodoistCsv(actions: Action[]): string {
  const rows = actions
    .filter((action) => action.status === 'open')
    .map(exportable)
    .map((action) =>
      csvRow([
        'task',
        withoutMentions(oneLine(action.text)),
        description(action),
        NO_PRIORITY,
        '1',
        '',
        '',
        action.due ?? '',
        'en',
        '',
      ]),
    );
  return csvRow(HEADER) + rows.join('');
}

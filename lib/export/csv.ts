// RFC 4180 CSV of actions for spreadsheets and scripts, and the cell/row writers the Jira CSV shares.
// Pure: no DOM, no clock.
import type { Action } from '../model/action';
import { exportable } from './details';

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark; without it "Cristián" turns to mojibake. */
export const CSV_BOM = '\uFEFF';

// Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV Injection": = + - @, tab, CR;
// and NUL, which some readers skip before looking); page text is untrusted, and notes often start with "-" or "@".
const FORMULA_START = /^[=+\-@\t\r\0]/;
// What ends a cell in some reader: the comma, and the semicolon and tab that most European locales and
// "text" imports split on (`x;=1+1` opened with `;` is a formula in its second cell), quotes and line breaks.
const NEEDS_QUOTES = /[",;\t\r\n]/;

/** One cell: formula starts guarded with a leading `'`, then quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record, CRLF-terminated as RFC 4180 §2 writes it. */
export function csvRow(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

const HEADER = [
  'Status',
  'Text',
  'Assignees',
  'Due',
  'Completed',
  'Meeting date',
  'Topic',
  'Page',
  'Page URL',
  'Note',
  'Id',
];

/** Every action as one row under a header row; BOM first so Excel opens it as UTF-8. */
export function toCsv(actions: Action[]): string {
  const rows = actions
    .map(exportable)
    .map((a) =>
      csvRow([
        a.status,
        a.text,
        a.assignees.map((p) => p.name).join('; '),
        a.due ?? '',
        a.completedAt ?? '',
        a.meetingDate ?? '',
        a.topic ?? '',
        a.sourcePage.title,
        a.sourcePage.url ?? '',
        a.note ?? '',
        a.id,
      ]),
    );
  return CSV_BOM + csvRow(HEADER) + rows.join('');
}

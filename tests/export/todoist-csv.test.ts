// The Todoist project template, read back with a real CSV parser (papaparse) the way Todoist's importer reads
// it: exactly the columns of /work/shared/notes/export-formats.md §3.2, one task row per open action.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toTodoistCsv } from '../../lib/export/todoist-csv';
import { AWKWARD_TEXTS, makeAction } from '../helpers/make-action';

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
const PAGE = 'https://wiki.example.org/pages/viewpage.action?pageId=1001';

/** Rows as records keyed by the header, formula guard taken off. */
function parse(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  expect(result.meta.fields).toEqual(HEADER);
  return result.data.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, cell.replace(/^'(?=[=+\-@\t\r])/, '')])),
  );
}

describe('toTodoistCsv', () => {
  it('writes only the header for no actions', () => {
    expect(toTodoistCsv([])).toBe(`${HEADER.join(',')}\r\n`);
  });

  it('writes an open action as a top-level task with owner, meeting and page in the description, its date in English', () => {
    const action = makeAction({
      text: 'Draft the release plan',
      assignees: [{ name: 'Cristián Silva' }, { name: 'Zoë Ng' }],
      due: '2026-03-06',
    });
    expect(parse(toTodoistCsv([action]))).toEqual([
      {
        TYPE: 'task',
        CONTENT: 'Draft the release plan',
        DESCRIPTION: `Owner: Cristián Silva, Zoë Ng\nMeeting: Team sync (2026-03-02)\nPage: ${PAGE}`,
        PRIORITY: '4',
        INDENT: '1',
        AUTHOR: '',
        RESPONSIBLE: '',
        DATE: '2026-03-06',
        DATE_LANG: 'en',
        TIMEZONE: '',
      },
    ]);
  });

  it('leaves done actions out, since Todoist does not import completed tasks', () => {
    const rows = parse(
      toTodoistCsv([
        makeAction({ id: 'a', text: 'Open one' }),
        makeAction({ id: 'b', text: 'Done one', status: 'done' }),
      ]),
    );
    expect(rows.map((row) => row.CONTENT)).toEqual(['Open one']);
  });

  it('leaves the date empty when there is none, and says nothing of owners nobody named', () => {
    const [row] = parse(toTodoistCsv([makeAction({ sourcePage: { title: 'Team sync' } })]));
    expect(row).toMatchObject({ DATE: '', DESCRIPTION: 'Meeting: Team sync (2026-03-02)' });
  });

  it('never makes a label or a link of page text: an @word gets a full-width ＠, a script address is no page link', () => {
    const [row] = parse(
      toTodoistCsv([
        makeAction({
          text: '@ops check the @backup job, mail ana@example.org',
          sourcePage: { title: 'Sync', url: 'javascript:alert(1)' },
        }),
      ]),
    );
    expect(row!.CONTENT).toBe('＠ops check the ＠backup job, mail ana@example.org');
    expect(row!.CONTENT).not.toMatch(/(?:^|\s)@\w/);
    expect(row!.DESCRIPTION).toBe('Meeting: Sync (2026-03-02)');
  });

  it.each(AWKWARD_TEXTS)('keeps a text with %s as one task on one line', (_, text) => {
    const rows = parse(toTodoistCsv([makeAction({ text }), makeAction({ id: 'next', text: 'Next' })]));
    expect(rows.map((row) => row.CONTENT)).toEqual([text.replace(/\s+/g, ' ').trim(), 'Next']);
  });
});

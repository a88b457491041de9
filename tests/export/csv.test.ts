import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../lib/export/csv';
import { AWKWARD_TEXTS, makeAction } from '../helpers/make-action';

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

/** The rows as a spreadsheet would read them, after the BOM and the formula guard are taken off. */
function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data.map((row) => row.map((cell) => cell.replace(/^'(?=[=+\-@\t\r])/, '')));
}

describe('toCsv', () => {
  it('writes a BOM and the header row, and nothing else, for no actions', () => {
    const csv = toCsv([]);
    expect(csv).toBe(`\uFEFF${HEADER.join(',')}\r\n`);
  });

  it('writes every field of an action in the header order', () => {
    const action = makeAction({
      id: 'wiki:1:7',
      text: 'Book the room',
      assignees: [{ name: 'Cristián Silva', username: 'csilva' }, { name: 'Zoë Ng' }],
      due: '2026-03-06',
      status: 'done',
      completedAt: '2026-03-05T09:30:00.000Z',
      topic: 'Logistics',
      note: 'Room 4B',
    });
    expect(parse(toCsv([action]))).toEqual([
      HEADER,
      [
        'done',
        'Book the room',
        'Cristián Silva; Zoë Ng',
        '2026-03-06',
        '2026-03-05T09:30:00.000Z',
        '2026-03-02',
        'Logistics',
        'Team sync',
        'https://wiki.example.org/pages/viewpage.action?pageId=1001',
        'Room 4B',
        'wiki:1:7',
      ],
    ]);
  });

  it('leaves the cells of unknown facts empty (no due date, open, no topic)', () => {
    const [, row] = parse(toCsv([makeAction({ meetingDate: undefined, sourcePage: { title: 'Notes' } })]));
    expect(row).toEqual(['open', 'Send the minutes', '', '', '', '', '', 'Notes', '', '', 'wiki.example.org:1001:1']);
  });

  it.each(AWKWARD_TEXTS)('round-trips a text with %s through a real CSV parser', (_, text) => {
    const rows = parse(toCsv([makeAction({ text, note: text, topic: text })]));
    expect(rows).toHaveLength(2);
    expect(rows[1]![1]).toBe(text);
    expect(rows[1]![6]).toBe(text);
    expect(rows[1]![9]).toBe(text);
  });

  it('ends every record with CRLF, as RFC 4180 writes it', () => {
    const csv = toCsv([makeAction(), makeAction({ id: 'b' })]);
    expect(csv.split('\r\n')).toHaveLength(4);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes a field holding a quote, a comma or a line break, and doubles inner quotes', () => {
    const csv = toCsv([makeAction({ text: 'Say "hi", then\nleave' })]);
    expect(csv).toContain(',"Say ""hi"", then\nleave",');
  });
});

describe('csvCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1:A9)', "'+SUM(A1:A9)"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindented', `"'\tindented"`],
    ['\0=1+1', `'\0=1+1`],
    ['\rcmd', `"'\rcmd"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ])('guards the formula start of %j so a spreadsheet shows it as text', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['Send the minutes', 'Send the minutes'],
    ['2026-03-06', '2026-03-06'],
    ['a = b', 'a = b'],
    ["'quoted'", "'quoted'"],
    ['', ''],
  ])('leaves %j unguarded', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['x;=1+1', '"x;=1+1"'],
    ['a\tb', '"a\tb"'],
  ])('quotes %j, which a reader splitting on semicolons or tabs would cut into a formula', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('guards formula cells inside a whole export, where a spreadsheet sees them', () => {
    const csv = toCsv([makeAction({ text: '=cmd|" /C calc"!A0', note: '@everyone' })]);
    const [, row] = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(row![1]).toBe(`'=cmd|" /C calc"!A0`);
    expect(row![9]).toBe("'@everyone");
  });
});

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toJiraCsv } from '../../lib/export/jira-csv';
import { AWKWARD_TEXTS, makeAction } from '../helpers/make-action';

const HEADER = ['Summary', 'Issue Type', 'Assignee', 'Due date', 'Description', 'Labels', 'Labels'];
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Rows as Jira's importer reads them, formula guard taken off. */
function parse(csv: string): string[][] {
  const result = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data.map((row) => row.map((cell) => cell.replace(/^'(?=[=+\-@\t\r])/, '')));
}

describe('toJiraCsv', () => {
  it('starts with the header row and no BOM, so the first column reads exactly "Summary"', () => {
    const csv = toJiraCsv([]);
    expect(csv).toBe(`${HEADER.join(',')}\r\n`);
    expect(parse(csv)).toEqual([HEADER]);
  });

  it('writes a Task with due date, description, and the agendum and series labels', () => {
    const action = makeAction({
      text: 'Draft the release plan',
      assignees: [{ name: 'Cristián Silva', username: 'csilva' }, { name: 'Zoë Ng' }],
      due: '2026-03-06',
      topic: 'Release',
      note: 'Ask QA first',
      series: 'Équipe Sync — Weekly',
    });
    const [, row] = parse(toJiraCsv([action]));
    expect(row).toEqual([
      'Draft the release plan',
      'Task',
      '',
      '2026-03-06',
      [
        'Draft the release plan',
        '',
        'Assignees: Cristián Silva, Zoë Ng',
        'Meeting: Team sync (2026-03-02)',
        'Topic: Release',
        'Note: Ask QA first',
        'Source: https://wiki.example.org/pages/viewpage.action?pageId=1001',
      ].join('\n'),
      'agendum',
      'equipe-sync-weekly',
    ]);
  });

  it.each([
    ['an email username', [{ name: 'Zoë Ng', username: 'zoe.ng@example.org' }], 'zoe.ng@example.org'],
    [
      'the first email among several people',
      [
        { name: 'A', username: 'a' },
        { name: 'B', username: 'b@example.org' },
      ],
      'b@example.org',
    ],
    ['a plain username', [{ name: 'Zoë Ng', username: 'zng' }], ''],
    ['a name only', [{ name: 'zoe@example.org' }], ''],
    ['nobody', [], ''],
  ])('fills Assignee from %s', (_, assignees, expected) => {
    const [, row] = parse(toJiraCsv([makeAction({ assignees })]));
    expect(row![2]).toBe(expected);
  });

  it.each([
    ['Team Sync', 'team-sync'],
    ['  DMLT / weekly  ', 'dmlt-weekly'],
    ['Réunion d’équipe', 'reunion-d-equipe'],
    ['週次ミーティング', '週次ミーティング'],
    ['---', ''],
  ])('turns the series %j into the label %j', (series, label) => {
    const [, row] = parse(toJiraCsv([makeAction({ series })]));
    expect(row!.slice(5)).toEqual(['agendum', label]);
  });

  it('leaves the second label and the due date empty when there is no series and no due date', () => {
    const [, row] = parse(toJiraCsv([makeAction()]));
    expect(row).toHaveLength(7);
    expect([row![3], row![6]]).toEqual(['', '']);
  });

  it.each(AWKWARD_TEXTS)(
    'keeps a text with %s whole in Description and on one line of at most 255 characters in Summary',
    (_, text) => {
      const [, row] = parse(toJiraCsv([makeAction({ text })]));
      const summary = row![0]!;
      expect(summary).not.toMatch(/[\r\n]/);
      expect(summary.length).toBeLessThanOrEqual(255);
      expect(summary).not.toMatch(LONE_SURROGATE);
      // What Jira's wiki renderer shows: each escaped character as itself.
      expect(row![4]!.replace(/\\(.)/gs, '$1').startsWith(`${text}\n\n`)).toBe(true);
      const oneLine = text.replace(/\s+/g, ' ');
      expect(summary).toBe(oneLine.length <= 255 ? oneLine : `${oneLine.slice(0, 254)}…`);
    },
  );

  it('cuts a long summary before an emoji rather than through it', () => {
    const text = `${'x'.repeat(253)}😀😀`;
    const [, row] = parse(toJiraCsv([makeAction({ text })]));
    expect(row![0]).toBe(`${'x'.repeat(253)}…`);
  });

  it('guards a summary that starts like a formula', () => {
    const [, row] = Papa.parse<string[]>(toJiraCsv([makeAction({ text: '+1 the proposal' })]), {
      skipEmptyLines: true,
    }).data;
    expect(row![0]).toBe("'+1 the proposal");
  });
});

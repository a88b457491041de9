import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/export/csv';
import {
  EXPORT_FORMAT_LIST,
  exportFileName,
  leftOutOf,
  type ActionExportFormat,
  type ExportFormat,
} from '../../lib/export/format-list';
import { renderExport } from '../../lib/export/formats';
import { toICalendar } from '../../lib/export/ics';
import { toJiraCsv } from '../../lib/export/jira-csv';
import { toMarkdown } from '../../lib/export/markdown';
import { toTodoistCsv } from '../../lib/export/todoist-csv';
import { makeAction } from '../helpers/make-action';

const NOW = new Date('2026-11-28T08:00:00Z');
const ACTIONS = [makeAction({ due: '2026-11-30' }), makeAction({ id: 'b', text: 'Done one', status: 'done' })];

describe('renderExport', () => {
  it.each<[ActionExportFormat, string]>([
    ['csv', toCsv(ACTIONS)],
    ['ics', toICalendar(ACTIONS, { now: NOW })],
    ['ics-events', toICalendar(ACTIONS, { now: NOW, events: true })],
    ['md', toMarkdown(ACTIONS)],
    ['jira-csv', toJiraCsv(ACTIONS)],
    ['todoist-csv', toTodoistCsv(ACTIONS)],
  ])('renders %s with its export function', (format, expected) => {
    expect(renderExport(format, ACTIONS, { now: NOW })).toBe(expected);
  });

  it('writes Markdown owners in the style asked for', () => {
    const owned = [makeAction({ assignees: [{ name: 'Ana Lima' }] })];
    expect(renderExport('md', owned, { now: NOW, mentions: 'code' })).toBe(toMarkdown(owned, { mentions: 'code' }));
    expect(renderExport('md', owned, { now: NOW, mentions: 'code' })).toContain('`Ana Lima`');
  });
});

describe('EXPORT_FORMAT_LIST', () => {
  it('lists every format once, the backup last', () => {
    const ids = EXPORT_FORMAT_LIST.map((format) => format.id);
    expect(ids.length).toBeGreaterThan(5);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.at(-1)).toBe('json');
  });

  it.each(EXPORT_FORMAT_LIST.map((info) => [info.id, info] as const))(
    'describes %s with a label, an extension and a UTF-8 MIME type',
    (_, info) => {
      expect(info.label).not.toBe('');
      expect(info.extension).toMatch(/^[a-z]+$/);
      expect(info.mime).toMatch(/^(?:text\/[a-z]+|application\/json);charset=utf-8$/);
    },
  );
});

describe('exportFileName', () => {
  it.each<[ExportFormat, string]>([
    ['csv', 'agendum-actions-2026-11-28.csv'],
    ['ics', 'agendum-actions-2026-11-28.ics'],
    ['ics-events', 'agendum-actions-2026-11-28-events.ics'],
    ['md', 'agendum-actions-2026-11-28.md'],
    ['jira-csv', 'agendum-actions-2026-11-28-jira.csv'],
    ['todoist-csv', 'agendum-actions-2026-11-28-todoist.csv'],
    ['json', 'agendum-actions-2026-11-28.json'],
  ])('names a %s export %s', (format, name) => {
    expect(exportFileName(format, '2026-11-28')).toBe(name);
  });
});

describe('leftOutOf', () => {
  const undated = (text: string) => makeAction({ id: text, text, due: null });

  it('says which actions the all-day events leave out, and why, as rendered', () => {
    const actions = [makeAction({ id: 'a', due: '2026-12-01' }), undated('Send the minutes')];
    expect(leftOutOf('ics-events', actions)).toEqual({
      count: 1,
      text: '1 action without a due date is not in the calendar file: “Send the minutes”.',
    });
    // The file really holds only the dated one.
    expect(renderExport('ics-events', actions, { now: NOW }).match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('names two and counts the rest', () => {
    expect(leftOutOf('ics-events', [undated('A'), undated('B'), undated('C')])?.text).toBe(
      '3 actions without a due date are not in the calendar file: “A”, “B” and 1 more.',
    );
  });

  it.each(['csv', 'ics', 'md', 'jira-csv', 'json'])('says nothing for %s, which keeps every action', (format) => {
    expect(leftOutOf(format, [undated('A')])).toBeUndefined();
  });
});

describe('an action written by a hostile page, in every export', () => {
  const script = 'JavaScript :alert(document.domain)';
  const hostile = makeAction({
    id: `https://evil.example/javascript:x|${script}`,
    text: `[click|javascript:alert(1)] {html}<script>alert(1)</script>{html} [~admin] !http://evil.example/x.png! ${script}\nh1. Big`,
    due: '2026-03-06',
    assignees: [{ name: `java\tscript:alert(1)` }],
    topic: 'vbscript:msgbox(1)',
    note: `h1. ${script}`,
    series: script,
    sourcePage: { title: script, url: 'javascript:alert(1)//https://wiki.example.org/' },
  });

  it.each(EXPORT_FORMAT_LIST.filter((format) => format.id !== 'json').map((format) => format.id as ActionExportFormat))(
    '%s holds no script address',
    (format) => {
      const text = renderExport(format, [hostile], { now: NOW });
      expect(text).not.toMatch(/(java|vb)\s*script\s*:/i);
      expect(text).toContain('alert(1)');
    },
  );

  it('escapes Jira wiki markup in the description, so Jira shows the text and runs nothing', () => {
    const description = Papa.parse<string[]>(toJiraCsv([hostile]), { skipEmptyLines: true }).data[1]![4]!;
    expect(description).toContain(
      '\\[click\\|javascript\uFF1Aalert(1)\\] \\{html\\}<script>alert(1)</script>\\{html\\} \\[\\~admin\\] \\!http://evil.example/x.png\\!',
    );
    expect(description).toContain('JavaScript \uFF1Aalert(document.domain)\nh1\\. Big');
  });
});

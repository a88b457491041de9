// Actions for tests: one with sensible defaults, and the texts every export must survive.
import type { Action } from '../../lib/model/action';

/** An open action with no one assigned and no due date, from one meeting page; override what the test is about. */
export function makeAction(overrides: Partial<Action> = {}): Action {
  return {
    id: 'wiki.example.org:1001:1',
    text: 'Send the minutes',
    assignees: [],
    due: null,
    status: 'open',
    mine: false,
    origin: 'inline-task',
    sourcePage: { id: '1001', title: 'Team sync', url: 'https://wiki.example.org/pages/viewpage.action?pageId=1001' },
    meetingDate: '2026-03-02',
    gone: false,
    ...overrides,
  };
}

/** Task texts that break naive writers: [what it is, the text]. */
export const AWKWARD_TEXTS: [string, string][] = [
  ['accents', 'Cristián and Zoë to review the São Paulo budget'],
  ['commas', 'Order chairs, tables, and a projector'],
  ['double quotes', 'Rename the "Q3 plan" page to "Roadmap"'],
  ['semicolons', 'Merge branches; then tag; then deploy'],
  ['backslashes', 'Clean C:\\temp\\agendum\\ and \\\\server\\share'],
  ['a line break', 'First line\nsecond line'],
  ['a CRLF line break', 'First line\r\nsecond line'],
  ['emoji', 'Ship it 🚀 and celebrate 👩🏽‍💻🎉'],
  ['Markdown and HTML', '[x] foo *bar* _baz_ `code` <script>alert(1)</script> ~~no~~ | a | # h &amp; ![i](j)'],
  ['a leading dash', '- follow up with legal'],
  ['a leading formula', '=HYPERLINK("http://evil.example","click")'],
  ['5,000 characters', 'Very long action item with ünïcödé and 🚀 emoji, '.repeat(100).padEnd(5000, 'x')],
];

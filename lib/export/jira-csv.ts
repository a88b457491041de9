// A CSV for Jira's CSV importer (Summary, Issue Type, Assignee, Due date, Description, Labels).
// Pure; written with the same cell rules as csv.ts. https://support.atlassian.com/jira-software-cloud/docs/prepare-a-csv-file-for-import
import type { Action } from '../model/action';
import { csvRow } from './csv';
import { actionDetails, exportable, oneLine, webUrl } from './details';

// No BOM: this file is read by Jira's import wizard, which is told the encoding (UTF-8 by default) instead of
// guessing it like Excel; and an importer that does not strip a BOM reads the first header as "\uFEFFSummary",
// which loses the one column Jira requires.
const HEADER = ['Summary', 'Issue Type', 'Assignee', 'Due date', 'Description', 'Labels', 'Labels'];

/** Jira's summary field holds at most 255 characters (UTF-16 units, as Java counts). */
const SUMMARY_MAX = 255;

function summary(text: string): string {
  const line = oneLine(text);
  if (line.length <= SUMMARY_MAX) return line;
  let cut = SUMMARY_MAX - 1;
  // Never leave half of a surrogate pair (an emoji) before the ellipsis.
  if (/[\uD800-\uDBFF]/.test(line.charAt(cut - 1))) cut--;
  return `${line.slice(0, cut)}…`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Jira Cloud maps users by email only, so a wiki username is used just when it is one. */
function assigneeEmail(action: Action): string {
  return action.assignees.find((p) => p.username !== undefined && EMAIL.test(p.username))?.username ?? '';
}

/**
 * A Jira label for the meeting series: labels cannot hold spaces. Accents come off Latin letters only, since
 * in other scripts a combining mark is part of the letter (Japanese グ is ク plus a mark).
 */
function seriesLabel(series: string | undefined): string {
  if (!series) return '';
  return series
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

// Jira renders Description as wiki markup: these start formatting, links ([text|url]), mentions ([~name]),
// images (!x!), macros ({html}, {color}), tables (|) and lists (#, * at a line start); a backslash before
// each makes it plain text. https://jira.atlassian.com/secure/WikiRendererHelpAction.jspa?section=all
const WIKI_SPECIAL = /[\\*_?+^~{}[\]!|#]/g;
// A dash strikes text through (-gone-) or starts a list only beside a space or a line's end: "2026-03-02" stays.
const WIKI_DASH = /(^|\s)-|-(?=\s|$)/gm;
// Line-start block markers other than punctuation: headings (h1.), quotes (bq.).
const WIKI_BLOCK = /^(\s*)(h[1-6]|bq)\./gm;

/** Page text as Jira wiki markup that shows exactly that text. */
export function wikiText(text: string): string {
  return text
    .replace(WIKI_SPECIAL, '\\$&')
    .replace(WIKI_DASH, (_, space: string | undefined) => `${space ?? ''}\\-`)
    .replace(WIKI_BLOCK, '$1$2\\.');
}

/** The description: the text and its details as plain wiki text, and the page's address as a link Jira makes itself. */
function description(action: Action): string {
  const url = webUrl(action.sourcePage.url);
  const details = actionDetails({ ...action, sourcePage: { ...action.sourcePage, url: undefined } }).map(wikiText);
  // Jira links a bare http(s) address; one holding `|`, `[` or `]` would end a link early, so those are encoded.
  const source = url
    ? [`Source: ${url.replace(/[|[\]{}!]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)}`]
    : [];
  return [wikiText(action.text), '', ...details, ...source].join('\n');
}

/** One Task issue per action; dates as `yyyy-MM-dd`, the format to enter in the import wizard. */
export function toJiraCsv(actions: Action[]): string {
  const rows = actions
    .map(exportable)
    .map((a) =>
      csvRow([
        summary(a.text),
        'Task',
        assigneeEmail(a),
        a.due ?? '',
        description(a),
        'agendum',
        seriesLabel(a.series),
      ]),
    );
  return csvRow(HEADER) + rows.join('');
}

// The one list of export formats: their ids, the words the popup's menu and the options page show, file
// extensions and MIME types. Metadata only, so settings and the options page name formats without pulling
// in a renderer; `renderExport` (formats.ts) turns actions into a file's text.
import type { Action } from '../model/action';
import type { IsoDate } from '../model/page';

export const EXPORT_FORMAT_LIST = [
  { id: 'csv', label: 'CSV (spreadsheet)', extension: 'csv', mime: 'text/csv;charset=utf-8' },
  { id: 'ics', label: 'Calendar to-dos (.ics)', extension: 'ics', mime: 'text/calendar;charset=utf-8' },
  {
    id: 'ics-events',
    label: 'Due dates as all-day events (.ics)',
    extension: 'ics',
    mime: 'text/calendar;charset=utf-8',
    suffix: '-events',
  },
  { id: 'md', label: 'Markdown task list', extension: 'md', mime: 'text/markdown;charset=utf-8' },
  { id: 'jira-csv', label: 'Jira CSV import', extension: 'csv', mime: 'text/csv;charset=utf-8', suffix: '-jira' },
  {
    id: 'todoist-csv',
    label: 'Todoist project (CSV, open actions)',
    extension: 'csv',
    mime: 'text/csv;charset=utf-8',
    suffix: '-todoist',
  },
  // The store's own backup: the extension renders it from the store, the CLI prints extractions instead.
  { id: 'json', label: 'JSON (Agendum backup)', extension: 'json', mime: 'application/json;charset=utf-8' },
] as const satisfies readonly ExportFormatInfo[];

export interface ExportFormatInfo {
  id: string;
  /** What the Export menu shows. */
  label: string;
  /** The file extension, without the dot. */
  extension: string;
  /** The MIME type for the saved Blob, charset included. */
  mime: string;
  /** Set where another format shares the extension, so both files can sit side by side. */
  suffix?: string;
}

export type ExportFormat = (typeof EXPORT_FORMAT_LIST)[number]['id'];
/** The formats rendered from actions alone (everything but the store's backup). */
export type ActionExportFormat = Exclude<ExportFormat, 'json'>;

/**
 * How the Markdown export writes owners and `@handles`: GitHub turns `@word` into a mention that notifies
 * whoever holds that account, so plain names and code spans are there for pasting into GitHub.
 */
export const MENTION_STYLES = ['plain', 'code', 'at'] as const;
export type MentionStyle = (typeof MENTION_STYLES)[number];

export const MENTION_STYLE_LABELS: Record<MentionStyle, string> = {
  plain: 'Plain names (Ana Lima): pings nobody on GitHub',
  code: 'Code spans (`Ana Lima`): pings nobody on GitHub',
  at: '@mentions (@Ana Lima): GitHub notifies whoever has that name',
};

export const EXPORT_FORMAT_IDS = EXPORT_FORMAT_LIST.map((format) => format.id) as [ExportFormat, ...ExportFormat[]];

export function isExportFormat(id: string): id is ExportFormat {
  return (EXPORT_FORMAT_IDS as readonly string[]).includes(id);
}

export function exportFormatInfo(id: ExportFormat): ExportFormatInfo {
  return EXPORT_FORMAT_LIST.find((format) => format.id === id)!;
}

/** `agendum-actions-2026-11-28.ics`, `…-events.ics`, `…-jira.csv`, `….json`. */
export function exportFileName(format: ExportFormat, today: IsoDate): string {
  const info = exportFormatInfo(format);
  return `agendum-actions-${today}${info.suffix ?? ''}.${info.extension}`;
}

/** The actions a format leaves out of its file, and why, said for the person who exported them. */
export interface LeftOut {
  count: number;
  /** "1 action without a due date is not in the calendar file: “Send the minutes”." */
  text: string;
}

/** Which of `actions` `format` leaves out (all-day events need a day), or undefined when the file holds them all. */
export function leftOutOf(format: string, actions: readonly Pick<Action, 'due' | 'text'>[]): LeftOut | undefined {
  if (format !== 'ics-events') return undefined;
  const undated = actions.filter((action) => action.due === null);
  if (undated.length === 0) return undefined;
  const named = undated
    .slice(0, 2)
    .map(({ text }) => `“${text.length > 50 ? `${text.slice(0, 47)}…` : text}”`)
    .join(', ');
  const more = undated.length > 2 ? ` and ${undated.length - 2} more` : '';
  const which =
    undated.length === 1 ? '1 action without a due date is' : `${undated.length} actions without a due date are`;
  return { count: undated.length, text: `${which} not in the calendar file: ${named}${more}.` };
}

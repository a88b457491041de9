// The one list of export formats: what the popup's Export menu offers and the CLI's --format prints.
// Pure; JSON (the store's backup format) is not here, but gets its file name here.
import type { Action } from '../model/action';
import type { IsoDate } from '../model/page';
import { toCsv } from './csv';
import { toICalendar } from './ics';
import { toJiraCsv } from './jira-csv';
import { toMarkdown } from './markdown';

export type ExportFormat = 'csv' | 'ics' | 'ics-events' | 'md' | 'jira-csv';

export interface ExportFormatInfo {
  /** What the Export menu shows. */
  label: string;
  /** The file extension, without the dot. */
  extension: string;
  /** The MIME type for the saved Blob, charset included. */
  mime: string;
  /** The file's whole text; `now` stamps formats that record when they were made. */
  render(actions: Action[], ctx: { now: Date }): string;
}

export const EXPORT_FORMATS: Record<ExportFormat, ExportFormatInfo> = {
  csv: { label: 'CSV (spreadsheet)', extension: 'csv', mime: 'text/csv;charset=utf-8', render: (actions) => toCsv(actions) },
  ics: {
    label: 'Calendar to-dos (.ics)',
    extension: 'ics',
    mime: 'text/calendar;charset=utf-8',
    render: (actions, { now }) => toICalendar(actions, { now }),
  },
  'ics-events': {
    label: 'Due dates as all-day events (.ics)',
    extension: 'ics',
    mime: 'text/calendar;charset=utf-8',
    render: (actions, { now }) => toICalendar(actions, { now, events: true }),
  },
  md: { label: 'Markdown task list', extension: 'md', mime: 'text/markdown;charset=utf-8', render: (actions) => toMarkdown(actions) },
  'jira-csv': { label: 'Jira CSV import', extension: 'csv', mime: 'text/csv;charset=utf-8', render: (actions) => toJiraCsv(actions) },
};

/** Formats that share an extension with another get a word in the name, so both files can sit side by side. */
const NAME_SUFFIX: Partial<Record<ExportFormat, string>> = { 'ics-events': '-events', 'jira-csv': '-jira' };

/** `agendum-actions-2026-11-28.ics`, `…-events.ics`, `…-jira.csv`, `….json`. */
export function exportFileName(format: ExportFormat | 'json', today: IsoDate): string {
  const extension = format === 'json' ? 'json' : EXPORT_FORMATS[format].extension;
  const suffix = format === 'json' ? '' : (NAME_SUFFIX[format] ?? '');
  return `agendum-actions-${today}${suffix}.${extension}`;
}

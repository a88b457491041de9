// Renders actions in each export format of the list (format-list.ts): what the popup's Export menu saves
// and the CLI's --format prints. Pure; the store's JSON backup is rendered by the store.
import type { Action } from '../model/action';
import { toCsv } from './csv';
import type { ActionExportFormat, MentionStyle } from './format-list';
import { toICalendar } from './ics';
import { toJiraCsv } from './jira-csv';
import { toMarkdown } from './markdown';
import { toTodoistCsv } from './todoist-csv';

/** What a renderer may need besides the actions: the time now, and how Markdown writes owners (default plain names). */
export interface ExportContext {
  now: Date;
  mentions?: MentionStyle;
}

type Renderer = (actions: Action[], ctx: ExportContext) => string;

const RENDERERS: Record<ActionExportFormat, Renderer> = {
  csv: (actions) => toCsv(actions),
  ics: (actions, { now }) => toICalendar(actions, { now }),
  'ics-events': (actions, { now }) => toICalendar(actions, { now, events: true }),
  md: (actions, { mentions }) => toMarkdown(actions, { mentions }),
  'jira-csv': (actions) => toJiraCsv(actions),
  'todoist-csv': (actions) => toTodoistCsv(actions),
};

/** The file's whole text; `now` stamps formats that record when they were made. */
export function renderExport(format: ActionExportFormat, actions: Action[], ctx: ExportContext): string {
  return RENDERERS[format](actions, ctx);
}

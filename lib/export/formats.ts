// Renders actions in each export format of the list (format-list.ts): what the popup's Export menu saves
// and the CLI's --format prints. Pure; the store's JSON backup is rendered by the store.
import type { Action } from '../model/action';
import { toCsv } from './csv';
import type { ActionExportFormat } from './format-list';
import { toICalendar } from './ics';
import { toJiraCsv } from './jira-csv';
import { toMarkdown } from './markdown';

type Renderer = (actions: Action[], ctx: { now: Date }) => string;

const RENDERERS: Record<ActionExportFormat, Renderer> = {
  csv: (actions) => toCsv(actions),
  ics: (actions, { now }) => toICalendar(actions, { now }),
  'ics-events': (actions, { now }) => toICalendar(actions, { now, events: true }),
  md: (actions) => toMarkdown(actions),
  'jira-csv': (actions) => toJiraCsv(actions),
};

/** The file's whole text; `now` stamps formats that record when they were made. */
export function renderExport(format: ActionExportFormat, actions: Action[], ctx: { now: Date }): string {
  return RENDERERS[format](actions, ctx);
}

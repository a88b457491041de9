// What every export says about an action besides its text: the meeting, the people, the source page; and
// the action as every export may write it. Pure: strings in, strings out; each format does its own escaping.
import type { Action } from '../model/action';
import type { Person } from '../model/page';

// A script address as text: `javascript:` and `vbscript:`, with the spaces and line breaks a browser skips.
const SCRIPT_SCHEME = /\b(java|vb)([\t\n\r ]*)(script)([\t\n\r ]*):/gi;

/** `text` with any script address made inert (its colon becomes a full-width one): programs opening an export may follow links. */
export function inert(text: string): string {
  return text.replace(SCRIPT_SCHEME, '$1$2$3$4\uFF1A');
}

/**
 * The action as exports write it: every text inert, the page address only when it is an http(s) one. Page
 * text reaches other programs through exports; none of it may become a script link there.
 */
export function exportable(action: Action): Action {
  const person = (p: Person): Person => ({ ...p, name: inert(p.name) });
  const url = webUrl(action.sourcePage.url)?.replace(SCRIPT_SCHEME, '$1$2$3$4%3A');
  const optional = <K extends 'note' | 'topic' | 'series'>(key: K) =>
    action[key] === undefined ? {} : { [key]: inert(action[key]!) };
  return {
    ...action,
    id: inert(action.id),
    text: inert(action.text),
    assignees: action.assignees.map(person),
    sourcePage: {
      ...(action.sourcePage.id ? { id: inert(action.sourcePage.id) } : {}),
      title: inert(action.sourcePage.title),
      ...(url ? { url } : {}),
    },
    ...optional('note'),
    ...optional('topic'),
    ...optional('series'),
  };
}

/** The page's title with the meeting date, as headings and descriptions name a meeting. */
export function meetingLabel(action: Action): string {
  const title = action.sourcePage.title.trim() || 'Untitled page';
  return action.meetingDate ? `${title} (${action.meetingDate})` : title;
}

/** One line per known fact (assignees, meeting, topic, note, source URL), for description fields. */
export function actionDetails(action: Action): string[] {
  const lines: string[] = [];
  if (action.assignees.length) lines.push(`Assignees: ${action.assignees.map((p) => p.name).join(', ')}`);
  lines.push(`Meeting: ${meetingLabel(action)}`);
  if (action.topic) lines.push(`Topic: ${action.topic}`);
  if (action.note) lines.push(`Note: ${action.note}`);
  if (action.sourcePage.url) lines.push(`Source: ${action.sourcePage.url}`);
  return lines;
}

/** The text on one line, for fields that cannot hold a line break (a Jira summary, a Markdown list item). */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The URL, normalised, when it is an http(s) address; anything else (javascript:, file:, garbage) is not
 * made into a link, because exports are opened by other programs that may follow it.
 */
export function webUrl(url: string | undefined): string | undefined {
  if (!url || !URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}

/** `@word` as GitHub mentions and Todoist labels read it: an `@` at the start of a word, before a letter or digit. */
const AT_HANDLE = /(^|[^\p{L}\p{N}_`])@(?=[\p{L}\p{N}])/gu;

/**
 * The text with every `@handle` turned into something that neither notifies anyone nor adds a label: the
 * full-width at sign (＠, U+FF20) reads the same to a person and is no `@` to GitHub or Todoist.
 */
export function withoutMentions(text: string): string {
  return text.replace(AT_HANDLE, '$1＠');
}

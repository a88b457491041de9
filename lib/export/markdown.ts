// A GitHub-flavoured Markdown task list of actions, one `## page (meeting date)` section per meeting.
// Pure. Page text is untrusted: it is escaped so it stays text and can neither add structure nor HTML.
import type { Action } from '../model/action';
import { exportable, meetingLabel, oneLine, webUrl } from './details';

// Every character that can start inline markup: emphasis, code, links/images, HTML and autolinks, entities,
// strikethrough, table cells, heading closers. CommonMark lets any ASCII punctuation be backslash-escaped.
// Bare web addresses are left for GFM to autolink: useful, and such links only lead to http(s)/mailto.
const INLINE_SPECIAL = /[\\`*_[\]<>&~|#]/g;

function escapeText(value: string): string {
  return oneLine(value).replace(INLINE_SPECIAL, '\\$&');
}

/** `<…>` destination: keeps `)` and spaces from ending the link; `\` and `&` escaped so they stay literal. */
function link(url: string): string {
  return `([page](<${url.replace(/[\\&<>]/g, '\\$&')}>))`;
}

function line(action: Action): string {
  const names = action.assignees.map((p) => `@${escapeText(p.name)}`).join(', ');
  const url = webUrl(action.sourcePage.url);
  return [
    `- [${action.status === 'done' ? 'x' : ' '}] ${escapeText(action.text)}`,
    names && ` — ${names}`,
    action.due && ` 📅 ${action.due}`,
    url && ` ${link(url)}`,
  ].join('');
}

/** Sections in the order their first action appears; the due date uses the Obsidian Tasks `📅` convention. */
export function toMarkdown(actions: Action[]): string {
  const sections = new Map<string, string[]>();
  for (const action of actions.map(exportable)) {
    const heading = `## ${escapeText(meetingLabel(action))}`;
    // Two pages may share a title: the page's address (else id) tells them apart.
    const key = JSON.stringify([action.sourcePage.url ?? action.sourcePage.id ?? '', heading]);
    const section = sections.get(key) ?? [heading, ''];
    section.push(line(action));
    sections.set(key, section);
  }
  return [...sections.values()].map((section) => `${section.join('\n')}\n`).join('\n');
}

// A GitHub-flavoured Markdown task list of actions, one `## page (meeting date)` section per meeting.
// Pure. Page text is untrusted: it is escaped so it stays text and can neither add structure nor HTML.
import type { Action } from '../model/action';
import { exportable, meetingLabel, oneLine, webUrl, withoutMentions } from './details';
import type { MentionStyle } from './format-list';

// Every character that can start inline markup: emphasis, code, links/images, HTML and autolinks, entities,
// strikethrough, table cells, heading closers. CommonMark lets any ASCII punctuation be backslash-escaped.
// Bare web addresses are left for GFM to autolink: useful, and such links only lead to http(s)/mailto.
const INLINE_SPECIAL = /[\\`*_[\]<>&~|#]/g;

function escapeText(value: string): string {
  return oneLine(value).replace(INLINE_SPECIAL, '\\$&');
}

/** A code span around `value`, fenced by one more backtick than the longest run inside it. */
function codeSpan(value: string): string {
  const fence = '`'.repeat(Math.max(0, ...(oneLine(value).match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const padded = /^`|`$/.test(oneLine(value)) ? ` ${oneLine(value)} ` : oneLine(value);
  return `${fence}${padded}${fence}`;
}

/** `<…>` destination: keeps `)` and spaces from ending the link; `\` and `&` escaped so they stay literal. */
function link(url: string): string {
  return `([page](<${url.replace(/[\\&<>]/g, '\\$&')}>))`;
}

/** Owners as the style asks; page text never mentions anyone unless the style is `at`. */
function writer(mentions: MentionStyle): { text: (value: string) => string; owner: (name: string) => string } {
  if (mentions === 'at') return { text: escapeText, owner: (name) => `@${escapeText(name)}` };
  const text = (value: string): string => escapeText(withoutMentions(value));
  return { text, owner: mentions === 'code' ? codeSpan : text };
}

function line(action: Action, write: ReturnType<typeof writer>): string {
  const names = action.assignees.map((p) => write.owner(p.name)).join(', ');
  const url = webUrl(action.sourcePage.url);
  return [
    `- [${action.status === 'done' ? 'x' : ' '}] ${write.text(action.text)}`,
    names && ` — ${names}`,
    action.due && ` 📅 ${action.due}`,
    url && ` ${link(url)}`,
  ].join('');
}

/**
 * Sections in the order their first action appears; the due date uses the Obsidian Tasks `📅` convention.
 * Owners are plain names unless `mentions` says otherwise (GitHub notifies whoever holds an `@name`).
 */
export function toMarkdown(actions: Action[], { mentions = 'plain' }: { mentions?: MentionStyle } = {}): string {
  const write = writer(mentions);
  const sections = new Map<string, string[]>();
  for (const action of actions.map(exportable)) {
    const heading = `## ${write.text(meetingLabel(action))}`;
    // Two pages may share a title: the page's address (else id) tells them apart.
    const key = JSON.stringify([action.sourcePage.url ?? action.sourcePage.id ?? '', heading]);
    const section = sections.get(key) ?? [heading, ''];
    section.push(line(action, write));
    sections.set(key, section);
  }
  return [...sections.values()].map((section) => `${section.join('\n')}\n`).join('\n');
}

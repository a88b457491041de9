// Reading what Confluence's REST answers hold without a DOM (the background has none): a task's HTML as the
// Task Report sends it, a task body in Atlassian Document Format, and the tasks of a page's storage format.
import { isIsoDate } from '../dates/calendar';
import { squash } from '../extract/text';
import type { TaskStatus } from '../model/task';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * The words of an HTML fragment (a Task Report's `taskHtml`): tags dropped, entities decoded, spaces squashed.
 * Dates (`<time>`) are left out, as the page's own reading leaves them out of a task's text.
 */
export function textOfHtml(html: string): string {
  const withoutDates = html.replace(/<time\b[^>]*>[\s\S]*?<\/time>/gi, ' ').replace(/<time\b[^>]*\/>/gi, ' ');
  return squash(decodeEntities(withoutDates.replace(/<[^>]*>/g, ' ')));
}

const USER_MENTION = /<a\b[^>]*\b(?:user-mention|confluence-userlink)\b[^>]*>[\s\S]*?<\/a>/i;

/**
 * The words of a task's HTML as a page read gives them: owners named by a mention before or after the words are
 * left out (they are the task's assignees), a mention inside the sentence stays.
 */
export function taskTextOfHtml(html: string): string {
  let rest = html;
  for (let found = true; found;) {
    found = false;
    for (const match of rest.matchAll(new RegExp(USER_MENTION.source, 'gi'))) {
      const before = textOfHtml(rest.slice(0, match.index));
      const after = textOfHtml(rest.slice(match.index + match[0].length));
      if (before === '' || after === '') {
        rest = `${rest.slice(0, match.index)} ${rest.slice(match.index + match[0].length)}`;
        found = true;
        break;
      }
    }
  }
  return textOfHtml(rest);
}

/**
 * The date of a `<time datetime>` or an API's date-time (`2026-03-06`, `2026-03-06T00:00:00.000Z`), its date part
 * as written (the wiki chose that day; a time zone could move it); null when there is none.
 */
export function dateOfDatetime(value: string): string | null {
  const date = /^(\d{4}-\d{2}-\d{2})(?:T|$)/.exec(value.trim())?.[1];
  return date && isIsoDate(date) ? date : null;
}

/** The first `attribute="value"` of a tag named `tag` in `html`. */
export function attributeIn(html: string, tag: string, attribute: string): string | undefined {
  const match = new RegExp(`<${tag}\\b[^>]*\\s${attribute}="([^"]*)"`, 'i').exec(html);
  return match ? decodeEntities(match[1]!) : undefined;
}

interface AdfNode {
  type?: unknown;
  text?: unknown;
  attrs?: { text?: unknown };
  content?: unknown;
}

/**
 * The words of an ADF document or node as a page read gives them: text, and each mention's name without its `@`
 * except the owners mentioned before or after the words; dates left out.
 */
export function textOfAdf(node: unknown): string {
  const parts: { text: string; mention: boolean }[] = [];
  const walk = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const n = value as AdfNode;
    if (n.type === 'text' && typeof n.text === 'string') parts.push({ text: n.text, mention: false });
    else if (n.type === 'mention' && typeof n.attrs?.text === 'string')
      parts.push({ text: n.attrs.text.replace(/^@/, ''), mention: true });
    else if (n.type === 'hardBreak') parts.push({ text: ' ', mention: false });
    if (Array.isArray(n.content)) n.content.forEach(walk);
  };
  walk(node);
  const blank = (part: { text: string }): boolean => part.text.trim() === '';
  while (parts.length > 0 && (parts[0]!.mention || blank(parts[0]!))) parts.shift();
  while (parts.length > 0 && (parts.at(-1)!.mention || blank(parts.at(-1)!))) parts.pop();
  return squash(parts.map((part) => part.text).join(''));
}

/** One `<ac:task>` of a page's storage format. */
export interface StorageTask {
  /** `<ac:task-id>`: the page's own number for the task. */
  id: string;
  /** `<ac:task-uuid>`, which newer pages have and Cloud's page view shows as `data-task-local-id`. */
  uuid?: string;
  status: TaskStatus;
}

function childText(head: string, tag: string): string | undefined {
  const match = new RegExp(`<ac:${tag}>\\s*([^<]*?)\\s*</ac:${tag}>`).exec(head);
  return match?.[1] ? decodeEntities(match[1]) : undefined;
}

/**
 * Every task of a storage-format document, in document order (nested ones too): each task's own id, uuid and
 * status are the elements before its body, so each `<ac:task>` is read up to its `<ac:task-body>`.
 */
export function storageTasks(xml: string): StorageTask[] {
  return xml
    .split(/<ac:task>/)
    .slice(1)
    .flatMap((part) => {
      const head = part.split(/<ac:task-body\b/)[0]!;
      const id = childText(head, 'task-id');
      if (!id) return [];
      const uuid = childText(head, 'task-uuid');
      const status: TaskStatus = childText(head, 'task-status') === 'complete' ? 'done' : 'open';
      return [uuid ? { id, uuid, status } : { id, status }];
    });
}

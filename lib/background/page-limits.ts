// What one page may have stored, cut to size before the store sees it: each action's text, the number of
// actions, and the lengths of the names and titles a page writes. The cuts a reader would notice come back
// as plain sentences the page panel shows.
import { MAX_ACTIONS_PER_PAGE, MAX_ACTION_TEXT } from '../model/limits';
import type { PageTasks } from '../model/extraction';
import type { Person } from '../model/page';
import type { Task } from '../model/task';
import { withoutBidiControls } from '../people/names';

/** Titles, topics, series and names: a page gets this many characters of each. */
const MAX_LABEL = 500;
const MAX_ASSIGNEES = 20;

export const TOO_MANY_ACTIONS = `This page shows more than ${MAX_ACTIONS_PER_PAGE.toLocaleString('en')} actions: Agendum keeps the first ${MAX_ACTIONS_PER_PAGE.toLocaleString('en')}.`;
export const TEXT_CUT = `Some actions here are longer than ${MAX_ACTION_TEXT.toLocaleString('en')} characters: Agendum keeps the start of each.`;

/** `text` cut to `max` characters, an ellipsis last, never half of a surrogate pair. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 2)) ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/** A person as a page may name them: bounded, and without the characters that reorder text on screen. */
export function boundedPerson(person: Person): Person {
  const clean = (value: string): string => cut(withoutBidiControls(value), MAX_LABEL);
  const bounded: Person = { name: clean(person.name) || '?' };
  for (const key of ['username', 'accountId', 'userKey'] as const) {
    const value = person[key] && clean(person[key]);
    if (value) bounded[key] = value;
  }
  return bounded;
}

function boundedTask(task: Task): Task {
  return {
    ...task,
    text: cut(task.text, MAX_ACTION_TEXT),
    assignees: task.assignees.slice(0, MAX_ASSIGNEES).map(boundedPerson),
    sourcePage: { ...task.sourcePage, title: cut(task.sourcePage.title, MAX_LABEL) },
    ...(task.topic ? { topic: cut(task.topic, MAX_LABEL) } : {}),
  };
}

/** The extraction within what one page may store, and the sentences saying what was cut. */
export function limitExtraction(extraction: PageTasks): { extraction: PageTasks; notices: string[] } {
  const { page, tasks } = extraction;
  const notices: string[] = [];
  if (tasks.length > MAX_ACTIONS_PER_PAGE) notices.push(TOO_MANY_ACTIONS);
  const kept = tasks.slice(0, MAX_ACTIONS_PER_PAGE);
  if (kept.some((task) => task.text.length > MAX_ACTION_TEXT)) notices.push(TEXT_CUT);
  return {
    extraction: {
      ...extraction,
      page: {
        ...page,
        title: cut(page.title, MAX_LABEL),
        ...(page.series ? { series: cut(page.series, MAX_LABEL) } : {}),
        ...(page.viewer ? { viewer: boundedPerson(page.viewer) } : {}),
      },
      tasks: kept.map(boundedTask),
    },
    notices,
  };
}

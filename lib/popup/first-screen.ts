// What the popup draws before it has read every action: each open group's count and first rows, for the
// filter's scope. The store answers them from index ranges (one per group); the few open actions the user
// marked (mine, not mine, hidden) or snoozed past today are read apart and put where the full list puts them. Pure: the
// caller reads the store; `firstScreenOf` gives the same answer from a full list (fakes, and the tests that
// hold the two to agreement).
import { addDays } from '../dates/calendar';
import type { Action } from '../model/action';
import type { IsoDate } from '../model/page';
import { filterActions, type PopupFilter } from './filter-actions';
import { compareActions, groupActions, groupOf, type GroupKey } from './group-actions';

export type OpenGroupKey = Exclude<GroupKey, 'done'>;
export const OPEN_GROUPS: readonly OpenGroupKey[] = ['overdue', 'today', 'week', 'later', 'none'];

/** Rows each group shows before the full list is read: more than fit in the 600 px popup. */
export const FIRST_SCREEN_ROWS = 12;

/** One group before the full list is read: how many actions it holds, and the first of them in order. */
export interface GroupHead {
  count: number;
  actions: Action[];
}

export type FirstScreen = Record<OpenGroupKey, GroupHead>;

/** Only the scope narrows it: the first screen can be read from indexes (series, page and search need every action). */
export function isScopeOnly(filter: PopupFilter): boolean {
  return filter.series === undefined && filter.pageUrl === undefined && (filter.search ?? '').trim() === '';
}

/** Due dates `from` (included) to `to` (excluded), as the store's `openDue` holds them: '' undated, '0' the first date. */
export interface DueSpan {
  from: string;
  to: string;
}

/** Each open group's due dates, matching `dueBucket`. */
export function groupSpans(today: IsoDate): Record<OpenGroupKey, DueSpan> {
  const tomorrow = addDays(today, 1);
  const nextWeek = addDays(today, 8);
  return {
    overdue: { from: '0', to: today },
    today: { from: today, to: tomorrow },
    week: { from: tomorrow, to: nextWeek },
    later: { from: nextWeek, to: '\uffff' },
    none: { from: '', to: '0' },
  };
}

/** A task the user marked, as the first screen needs it. */
export interface MarkedAction {
  id: string;
  /** As the user sees it; undefined when it is hidden (listed nowhere). */
  action: Action | undefined;
  /** The group whose index range counted it (for the screen's scope), if any. */
  countedIn: OpenGroupKey | undefined;
}

/** One group's index range for the screen's scope: its count, and its first rows (at least the limit plus the marked ones it counted). */
export type GroupSlices = Record<OpenGroupKey, GroupHead>;

/**
 * The first screen from each group's index range and the marked tasks: a marked task is taken out of the
 * range that counted it and put in the group the full list puts it in, if it shows there at all.
 */
export function combineFirstScreen(
  slices: GroupSlices,
  marked: readonly MarkedAction[],
  today: IsoDate,
  scope: PopupFilter['scope'],
  rows: number,
): FirstScreen {
  const markedIds = new Set(marked.map((task) => task.id));
  const shown = filterActions(
    marked.flatMap((task) => (task.action && task.action.status === 'open' ? [task.action] : [])),
    { scope },
  );
  const screen = {} as FirstScreen;
  for (const key of OPEN_GROUPS) {
    const placed = shown.filter((action) => groupOf(action, today) === key);
    const counted = marked.filter((task) => task.countedIn === key).length;
    const actions = [...slices[key].actions.filter((action) => !markedIds.has(action.id)), ...placed]
      .sort(compareActions)
      .slice(0, rows);
    screen[key] = { count: slices[key].count - counted + placed.length, actions };
  }
  return screen;
}

/** The same first screen from every action (what a fake or a test has). */
export function firstScreenOf(
  actions: readonly Action[],
  today: IsoDate,
  scope: PopupFilter['scope'],
  rows: number,
): FirstScreen {
  const groups = groupActions(filterActions(actions, { scope }), today);
  const screen = {} as FirstScreen;
  for (const key of OPEN_GROUPS) screen[key] = { count: groups[key].length, actions: groups[key].slice(0, rows) };
  return screen;
}

/**
 * The first screen after the user's edits in this popup (`edits` by action id): an edited action leaves its
 * group, and joins the open group it now belongs in, if the scope shows it.
 */
export function screenWithEdits(
  screen: FirstScreen,
  edits: Record<string, Partial<Action>>,
  today: IsoDate,
  scope: PopupFilter['scope'],
): FirstScreen {
  if (Object.keys(edits).length === 0) return screen;
  const result = Object.fromEntries(
    OPEN_GROUPS.map((key) => [key, { ...screen[key], actions: [...screen[key].actions] }]),
  ) as FirstScreen;
  for (const key of OPEN_GROUPS) {
    for (const action of screen[key].actions) {
      const edit = edits[action.id];
      if (edit === undefined) continue;
      const after = { ...action, ...edit };
      const from = result[key];
      from.actions = from.actions.filter((shown) => shown.id !== action.id);
      from.count -= 1;
      const to = groupOf(after, today);
      if (to === 'done' || filterActions([after], { scope }).length === 0) continue;
      result[to].actions = [...result[to].actions, after].sort(compareActions);
      result[to].count += 1;
    }
  }
  return result;
}

// The popup's first screen read from the store: per open group, a count and the first rows from one index
// range, and the few user-marked tasks read apart and put where the full list puts them (first-screen.ts).
import { actionOf } from '../actions/action-of';
import type { Identity } from '../model/identity';
import type { IsoDate } from '../model/page';
import { inOpenSlice, openDueSlice, readerKeys, snoozedPast, userMarkedTasks, type AgendumDb } from '../store';
import type { PopupFilter } from '../popup/filter-actions';
import {
  combineFirstScreen,
  FIRST_SCREEN_ROWS,
  groupSpans,
  OPEN_GROUPS,
  type FirstScreen,
  type GroupHead,
  type GroupSlices,
  type MarkedAction,
  type OpenGroupKey,
} from '../popup/first-screen';

/**
 * The open groups for `scope`: each group's index range, with the few user-marked tasks put where the list
 * puts them. The ranges and the marked tasks are read at once; a range is read again, further, only when
 * marked tasks taken out of it leave it short of rows.
 */
export async function readFirstScreen(
  db: AgendumDb,
  today: IsoDate,
  scope: PopupFilter['scope'],
  identities: Identity[],
  rows = FIRST_SCREEN_ROWS,
): Promise<FirstScreen> {
  const spans = groupSpans(today);
  const keys = scope === 'mine' ? readerKeys(identities) : undefined;
  const read = async (key: OpenGroupKey, limit: number): Promise<GroupHead> => {
    const slice = await openDueSlice(db, spans[key], limit, keys);
    return { count: slice.count, actions: slice.tasks.map((task) => actionOf(task, identities)) };
  };
  const [claimed, snoozed, ...first] = await Promise.all([
    userMarkedTasks(db, ['mine', 'not-mine', 'hidden']),
    snoozedPast(db, today),
    ...OPEN_GROUPS.map((key) => read(key, rows)),
  ]);
  const markedTasks = [...new Map([...claimed.tasks, ...snoozed.tasks].map((task) => [task.id, task])).values()];
  const marked: MarkedAction[] = markedTasks.map((task) => ({
    id: task.id,
    action: task.user.hidden ? undefined : actionOf(task, identities),
    countedIn: OPEN_GROUPS.find((key) => inOpenSlice(task, spans[key], keys)),
  }));
  const markedIds = new Set(marked.map((task) => task.id));
  const slices = await Promise.all(
    OPEN_GROUPS.map(async (key, i) => {
      const head = first[i]!;
      const short =
        head.actions.length < head.count && head.actions.filter((action) => !markedIds.has(action.id)).length < rows;
      const extra = marked.filter((task) => task.countedIn === key).length;
      return [key, short ? await read(key, rows + extra) : head] as const;
    }),
  );
  return combineFirstScreen(Object.fromEntries(slices) as GroupSlices, marked, today, scope, rows);
}

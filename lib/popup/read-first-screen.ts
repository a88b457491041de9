// The popup's first screen read from the store: per open group, a count and the first rows from one index
// range, and the few user-marked tasks read apart and put where the full list puts them (first-screen.ts).
import { actionOf } from '../actions/action-of';
import type { Identity } from '../model/identity';
import type { IsoDate } from '../model/page';
import { inOpenSlice, openDueSlice, readerKeys, userMarkedTasks, type AgendumDb } from '../store';
import type { PopupFilter } from './filter-actions';
import { combineFirstScreen, FIRST_SCREEN_ROWS, groupSpans, OPEN_GROUPS, type FirstScreen, type MarkedAction } from './first-screen';

/** The open groups for `scope`: each group's index range, with the few user-marked tasks put where the list puts them. */
export async function readFirstScreen(db: AgendumDb, today: IsoDate, scope: PopupFilter['scope'], identities: Identity[], rows = FIRST_SCREEN_ROWS): Promise<FirstScreen> {
  const spans = groupSpans(today);
  const keys = scope === 'mine' ? readerKeys(identities) : undefined;
  const { tasks: markedTasks } = await userMarkedTasks(db, ['mine', 'not-mine', 'hidden', 'snoozed']);
  const marked: MarkedAction[] = markedTasks.map((task) => ({
    id: task.id,
    action: task.user.hidden ? undefined : actionOf(task, identities),
    countedIn: OPEN_GROUPS.find((key) => inOpenSlice(task, spans[key], keys)),
  }));
  const slices = await Promise.all(
    OPEN_GROUPS.map(async (key) => {
      const extra = marked.filter((task) => task.countedIn === key).length;
      const slice = await openDueSlice(db, spans[key], rows + extra, keys);
      return [key, { count: slice.count, actions: slice.tasks.map((task) => actionOf(task, identities)) }] as const;
    }),
  );
  return combineFirstScreen(Object.fromEntries(slices) as FirstScreen, marked, today, scope, rows);
}

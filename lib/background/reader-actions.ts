// The reader's open actions, kept by the background in memory: what the badge and the daily notification count.
// Read once from the store (the reader's own index keys and the actions they claimed, in slices), then kept
// right from what each sync or edit wrote, so a page visit or a click never re-reads every open task.
import { actionOf } from '../actions/action-of';
import type { Action } from '../model/action';
import type { Identity } from '../model/identity';
import type { StoredTask } from '../model/stored-task';
import { readerKeys, readOpenTasksUnder, userMarkedTasks, type AgendumDb } from '../store';
import { nextTask } from '../next-task';

/** Tasks read per slice: a few milliseconds of the worker each. */
const SLICE = 500;

export interface ReaderActions {
  /** Reads them all again (identities changed, a new day, start-up); later updates wait for it. */
  rebuild(): Promise<void>;
  /** Takes in what a write stored (`records`) and the ids it marked gone. */
  update(records: readonly StoredTask[], goneIds?: readonly string[]): void;
  /** The reader's open actions that are still on their page and not hidden, snoozed ones included. */
  actions(): Promise<Action[]>;
}

interface Known {
  identities: Identity[];
  byId: Map<string, Action>;
}

/** As the reader sees it, if it is theirs, open, on its page and not hidden: what the badge may count. */
function counted(record: StoredTask, identities: Identity[]): Action | undefined {
  if (record.user.hidden) return undefined;
  const action = actionOf(record, identities);
  return action.mine && action.status === 'open' && !action.gone ? action : undefined;
}

function take(known: Known, records: readonly StoredTask[]): void {
  for (const record of records) {
    const action = counted(record, known.identities);
    if (action) known.byId.set(record.id, action);
    else known.byId.delete(record.id);
  }
}

export function createReaderActions(db: AgendumDb, identities: () => Promise<Identity[]>): ReaderActions {
  let known: Promise<Known> | undefined;

  /** A fresh read; should it fail (the store closed, say), the next caller reads again. */
  function readAgain(): Promise<Known> {
    const reading = read();
    reading.catch(() => {
      if (known === reading) known = undefined;
    });
    return reading;
  }

  async function read(): Promise<Known> {
    const result: Known = { identities: await identities(), byId: new Map() };
    const claimed = await userMarkedTasks(db, ['mine']);
    take(result, claimed.tasks);
    await readOpenTasksUnder(db, readerKeys(result.identities), SLICE, async (tasks) => {
      take(result, tasks);
      await nextTask();
    });
    return result;
  }

  const current = (): Promise<Known> => (known ??= readAgain());

  return {
    async rebuild() {
      known = readAgain();
      await known;
    },
    update(records, goneIds = []) {
      // After the read in progress, if any: it may have read these records before this write.
      known = current().then((state) => {
        take(state, records);
        for (const id of goneIds) state.byId.delete(id);
        return state;
      });
    },
    async actions() {
      return [...(await current()).byId.values()];
    },
  };
}

// The retention setting, applied by the background at start-up and each new day: actions gone from their page
// for longer than the setting's age that the user never touched are archived or deleted, a slice at a time.
import type { Settings } from '../model/settings';
import { nextTask } from '../next-task';
import { goneTaskIds, retireTasks, type AgendumDb } from '../store';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Tasks looked at per transaction. */
const SLICE = 200;

/** Resolves to how many actions it archived or deleted (0 when the setting keeps everything). */
export async function retireGoneActions(
  db: AgendumDb,
  { goneRetention }: Pick<Settings, 'goneRetention'>,
  now: Date,
): Promise<number> {
  if (goneRetention.mode === 'keep') return 0;
  const goneBefore = new Date(now.getTime() - goneRetention.afterDays * DAY_MS).toISOString();
  const ids = await goneTaskIds(db, goneBefore);
  let retired = 0;
  for (let start = 0; start < ids.length; start += SLICE) {
    retired += await retireTasks(db, ids.slice(start, start + SLICE), goneRetention.mode, goneBefore);
    await nextTask();
  }
  return retired;
}

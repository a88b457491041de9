// Stored tasks as the user sees them: hidden ones left out, "mine" decided by the user's identities
// for the site each task lives on. Shared by the background (badge, overlay replies) and the popup.
import { isMine } from '../people/is-mine';
import type { Action } from '../model/action';
import type { Identity } from '../model/identity';
import type { StoredTask } from '../model/stored-task';
import { siteOfTask } from '../sites/site-of';
import { toAction } from './to-action';

/** One task as the user sees it, hidden or not. */
export function actionOf(record: StoredTask, identities: Identity[]): Action {
  const site = siteOfTask(record);
  return toAction(record, (assignees) => isMine(assignees, identities, site));
}

/** The tasks the user has not hidden, as they see them. */
export function actionsOf(records: StoredTask[], identities: Identity[]): Action[] {
  return records.filter((record) => !record.user.hidden).map((record) => actionOf(record, identities));
}

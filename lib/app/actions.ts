// Stored tasks as the user sees them: hidden ones left out, "mine" decided by the user's identities
// for the site each task lives on. Shared by the background (badge, overlay replies) and the popup.
import { isMine } from '../people/identity';
import type { Action } from '../model/action';
import type { Identity } from '../model/identity';
import type { StoredTask } from '../model/stored-task';
import { toAction } from '../store';

function siteOf(record: StoredTask): string | undefined {
  for (const url of [record.wiki.sourcePage.url, ...record.locations.map((l) => l.url)]) {
    try {
      if (url) return new URL(url).host;
    } catch {
      // Not an address: try the next one.
    }
  }
  return undefined;
}

export function actionsOf(records: StoredTask[], identities: Identity[]): Action[] {
  return records
    .filter((record) => !record.user.hidden)
    .map((record) => toAction(record, (assignees) => isMine(assignees, identities, siteOf(record))));
}

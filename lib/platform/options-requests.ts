// What the options page asks of the background (which keeps the badge and open pages following): pulling the
// reader's tasks from a wiki, forgetting what a site stored. Each rejects with a sentence for the user.
import { sendToBackground } from '../messages/client';

/** "Pull my tasks" for the wiki at `origin`. */
export async function pullWikiTasks(origin: string): Promise<{ added: number; updated: number; leftOut: number }> {
  const reply = await sendToBackground('pullWikiTasks', { origin });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Forgets every action and page read on `origin`; resolves to how many actions went. */
export async function forgetStoredSite(origin: string): Promise<number> {
  const reply = await sendToBackground('forgetSite', { origin });
  if (!reply.ok) throw new Error(reply.error);
  return reply.value.deleted;
}

// The last "Are you <viewer> on <site>?" a page raised and nobody answered, kept in storage.local so the
// popup can ask it too (its "Mine" is empty while Agendum does not know who the user is). The background
// remembers it on a page sync and forgets it once answered; the popup asks it only while it still needs asking.
import { browser } from 'wxt/browser';
import { identityQuestionFor, type IdentityQuestion } from '../background/identity-learning';
import { Person } from '../model/page';
import type { Settings } from '../model/settings';
import { z } from '../model/zod';

const KEY = 'identity.question';
const Stored = z.object({ site: z.string().check(z.minLength(1), z.maxLength(255)), viewer: Person });

/** Keeps the question for the popup; writes only when it is another one than the last kept. */
export function createIdentityQuestionKeeper(): {
  remember(question: IdentityQuestion): Promise<void>;
  forget(): Promise<void>;
} {
  let last: string | undefined;
  return {
    async remember(question) {
      const key = JSON.stringify(question);
      if (key === last) return;
      last = key;
      await browser.storage.local.set({ [KEY]: question });
    },
    async forget() {
      last = undefined;
      await browser.storage.local.remove(KEY);
    },
  };
}

/** The kept question, when it still needs asking under `settings` (no identity matches the viewer, no "not me"). */
export async function pendingIdentityQuestion(
  settings:
    Pick<Settings, 'identities' | 'declinedViewers'> | Promise<Pick<Settings, 'identities' | 'declinedViewers'>>,
): Promise<IdentityQuestion | undefined> {
  // The kept question is read while the settings are still on their way (the popup waits for both).
  const [kept, known] = await Promise.all([browser.storage.local.get(KEY), settings]);
  const parsed = Stored.safeParse(kept[KEY]);
  return parsed.success ? identityQuestionFor(parsed.data.site, parsed.data.viewer, known) : undefined;
}

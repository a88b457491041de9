// Who "me" is: the names and ids the user goes by, per wiki site; the badge and "mine" match assignees to it.
import { z } from './zod';

export const Identity = z.object({
  /** The host the identity was learned on; absent = it applies on every site. */
  site: z.optional(z.string().check(z.minLength(1))),
  /** Display names as pages write them ("Frossie Economou"). */
  names: z._default(z.array(z.string().check(z.minLength(1))), []),
  /** Initials and nicknames minute-takers use ("K-T", "KT", "KTL"). */
  aliases: z._default(z.array(z.string().check(z.minLength(1))), []),
  /** Wiki usernames (matched case-insensitively). */
  usernames: z._default(z.array(z.string().check(z.minLength(1))), []),
  /** Confluence Cloud account ids. */
  accountIds: z._default(z.array(z.string().check(z.minLength(1))), []),
  /** Confluence Server/Data Center user keys. */
  userKeys: z._default(z.array(z.string().check(z.minLength(1))), []),
});
export type Identity = z.infer<typeof Identity>;

// Who "me" is: the names and ids the user goes by, per wiki site; the badge and "mine" match assignees to it.
import { z } from 'zod';

export const Identity = z.object({
  /** The host the identity was learned on; absent = it applies on every site. */
  site: z.string().min(1).optional(),
  /** Display names as pages write them ("Frossie Economou"). */
  names: z.array(z.string().min(1)).default([]),
  /** Initials and nicknames minute-takers use ("K-T", "KT", "KTL"). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Wiki usernames (matched case-insensitively). */
  usernames: z.array(z.string().min(1)).default([]),
  /** Confluence Cloud account ids. */
  accountIds: z.array(z.string().min(1)).default([]),
  /** Confluence Server/Data Center user keys. */
  userKeys: z.array(z.string().min(1)).default([]),
});
export type Identity = z.infer<typeof Identity>;

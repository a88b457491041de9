// What Agendum keeps about the Confluence wikis it syncs with (browser.storage.local, this device only): each
// wiki's kind and base address as its own pages said them, the last pull, and a log of the requests made.
import { z } from './zod';

export const KnownWiki = z.object({
  kind: z.enum(['confluence-server', 'confluence-cloud']),
  base: z.url(),
  /** The page that told us. */
  seenOn: z.optional(z.string()),
  lastPull: z.optional(
    z.object({
      at: z.iso.datetime(),
      added: z.int(),
      updated: z.int(),
      leftOut: z.int(),
      source: z.string(),
      problem: z.optional(z.string()),
    }),
  ),
});
export type KnownWiki = z.infer<typeof KnownWiki>;

/** One write or pull, for the options page's diagnostics. */
export const WikiLogEntry = z.object({
  at: z.iso.datetime(),
  origin: z.string(),
  kind: z.enum(['write', 'pull']),
  /** The action's text, or what was pulled. */
  subject: z.string(),
  /** What came of it, in words. */
  result: z.string(),
  /** Confluence Cloud: how the page view's task was linked to the REST API's. */
  matchedBy: z.optional(z.string()),
  /** Each request made and its status, e.g. `PUT /wiki/api/v2/tasks/42 → 200`. */
  requests: z.array(z.string()),
});
export type WikiLogEntry = z.infer<typeof WikiLogEntry>;

// The page half of the data model: which wiki, which page, who is reading it.
// Schemas are the contract at every boundary; types are inferred from them.
import { z } from './zod';

/** A calendar date without time zone, as wikis store due dates: `YYYY-MM-DD`. */
export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'));
export type IsoDate = z.infer<typeof IsoDate>;

export const WikiKind = z.enum([
  'confluence-server',
  'confluence-cloud',
  'confluence-export',
  'confluence-storage',
  'mediawiki',
  'markdown',
  'generic',
]);
export type WikiKind = z.infer<typeof WikiKind>;

/** A person as a page names them; the ids are present when the wiki says them. */
export const Person = z.object({
  name: z.string().check(z.minLength(1)),
  username: z.optional(z.string().check(z.minLength(1))),
  accountId: z.optional(z.string().check(z.minLength(1))),
  userKey: z.optional(z.string().check(z.minLength(1))),
});
export type Person = z.infer<typeof Person>;

/** Where a task belongs: the page it was agreed on (not the page that shows a report of it). */
export const PageRef = z.object({
  id: z.optional(z.string().check(z.minLength(1))),
  title: z.string(),
  url: z.optional(z.string()),
});
export type PageRef = z.infer<typeof PageRef>;

export const PageFacts = z.object({
  wiki: WikiKind,
  id: z.optional(z.string().check(z.minLength(1))),
  url: z.optional(z.string()),
  title: z.string(),
  space: z.optional(z.string()),
  baseUrl: z.optional(z.string()),
  isMeeting: z.boolean(),
  /** Every meeting date the page names, sorted, without repeats. */
  meetingDates: z.array(IsoDate),
  /** The title without its date: what recurring meetings share. */
  series: z.optional(z.string()),
  /** The logged-in reader, when the page says who that is. */
  viewer: z.optional(Person),
});
export type PageFacts = z.infer<typeof PageFacts>;

// The page half of the data model: which wiki, which page, who is reading it.
// Schemas are the contract at every boundary; types are inferred from them.
import { z } from 'zod';

/** A calendar date without time zone, as wikis store due dates: `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

export const WikiKind = z.enum([
  'confluence-server',
  'confluence-cloud',
  'confluence-export',
  'confluence-storage',
  'mediawiki',
  'generic',
]);
export type WikiKind = z.infer<typeof WikiKind>;

/** A person as a page names them; the ids are present when the wiki says them. */
export const Person = z.object({
  name: z.string().min(1),
  username: z.string().min(1).optional(),
  accountId: z.string().min(1).optional(),
  userKey: z.string().min(1).optional(),
});
export type Person = z.infer<typeof Person>;

/** Where a task belongs: the page it was agreed on (not the page that shows a report of it). */
export const PageRef = z.object({
  id: z.string().min(1).optional(),
  title: z.string(),
  url: z.string().optional(),
});
export type PageRef = z.infer<typeof PageRef>;

export const PageFacts = z.object({
  wiki: WikiKind,
  id: z.string().min(1).optional(),
  url: z.string().optional(),
  title: z.string(),
  space: z.string().optional(),
  baseUrl: z.string().optional(),
  isMeeting: z.boolean(),
  /** Every meeting date the page names, sorted, without repeats. */
  meetingDates: z.array(IsoDate),
  /** The title without its date: what recurring meetings share. */
  series: z.string().optional(),
  /** The logged-in reader, when the page says who that is. */
  viewer: Person.optional(),
});
export type PageFacts = z.infer<typeof PageFacts>;

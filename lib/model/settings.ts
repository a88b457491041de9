// The user's settings: each field with its schema and its default. Stored by lib/platform/settings.ts.
import { EXPORT_FORMAT_IDS, MENTION_STYLES } from '../export/format-list';
import { isHostPattern } from '../sites/host-patterns';
import { Identity } from './identity';
import { z } from './zod';

export const Settings = z.object({
  /** Who the user is, per site: what makes an action "mine" and counts on the badge. */
  identities: z.array(Identity),
  /** `viewerKey(site, viewer)` of every "Are you …?" the user answered "not me", so it is never asked again. */
  declinedViewers: z.array(z.string().check(z.minLength(1))),
  /** Match patterns the user added on the options page (the build's preset hosts are not listed here). */
  sites: z.array(z.string().check(z.refine(isHostPattern, 'expected a match pattern like https://wiki.example.org/*'))),
  /** The badge counts actions due today as well as overdue ones. */
  countDueToday: z.boolean(),
  /** A notification once a day listing the user's actions due that day. */
  dailyNotification: z.boolean(),
  /** The format the popup's primary Export button uses. */
  defaultExportFormat: z.enum(EXPORT_FORMAT_IDS),
  /** How the Markdown export writes owners: plain names and code spans ping nobody when pasted into GitHub. */
  markdownMentions: z.enum(MENTION_STYLES),
  /**
   * The Confluence wikis (by origin) Agendum may write task status to and pull the reader's tasks from, through
   * the reader's own session in a tab on that wiki. Absent = nothing is ever sent to that wiki.
   */
  wikiSync: z.array(
    z.object({
      origin: z
        .string()
        .check(z.regex(/^https?:\/\/[^/?#\s]+$/, 'expected a wiki origin like https://confluence.example.org')),
      /** Also pull once a day, when a tab on the wiki is open. */
      pullDaily: z.boolean(),
    }),
  ),
  /**
   * What becomes of actions gone from their page for more than `afterDays` that the user never touched:
   * kept as they are, archived (out of every list, kept, back if a page shows them again) or deleted.
   */
  goneRetention: z.object({ mode: z.enum(['keep', 'archive', 'delete']), afterDays: z.int().check(z.minimum(30)) }),
});
export type Settings = z.infer<typeof Settings>;

/** What a save may carry: any of the fields, and nothing else. */
export const SettingsPatch = z.strictObject(z.partial(Settings).shape);

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze<Settings>({
  identities: [],
  declinedViewers: [],
  sites: [],
  countDueToday: false,
  dailyNotification: false,
  defaultExportFormat: 'csv',
  markdownMentions: 'plain',
  wikiSync: [],
  goneRetention: { mode: 'keep', afterDays: 365 },
});

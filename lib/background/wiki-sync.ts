// Write-back and "pull my tasks" for the Confluence wikis the user turned on in the options page. Nothing is
// sent to a wiki whose switch is off. Every request goes through a tab on that wiki (its content script makes
// it as the page: same origin, the reader's cookies), so no host permission or token is needed beyond reading
// the wiki. A change made while no such tab is open waits, held as "not on the wiki yet", and goes when one is.
import { browser } from 'wxt/browser';
import { askTab } from '../messages/client';
import { WikiAnswer } from '../messages/protocol';
import type { PageFacts } from '../model/page';
import type { Settings } from '../model/settings';
import type { StoredTask } from '../model/stored-task';
import { loadSettings } from '../platform/settings';
import { loadKnownWikis, logWikiExchange, updateKnownWiki, type KnownWiki } from '../platform/wiki-state';
import {
  getTask,
  getTasks,
  holdWikiWrites,
  mergeWikiTasks,
  pendingWikiWrites,
  settleWikiWrite,
  type AgendumDb,
  type WikiWriteOutcome,
} from '../store';
import {
  describeExchange,
  describeProblem,
  pullMyTasks,
  writeStatus,
  type MatchPath,
  type PullResult,
  type Requester,
  type WikiSite,
  type WriteResult,
} from '../wiki-sync';

type PullSource = Extract<PullResult, { ok: true }>['source'];
import { isWritable, wikiOriginOf, writeTargetOf } from '../wiki-sync/target';
import { scopedId } from '../sites/page-scope';

export interface WikiSyncDeps {
  db: AgendumDb;
  now: () => Date;
  /** Records changed: the badge and the open tabs follow. */
  changed: (records: StoredTask[]) => Promise<void>;
}

export interface PullReport {
  added: number;
  updated: number;
  /** Listed tasks Agendum could not place on their page. */
  leftOut: number;
}

export interface WikiSync {
  /** The wiki to queue a status change of `id` for: write-back is on for it and the wiki numbers the task; else undefined. */
  originToWrite(id: string): Promise<string | undefined>;
  /** Sends the queued write of `id` through a tab on its wiki (`preferredTab` first), waiting a while at most; the record as then stored. */
  sendNow(id: string, preferredTab?: number): Promise<StoredTask | undefined>;
  /** A Confluence page was read in tab `tabId`: remember its wiki, send the writes waiting for it, pull when a daily pull is due. */
  pageSeen(tabId: number, tabUrl: string, page: PageFacts): Promise<void>;
  /** Pulls the reader's open tasks from the wiki at `origin` into the store. Rejects with a sentence for the user. */
  pull(origin: string, preferredTab?: number): Promise<PullReport>;
  /** The daily pulls that are due, through tabs open on those wikis. */
  pullDue(): Promise<void>;
}

const MATCHED_BY: Record<MatchPath, string> = {
  'local-id-as-is': "the page view's task id is the REST API's localId",
  'storage-task-uuid': "the page's storage format links the task's uuid to its task id",
  'text-assignee-due': 'the task read the same (text, assignee, due date)',
};

const SOURCE_WORDS: Record<PullSource, string> = {
  'task-report': "the Task Report's service",
  'my-tasks': 'My Tasks',
  'cloud-tasks': "the wiki's task list",
};

/** How long a change waits for its write before the popup or page is answered (the write goes on after). */
const WAIT_FOR_WRITE_MS = 10_000;
/** A daily pull is due when the last one is older than this. */
const DAILY_MS = 20 * 60 * 60 * 1000;
/** The diagnostics keep this many requests per entry. */
const LOGGED_REQUESTS = 30;

/**
 * Held writes a page visit sends again by itself: the wiki was out of reach, or said "not now". A refusal that a
 * visit does not change (no edit permission, task gone, XSRF, no match) waits for the user's Retry.
 */
const RETRIED_ON_VISIT = new Set<string>(['no-tab', 'network', 'server', 'conflict', 'signed-out']);

/** The tab closed, navigated away or has no Agendum: another tab on the wiki may do. */
class TabGone extends Error {}

const hostOf = (origin: string): string => new URL(origin).host;
const switchOf = (settings: Settings, origin: string) => settings.wikiSync.find((entry) => entry.origin === origin);

function outcomeOf(result: WriteResult, want: StoredTask['effectiveStatus'], now: Date): WikiWriteOutcome {
  if (result.kind === 'sent' || result.kind === 'already') return { kind: 'on-wiki', status: want };
  if (result.kind === 'wiki-newer')
    return { kind: 'wiki-newer', status: result.status, changedAt: result.changedAt ?? now.toISOString() };
  return { kind: 'held', problem: result.problem };
}

function wordsOf(result: WriteResult, want: string, host: string): string {
  if (result.kind === 'sent') return `Set to ${want} on the wiki.`;
  if (result.kind === 'already') return `The wiki already had it ${want}: nothing was sent.`;
  if (result.kind === 'wiki-newer')
    return `Changed on the wiki since Agendum read it (now ${result.status}): the wiki's newer change stands, nothing was sent.`;
  return describeProblem(result.problem, host);
}

export function createWikiSync({ db, now, changed }: WikiSyncDeps): WikiSync {
  // One job at a time per wiki: a write and a pull never interleave, and a write is never sent twice at once.
  const queues = new Map<string, Promise<unknown>>();
  function serially<T>(origin: string, work: () => Promise<T>): Promise<T> {
    const next = (queues.get(origin) ?? Promise.resolve()).then(work, work);
    queues.set(
      origin,
      next.catch(() => undefined),
    );
    return next;
  }

  async function siteFor(origin: string): Promise<WikiSite | undefined> {
    const known = (await loadKnownWikis())[origin];
    return known ? { origin, kind: known.kind, base: known.base } : undefined;
  }

  /** The tabs whose address (as the browser reports it) is on `origin`, `preferred` first. */
  async function tabsOn(origin: string, preferred?: number): Promise<number[]> {
    const ids = (await browser.tabs.query({}))
      .filter(
        (tab) =>
          tab.id !== undefined && tab.url !== undefined && URL.canParse(tab.url) && new URL(tab.url).origin === origin,
      )
      .map((tab) => tab.id!);
    return preferred !== undefined && ids.includes(preferred)
      ? [preferred, ...ids.filter((id) => id !== preferred)]
      : ids;
  }

  function throughTab(tabId: number, site: WikiSite, exchanges: string[]): Requester {
    return async (request) => {
      const raw = await askTab(tabId, 'wikiRequest', { base: site.base, request });
      if (raw === undefined) throw new TabGone();
      const answer = WikiAnswer.safeParse(raw);
      const response = answer.success ? answer.data : { status: 0 };
      exchanges.push(describeExchange(request, response));
      return response;
    };
  }

  /** Runs `work` through the first tab on the wiki whose content script answers; undefined when none does. */
  async function viaTab<T>(
    site: WikiSite,
    preferred: number | undefined,
    exchanges: string[],
    work: (request: Requester) => Promise<T>,
  ): Promise<T | undefined> {
    for (const tabId of await tabsOn(site.origin, preferred)) {
      try {
        return await work(throughTab(tabId, site, exchanges));
      } catch (error) {
        if (!(error instanceof TabGone)) throw error;
      }
    }
    return undefined;
  }

  async function log(
    origin: string,
    kind: 'write' | 'pull',
    subject: string,
    result: string,
    exchanges: string[],
    matchedBy?: MatchPath,
  ): Promise<void> {
    await logWikiExchange({
      at: now().toISOString(),
      origin,
      kind,
      subject: subject.slice(0, 300),
      result,
      ...(matchedBy ? { matchedBy: MATCHED_BY[matchedBy] } : {}),
      requests: exchanges.slice(0, LOGGED_REQUESTS),
    });
  }

  async function sendOne(record: StoredTask, site: WikiSite, preferred: number | undefined): Promise<void> {
    const write = record.wikiWrite!;
    const target = writeTargetOf(record);
    // The user's status no longer holds (the wiki's newer one is in force) or the task cannot be written: nothing to send.
    if (!target || record.statusSource !== 'user' || record.effectiveStatus !== write.status) {
      await settleWikiWrite(db, record.id, write.at, { kind: 'dropped' }, now());
      return;
    }
    const exchanges: string[] = [];
    const result = await viaTab(site, preferred, exchanges, (request) => writeStatus(site, target, request));
    if (!result) {
      await settleWikiWrite(db, record.id, write.at, { kind: 'held', problem: 'no-tab' }, now());
      return;
    }
    await settleWikiWrite(db, record.id, write.at, outcomeOf(result, write.status, now()), now());
    await log(
      site.origin,
      'write',
      record.wiki.text,
      wordsOf(result, write.status, hostOf(site.origin)),
      exchanges,
      result.via,
    );
  }

  /**
   * Sends what is queued for `origin`: only `only`, when given; on a page visit (`visit`), what has not been
   * tried or failed for a passing reason. Resolves to the ids it dealt with.
   */
  function sendQueued(
    origin: string,
    { preferred, only, visit = false }: { preferred?: number; only?: string; visit?: boolean } = {},
  ): Promise<string[]> {
    return serially(origin, async () => {
      const { tasks } = await pendingWikiWrites(db, origin);
      const asked = tasks.filter((task) => only === undefined || task.id === only);
      if (asked.length === 0) return [];
      const [settings, site] = await Promise.all([loadSettings(), siteFor(origin)]);
      const problem = (task: StoredTask) => task.wikiWrite?.problem;
      const queued = visit ? asked.filter((task) => !problem(task) || RETRIED_ON_VISIT.has(problem(task)!)) : asked;
      let ids = queued.map((task) => task.id);
      if (!switchOf(settings, origin)) {
        // Turned off since: the changes stay Agendum's own.
        ids = asked.map((task) => task.id);
        for (const task of asked) await settleWikiWrite(db, task.id, task.wikiWrite!.at, { kind: 'dropped' }, now());
      } else if (ids.length === 0) {
        return ids;
      } else if (!site || (await tabsOn(origin, preferred)).length === 0) {
        await holdWikiWrites(db, ids, 'no-tab', now());
      } else {
        for (const task of queued) await sendOne(task, site, preferred);
      }
      await changed((await getTasks(db, ids)).tasks);
      return ids;
    });
  }

  async function pull(origin: string, preferred?: number): Promise<PullReport> {
    return serially(origin, async () => {
      const host = hostOf(origin);
      const [settings, site] = await Promise.all([loadSettings(), siteFor(origin)]);
      if (!switchOf(settings, origin))
        throw new Error(`Turn on syncing with ${host} first: Agendum sends nothing to a wiki until you do.`);
      if (!site) throw new Error(`Agendum has not read a page of ${host} yet: open one, then pull.`);
      const exchanges: string[] = [];
      const result = await viaTab(site, preferred, exchanges, (request) => pullMyTasks(site, request));
      if (!result)
        throw new Error(
          `Open a page of ${host} in a tab first: Agendum asks the wiki for your tasks from there, with your own session.`,
        );
      const at = now().toISOString();
      if (!result.ok) {
        await log(origin, 'pull', 'Pull my tasks', result.message, exchanges);
        await updateKnownWiki(origin, (known) => ({
          ...(known ?? site),
          lastPull: { at, added: 0, updated: 0, leftOut: 0, source: '', problem: result.message },
        }));
        throw new Error(result.message);
      }
      // In the origin's namespace, as a page of that wiki would store them (lib/sites/page-scope.ts).
      const scoped = result.tasks.map((task) => ({ ...task, id: scopedId(origin, task.id) }));
      const merged = await mergeWikiTasks(db, scoped, now());
      const report: PullReport = {
        added: merged.added.length,
        updated: merged.updated.length,
        leftOut: result.leftOut + merged.skipped.length,
      };
      const words = `${report.added} added, ${report.updated} updated, of ${result.tasks.length} open tasks listed by ${SOURCE_WORDS[result.source]}${report.leftOut ? `; ${report.leftOut} left out (not placed on a page)` : ''}.`;
      await log(origin, 'pull', 'Pull my tasks', words, exchanges);
      await updateKnownWiki(origin, (known: KnownWiki | undefined) => ({
        ...(known ?? site),
        lastPull: { at, ...report, source: result.source },
      }));
      await changed((await getTasks(db, [...merged.added, ...merged.updated])).tasks);
      return report;
    });
  }

  const pullIsDue = (known: KnownWiki | undefined): boolean =>
    !known?.lastPull || now().getTime() - Date.parse(known.lastPull.at) >= DAILY_MS;

  return {
    async originToWrite(id) {
      // Most readers sync with no wiki: then an edit costs no read of the record.
      const settings = await loadSettings();
      if (settings.wikiSync.length === 0) return undefined;
      const record = await getTask(db, id);
      const origin = record && isWritable(record) ? wikiOriginOf(record) : undefined;
      return origin && switchOf(settings, origin) && (await siteFor(origin)) ? origin : undefined;
    },
    async sendNow(id, preferredTab) {
      const record = await getTask(db, id);
      if (!record?.wikiWrite) return record;
      const sending = sendQueued(record.wikiWrite.origin, { preferred: preferredTab, only: id });
      await Promise.race([sending, new Promise((resolve) => setTimeout(resolve, WAIT_FOR_WRITE_MS))]);
      return getTask(db, id);
    },
    async pageSeen(tabId, tabUrl, page) {
      if ((page.wiki !== 'confluence-server' && page.wiki !== 'confluence-cloud') || !URL.canParse(tabUrl)) return;
      const origin = new URL(tabUrl).origin;
      // What the page says of its wiki is believed only within the tab's own origin.
      const stated =
        page.baseUrl && URL.canParse(page.baseUrl) && new URL(page.baseUrl).origin === origin
          ? page.baseUrl.replace(/\/+$/, '')
          : undefined;
      const base = stated ?? (page.wiki === 'confluence-cloud' ? `${origin}/wiki` : origin);
      const known = (await loadKnownWikis())[origin];
      if (known?.kind !== page.wiki || known.base !== base) {
        await updateKnownWiki(origin, (stored) => ({
          ...stored,
          kind: page.wiki as KnownWiki['kind'],
          base,
          seenOn: tabUrl,
        }));
      }
      // Sends what waits for this wiki, or drops it when the switch was turned off since.
      await sendQueued(origin, { preferred: tabId, visit: true });
      const entry = switchOf(await loadSettings(), origin);
      if (entry?.pullDaily && pullIsDue(known)) await pull(origin, tabId).catch(() => undefined);
    },
    pull,
    async pullDue() {
      const [settings, wikis] = await Promise.all([loadSettings(), loadKnownWikis()]);
      for (const entry of settings.wikiSync) {
        if (entry.pullDaily && pullIsDue(wikis[entry.origin]) && (await tabsOn(entry.origin)).length > 0)
          await pull(entry.origin).catch(() => undefined);
      }
    },
  };
}

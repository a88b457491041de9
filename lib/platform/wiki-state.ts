// The Confluence wikis Agendum may sync with and the log of its requests (lib/model/wiki-sync.ts), kept in
// browser.storage.local, never synced to other devices; the options page shows them. Checked on every read.
import { browser } from 'wxt/browser';
import { KnownWiki, WikiLogEntry } from '../model/wiki-sync';
import { z } from '../model/zod';

export type { KnownWiki, WikiLogEntry } from '../model/wiki-sync';

const WIKIS_KEY = 'wikiSync.wikis';
const LOG_KEY = 'wikiSync.log';
/** The log keeps this many entries, newest first. */
const LOG_SIZE = 60;

/** Stored as a list (origin and what is known of it). */
const Wikis = z.array(z.extend(KnownWiki, { origin: z.string() }));

// Read-modify-write of one key: two at once would lose one's change, so they take turns.
let turn: Promise<unknown> = Promise.resolve();
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const next = turn.then(work, work);
  turn = next.catch(() => undefined);
  return next;
}

export async function loadKnownWikis(): Promise<Record<string, KnownWiki>> {
  const parsed = Wikis.safeParse((await browser.storage.local.get(WIKIS_KEY))[WIKIS_KEY] ?? []);
  return parsed.success ? Object.fromEntries(parsed.data.map(({ origin, ...wiki }) => [origin, wiki])) : {};
}

export function updateKnownWiki(
  origin: string,
  change: (known: KnownWiki | undefined) => KnownWiki,
): Promise<KnownWiki> {
  return inTurn(async () => {
    const wikis = await loadKnownWikis();
    const next = change(wikis[origin]);
    const list = Object.entries({ ...wikis, [origin]: next }).map(([key, wiki]) => ({ origin: key, ...wiki }));
    await browser.storage.local.set({ [WIKIS_KEY]: list });
    return next;
  });
}

export async function loadWikiLog(): Promise<WikiLogEntry[]> {
  const parsed = z.array(WikiLogEntry).safeParse((await browser.storage.local.get(LOG_KEY))[LOG_KEY] ?? []);
  return parsed.success ? parsed.data : [];
}

export function logWikiExchange(entry: WikiLogEntry): Promise<void> {
  return inTurn(async () =>
    browser.storage.local.set({ [LOG_KEY]: [entry, ...(await loadWikiLog())].slice(0, LOG_SIZE) }),
  );
}

/** Calls `onChange` whenever the known wikis or the log change, until `signal` aborts. */
export function onWikiStateChanged(onChange: () => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && (Object.hasOwn(changes, WIKIS_KEY) || Object.hasOwn(changes, LOG_KEY))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

// Syncing with Confluence: per wiki Agendum has read, the switch that lets it write task status back and pull
// the reader's tasks (off until turned on), "Pull my tasks" and the daily pull; then the diagnostics, the last
// requests made and, on Confluence Cloud, how each task was found. Props in, callbacks out.
import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/model/settings';
import type { KnownWiki, WikiLogEntry } from '../../lib/model/wiki-sync';

export interface WikiSyncProps {
  /** The Confluence wikis Agendum has read a page of, by origin. */
  wikis: Record<string, KnownWiki>;
  /** The stored switches. */
  sync: Settings['wikiSync'];
  log: WikiLogEntry[];
  onChange: (sync: Settings['wikiSync']) => void;
  /** "Pull my tasks": resolves to what was added, or rejects with the reason in words. */
  onPull: (origin: string) => Promise<{ added: number; updated: number; leftOut: number }>;
}

const KIND_WORDS: Record<KnownWiki['kind'], string> = {
  'confluence-server': 'Confluence Server / Data Center',
  'confluence-cloud': 'Confluence Cloud',
};

const hostOf = (origin: string): string => (URL.canParse(origin) ? new URL(origin).host : origin);
const when = (at: string): string => new Date(at).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function pullWords(report: { added: number; updated: number; leftOut: number }): string {
  const left = report.leftOut
    ? `; ${plural(report.leftOut, 'task')} could not be placed on a page and ${report.leftOut === 1 ? 'was' : 'were'} left out`
    : '';
  return `${plural(report.added, 'new task')}, ${report.updated} updated${left}.`;
}

export function WikiSync({ wikis, sync, log, onChange, onPull }: WikiSyncProps) {
  const [notice, setNotice] = useState('');
  const [pulling, setPulling] = useState<string | null>(null);
  const origins = [...new Set([...Object.keys(wikis), ...sync.map((entry) => entry.origin)])].sort();
  const entryOf = (origin: string) => sync.find((entry) => entry.origin === origin);
  const toggle = (origin: string, on: boolean) =>
    onChange(
      on
        ? [...sync.filter((entry) => entry.origin !== origin), { origin, pullDaily: false }]
        : sync.filter((entry) => entry.origin !== origin),
    );
  const daily = (origin: string, pullDaily: boolean) =>
    onChange(sync.map((entry) => (entry.origin === origin ? { ...entry, pullDaily } : entry)));
  const pull = (origin: string) => {
    setPulling(origin);
    setNotice(`Asking ${hostOf(origin)} for your open tasks…`);
    onPull(origin)
      .then(
        (report) => setNotice(`${hostOf(origin)}: ${pullWords(report)}`),
        (error: unknown) => setNotice(error instanceof Error ? error.message : String(error)),
      )
      .finally(() => setPulling(null));
  };

  return (
    <section class="wiki-sync" aria-labelledby="wiki-sync-heading">
      <h2 id="wiki-sync-heading">Sync with Confluence</h2>
      <p class="hint">
        Turned on for a wiki, marking one of its tasks done or open in Agendum also sets it on the wiki, and “Pull my
        tasks” brings in every open task assigned to you there. Agendum asks from a tab on that wiki, with your own
        signed-in session; nothing is sent to a wiki while its switch is off.
      </p>
      {origins.length === 0 && (
        <p class="hint">Open a Confluence page (after adding its wiki above) and the wiki appears here.</p>
      )}
      <ul class="wiki-list">
        {origins.map((origin) => {
          const wiki = wikis[origin];
          const entry = entryOf(origin);
          const host = hostOf(origin);
          return (
            <li key={origin} data-wiki={origin}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={entry !== undefined}
                  onChange={(event) => toggle(origin, event.currentTarget.checked)}
                />
                Write task status back to <code>{host}</code> and pull my tasks from it
              </label>
              <span class="hint">{wiki ? KIND_WORDS[wiki.kind] : 'not read yet'}</span>
              {entry && (
                <div class="wiki-actions">
                  <button type="button" disabled={pulling !== null} onClick={() => pull(origin)}>
                    Pull my tasks
                  </button>
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={entry.pullDaily}
                      onChange={(event) => daily(origin, event.currentTarget.checked)}
                    />
                    Pull once a day (when a tab on {host} is open)
                  </label>
                </div>
              )}
              {wiki?.lastPull && (
                <p class="hint">
                  Last pull {when(wiki.lastPull.at)}: {wiki.lastPull.problem ?? pullWords(wiki.lastPull)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p class="notice" role="status">
        {notice}
      </p>
      <details class="wiki-log">
        <summary>Diagnostics: the last requests to your wikis ({log.length})</summary>
        {log.length === 0 ? (
          <p class="hint">Nothing has been sent yet.</p>
        ) : (
          <ol>
            {log.map((entry, i) => (
              <li key={`${entry.at}-${i}`} data-kind={entry.kind}>
                <p>
                  <strong>{entry.kind === 'write' ? 'Status' : 'Pull'}</strong> · {hostOf(entry.origin)} ·{' '}
                  {when(entry.at)}: {entry.subject}
                </p>
                <p>{entry.result}</p>
                {entry.matchedBy && <p class="wiki-matched">Found the task by: {entry.matchedBy}</p>}
                <ul class="wiki-requests">
                  {entry.requests.map((line, j) => (
                    <li key={j}>
                      <code>{line}</code>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </details>
    </section>
  );
}

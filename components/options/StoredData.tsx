// What Agendum has stored, site by site, and forgetting a whole site: every action and page read there.
// Props in, callbacks out; the site is shown as the origin it was read on, never as a link.
import { useState } from 'preact/hooks';
import type { StoredSite } from '../../lib/model/stored-task';

export interface StoredDataProps {
  /** Sites with stored actions, most first. */
  sites: StoredSite[];
  /** Forget every action and page read on `origin`; resolves to how many actions went. */
  onForget: (origin: string) => Promise<number>;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** "12 KB", "3.4 MB": about what a site takes. */
function size(bytes: number): string {
  if (bytes < 1e6) return `${Math.max(1, Math.round(bytes / 1e3)).toLocaleString('en')} KB`;
  return `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

export function StoredData({ sites, onForget }: StoredDataProps) {
  const [asking, setAsking] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const forget = (origin: string) => {
    setAsking(null);
    onForget(origin).then(
      (deleted) =>
        setNotice(`Forgot ${deleted.toLocaleString('en')} action${deleted === 1 ? '' : 's'} from ${origin}.`),
      (error: unknown) => setNotice(`Could not forget ${origin}: ${messageOf(error)}`),
    );
  };
  return (
    <section class="stored" aria-labelledby="stored-heading">
      <h2 id="stored-heading">Stored actions</h2>
      <p class="hint">
        Forgetting a site deletes every action and page Agendum read there, your notes on them included. Reading its
        pages again stores what they show.
      </p>
      {sites.length === 0 && <p class="hint">Nothing is stored yet.</p>}
      <ul class="site-list">
        {sites.map(({ origin, actions, bytes }) => (
          <li key={origin} data-origin={origin}>
            <code>{origin}</code>{' '}
            <span class="hint">{`${actions.toLocaleString('en')} action${actions === 1 ? '' : 's'}, about ${size(bytes)}`}</span>
            {asking === origin ? (
              <>
                <button type="button" class="remove" onClick={() => forget(origin)}>
                  Forget all of it
                </button>
                <button type="button" onClick={() => setAsking(null)}>
                  Keep
                </button>
              </>
            ) : (
              <button type="button" class="remove" aria-label={`Forget ${origin}`} onClick={() => setAsking(origin)}>
                Forget…
              </button>
            )}
          </li>
        ))}
      </ul>
      <p class="notice" role="status">
        {notice}
      </p>
    </section>
  );
}

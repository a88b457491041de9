// The wikis Agendum reads: the built-in ones, and those the user added (each a browser permission). Adding
// turns a page address into its host's match pattern and asks the browser right from the click.
import { useState } from 'preact/hooks';
import { hostPatternFor } from '../../lib/sites/host-patterns';

export interface SitesProps {
  /** Read without asking (Confluence Cloud and the hosts the build preset): shown, not removable. */
  presetSites: string[];
  /** Match patterns the user added. */
  sites: string[];
  /** Added sites whose permission the browser no longer grants (revoked in its settings). */
  withoutPermission: string[];
  /**
   * Ask the browser for the pattern's permission and start reading it; resolves to false when the user refused.
   * Called synchronously from the click or Enter, since the permission prompt needs that user gesture.
   */
  onAdd: (pattern: string) => Promise<boolean>;
  /** Stop reading the site and give its permission back. */
  onRemove: (pattern: string) => Promise<void>;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function Sites({ presetSites, sites, withoutPermission, onAdd, onRemove }: SitesProps) {
  const [input, setInput] = useState('');
  const [notice, setNotice] = useState('');
  const pattern = hostPatternFor(input);
  const typed = input.trim() !== '';

  const add = (target: string) => {
    const asking = onAdd(target);
    setNotice(`Asking the browser for access to ${target}…`);
    asking.then(
      (granted) => {
        setNotice(
          granted ? `Agendum now reads ${target}.` : `The browser did not grant access to ${target}; nothing changed.`,
        );
        if (granted && target === pattern) setInput('');
      },
      (error: unknown) => setNotice(`Could not add ${target}: ${messageOf(error)}`),
    );
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (pattern === null) return setNotice('Enter a wiki address, like https://confluence.example.org/display/TEAM.');
    if (presetSites.includes(pattern) || sites.includes(pattern))
      return setNotice(`${pattern} is already on the list.`);
    add(pattern);
  };
  const remove = (site: string) =>
    onRemove(site).then(
      () => setNotice(`Agendum no longer reads ${site}.`),
      (error: unknown) => setNotice(`Could not remove ${site}: ${messageOf(error)}`),
    );

  return (
    <section class="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Wikis</h2>
      <p class="hint">
        On any other page, “Scan this page” in Agendum’s toolbar popup reads it once, without adding its site.
      </p>
      <ul class="site-list">
        {presetSites.map((site) => (
          <li key={site} data-site={site}>
            <code>{site}</code> <span class="hint">built in</span>
          </li>
        ))}
        {sites.map((site) => (
          <li key={site} data-site={site}>
            <code>{site}</code>
            {withoutPermission.includes(site) && (
              <>
                {' '}
                <span class="warning">access was withdrawn</span>
                <button type="button" onClick={() => add(site)}>
                  Allow again
                </button>
              </>
            )}
            <button type="button" class="remove" aria-label={`Remove ${site}`} onClick={() => void remove(site)}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form class="site-add" onSubmit={submit}>
        <label for="site-input">Add a wiki (Confluence Server or Data Center, MediaWiki, any site)</label>
        <input
          id="site-input"
          type="text"
          inputMode="url"
          placeholder="https://confluence.example.org/display/TEAM"
          value={input}
          aria-invalid={typed && pattern === null}
          aria-describedby="site-preview"
          onInput={(event) => setInput(event.currentTarget.value)}
        />
        <button type="submit" disabled={!typed}>
          Add
        </button>
        <p id="site-preview" class="hint">
          {!typed
            ? ''
            : pattern === null
              ? 'Not a web address.'
              : pattern === input.trim()
                ? ''
                : `Will add ${pattern}`}
        </p>
      </form>
      <p class="notice" role="status">
        {notice}
      </p>
    </section>
  );
}

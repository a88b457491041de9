// The options page: identities, wikis, the badge and notification options, the default export format, storage,
// restore.
// Props in, callbacks out; the page re-renders with the stored settings after each change is saved.
import { useState } from 'preact/hooks';
import { Identities } from './Identities';
import { Restore, type RestoreProps } from './Restore';
import { Sites } from './Sites';
import { StoredData } from './StoredData';
import { WikiSync, type WikiSyncProps } from './WikiSync';
import { Storage, type StoreSize } from './Storage';
import './options.css';
import {
  EXPORT_FORMAT_LIST,
  MENTION_STYLES,
  MENTION_STYLE_LABELS,
  type MentionStyle,
} from '../../lib/export/format-list';
import type { Settings } from '../../lib/model/settings';
import type { StoredSite } from '../../lib/model/stored-task';

export interface OptionsProps extends RestoreProps {
  /** The settings as stored now. */
  settings: Settings;
  /** Wikis read without asking (Confluence Cloud and the build's preset hosts). */
  presetSites: string[];
  /** Added sites whose permission the browser no longer grants. */
  sitesWithoutPermission: string[];
  /** Store the changed fields; may reject with an Error whose message the page shows. */
  onChange: (patch: Partial<Settings>) => Promise<void>;
  /** Ask for a site's permission and start reading it (false: refused); called straight from the click. */
  onAddSite: (pattern: string) => Promise<boolean>;
  /** Stop reading a site and give its permission back. */
  onRemoveSite: (pattern: string) => Promise<void>;
  /** Syncing with Confluence: the wikis read so far, the log of requests, "Pull my tasks". */
  wikiSync: Pick<WikiSyncProps, 'wikis' | 'log' | 'onPull'>;
  /** What the store holds: undefined while it is being read, null when it could not be. */
  storeSize?: StoreSize | null;
  /** What each site has stored, most first. */
  storedSites: StoredSite[];
  /** Forget every action and page read on an origin; resolves to how many actions went. */
  onForgetSite: (origin: string) => Promise<number>;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function Options({
  settings,
  presetSites,
  sitesWithoutPermission,
  onChange,
  onAddSite,
  onRemoveSite,
  wikiSync,
  storeSize,
  storedSites,
  onForgetSite,
  backups,
}: OptionsProps) {
  const [problem, setProblem] = useState('');
  const save = (patch: Partial<Settings>) =>
    void onChange(patch).then(
      () => setProblem(''),
      (error: unknown) => setProblem(`Could not save: ${messageOf(error)}`),
    );
  const checkbox = (field: 'countDueToday' | 'dailyNotification', label: string) => (
    <label class="check">
      <input
        type="checkbox"
        checked={settings[field]}
        onChange={(event) => save({ [field]: event.currentTarget.checked })}
      />
      {label}
    </label>
  );

  return (
    <main class="agendum-options">
      <h1>Agendum settings</h1>
      <p class="problem" role="alert">
        {problem}
      </p>
      <Identities identities={settings.identities} onChange={(identities) => save({ identities })} />
      <Sites
        presetSites={presetSites}
        sites={settings.sites}
        withoutPermission={sitesWithoutPermission}
        onAdd={onAddSite}
        onRemove={onRemoveSite}
      />
      <WikiSync {...wikiSync} sync={settings.wikiSync} onChange={(sync) => save({ wikiSync: sync })} />
      <section aria-labelledby="badge-heading">
        <h2 id="badge-heading">Reminders</h2>
        <p class="hint">The toolbar icon shows how many of your open actions are overdue.</p>
        {checkbox('countDueToday', 'Count actions due today on the icon too')}
        {checkbox('dailyNotification', 'Notify me once a day of what is due today')}
      </section>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <label for="export-format">Default format</label>
        <select
          id="export-format"
          value={settings.defaultExportFormat}
          onChange={(event) =>
            save({ defaultExportFormat: event.currentTarget.value as Settings['defaultExportFormat'] })
          }
        >
          {EXPORT_FORMAT_LIST.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.label}
            </option>
          ))}
        </select>
        <p>
          <label for="markdown-mentions">Owners in Markdown</label>{' '}
          <select
            id="markdown-mentions"
            value={settings.markdownMentions}
            onChange={(event) => save({ markdownMentions: event.currentTarget.value as MentionStyle })}
          >
            {MENTION_STYLES.map((style) => (
              <option key={style} value={style}>
                {MENTION_STYLE_LABELS[style]}
              </option>
            ))}
          </select>
        </p>
      </section>
      <Storage
        size={storeSize}
        retention={settings.goneRetention}
        onChange={(goneRetention) => save({ goneRetention })}
      />
      <StoredData sites={storedSites} onForget={onForgetSite} />
      <Restore backups={backups} />
    </main>
  );
}

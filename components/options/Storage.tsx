// The options page's storage section: how many actions are stored and how much room they take on this device,
// and what becomes of actions long gone from their page that the user never touched (kept by default).
import type { Settings } from '../../lib/model/settings';

/** What the store holds, as the options page shows it. */
export interface StoreSize {
  /** Actions listed (gone ones included). */
  tasks: number;
  /** Actions the retention setting archived. */
  archived: number;
  /** Bytes the extension's storage uses on this device, when the browser says. */
  bytes?: number;
}

export interface StorageProps {
  /** Undefined while it is being read; null when it could not be. */
  size: StoreSize | undefined | null;
  retention: Settings['goneRetention'];
  onChange: (retention: Settings['goneRetention']) => void;
}

type Retention = Settings['goneRetention'];
const CHOICES: Array<[Retention, string]> = [
  [{ mode: 'keep', afterDays: 365 }, 'Keep them'],
  [{ mode: 'archive', afterDays: 90 }, 'Archive them after 3 months'],
  [{ mode: 'archive', afterDays: 365 }, 'Archive them after a year'],
  [{ mode: 'delete', afterDays: 90 }, 'Delete them after 3 months'],
  [{ mode: 'delete', afterDays: 365 }, 'Delete them after a year'],
];
const valueOf = (retention: Retention): string =>
  retention.mode === 'keep' ? 'keep' : `${retention.mode}:${retention.afterDays}`;

function describeSize(size: StoreSize): string {
  const count = (n: number, what: string) => `${n.toLocaleString('en')} ${what}${n === 1 ? '' : 's'}`;
  const archived = size.archived > 0 ? `, and ${count(size.archived, 'archived action')}` : '';
  const bytes =
    size.bytes === undefined
      ? ''
      : `, using ${(size.bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MB on this device`;
  return `${count(size.tasks, 'action')} stored${archived}${bytes}.`;
}

export function Storage({ size, retention, onChange }: StorageProps) {
  // A value saved elsewhere that the menu does not offer is shown as it is.
  const choices = CHOICES.some(([choice]) => valueOf(choice) === valueOf(retention))
    ? CHOICES
    : [
        ...CHOICES,
        [
          retention,
          `${retention.mode === 'archive' ? 'Archive' : 'Delete'} them after ${retention.afterDays} days`,
        ] as [Retention, string],
      ];
  return (
    <section aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      <p class="storage-size" aria-live="polite">
        {size === undefined
          ? 'Counting the stored actions…'
          : size === null
            ? 'The stored actions could not be counted.'
            : describeSize(size)}
      </p>
      <label for="gone-retention">Actions gone from their page for a long time that you never changed</label>
      <select
        id="gone-retention"
        value={valueOf(retention)}
        onChange={(event) => {
          const picked = choices.find(([choice]) => valueOf(choice) === event.currentTarget.value);
          if (picked) onChange(picked[0]);
        }}
      >
        {choices.map(([choice, label]) => (
          <option key={valueOf(choice)} value={valueOf(choice)}>
            {label}
          </option>
        ))}
      </select>
      <p class="hint">
        Archived actions leave every list but stay stored, and come back if their page shows them again; deleted ones
        are gone for good. Actions you marked, noted, snoozed or made yourself are always kept.
      </p>
    </section>
  );
}

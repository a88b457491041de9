// Restoring a backup on the options page: pick the file, see what it would add and change, then restore it;
// whatever is newer in Agendum stays. A file it cannot use says why and changes nothing. Props in, callbacks out.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { BackupPreview, RestoreResult } from '../../lib/model/backup-preview';

/** What the page can do with a backup file's text. */
export interface BackupFiles {
  /** What restoring it would do; rejects with the reason (in words) for a file it cannot use. */
  preview(text: string): Promise<BackupPreview>;
  /** Merges it into the store and the settings, never losing what is newer there. */
  restore(text: string): Promise<RestoreResult>;
}

export interface RestoreProps {
  backups: BackupFiles;
}

/** A backup of 10,000 actions is about 15 MB; a file many times that is something else. */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;

type State =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'preview'; name: string; text: string; preview: BackupPreview }
  | { kind: 'done'; result: RestoreResult }
  | { kind: 'error'; message: string };

const counted = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** "“Send the minutes”, “Book the room” and 3 more". */
function named(texts: string[], total: number): string {
  const quoted = texts.map((text) => `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`).join(', ');
  return total > texts.length ? `${quoted} and ${total - texts.length} more` : quoted;
}

export function Restore({ backups }: RestoreProps) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  // The buttons that were pressed go away: the focus goes to what says what happened, never to the page.
  useEffect(() => {
    if (state.kind === 'done' || state.kind === 'error') outcome.current?.focus();
  }, [state.kind]);

  async function pick(file: File | undefined): Promise<void> {
    if (!file) return setState({ kind: 'idle' });
    if (file.size > MAX_BACKUP_BYTES) {
      return setState({
        kind: 'error',
        message: `“${file.name}” is too big to be an Agendum backup. Nothing was changed.`,
      });
    }
    setState({ kind: 'busy', what: `Reading “${file.name}”…` });
    try {
      const text = await file.text();
      setState({ kind: 'preview', name: file.name, text, preview: await backups.preview(text) });
    } catch (error) {
      setState({ kind: 'error', message: messageOf(error) });
    }
  }

  async function restore(text: string): Promise<void> {
    setState({ kind: 'busy', what: 'Restoring…' });
    try {
      setState({ kind: 'done', result: await backups.restore(text) });
    } catch (error) {
      setState({ kind: 'error', message: messageOf(error) });
    }
    if (input.current) input.current.value = '';
  }

  const cancel = (): void => {
    setState({ kind: 'idle' });
    if (input.current) {
      input.current.value = '';
      input.current.focus();
    }
  };

  return (
    <section class="restore" id="restore" aria-labelledby="restore-heading">
      <h2 id="restore-heading">Restore from a backup</h2>
      <p class="hint">
        A backup is the popup’s Export as “JSON (Agendum backup)”. You see what it holds before anything changes;
        restoring adds what is new and keeps whatever is newer here.
      </p>
      <label for="restore-file">Backup file</label>
      <input
        id="restore-file"
        ref={input}
        type="file"
        accept=".json,application/json"
        onChange={(event) => void pick(event.currentTarget.files?.[0])}
      />
      {state.kind === 'busy' && <p role="status">{state.what}</p>}
      {state.kind === 'error' && (
        <p class="problem" role="alert" tabIndex={-1} ref={outcome}>
          {state.message}
        </p>
      )}
      {state.kind === 'preview' && (
        <div class="restore-preview" role="group" aria-label="What this backup would restore">
          <p>
            “{state.name}” holds {counted(state.preview.actions, 'action')} from {counted(state.preview.pages, 'page')}
            {state.preview.identities > 0 && `, and ${counted(state.preview.identities, 'identity', 'identities')}`}.
          </p>
          <ul>
            <li>
              {counted(state.preview.added, 'new action')}
              {state.preview.added > 0 && `: ${named(state.preview.addedTexts, state.preview.added)}`}
            </li>
            <li>
              {counted(state.preview.changed, 'action')} would change, where the backup has the newer edit or sighting
              {state.preview.changed > 0 && `: ${named(state.preview.changedTexts, state.preview.changed)}`}
            </li>
            <li>
              {counted(state.preview.actions - state.preview.added - state.preview.changed, 'action')} already here as
              they are, or newer here: they stay.
            </li>
            {state.preview.identities > 0 && (
              <li>{counted(state.preview.newIdentities, 'identity', 'identities')} would add to who you are.</li>
            )}
          </ul>
          <div class="restore-buttons">
            <button type="button" class="primary" onClick={() => void restore(state.text)}>
              Restore
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {state.kind === 'done' && (
        <p role="status" tabIndex={-1} ref={outcome}>
          Restored {counted(state.result.added, 'new action')} and updated {counted(state.result.merged, 'action')} from{' '}
          {counted(state.result.pages, 'page')}
          {state.result.identities > 0 &&
            `; ${counted(state.result.identities, 'identity', 'identities')} added to who you are`}
          . Nothing newer here was replaced.
        </p>
      )}
    </section>
  );
}

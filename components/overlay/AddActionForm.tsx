// The form that makes an action from selected text: its words, assignee (suggested from names on the page),
// due date and note. Props in, callbacks out; the selected text is shown only as text.
import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_ACTION_TEXT } from '../../lib/model/limits';
import type { IsoDate } from '../../lib/model/page';

export interface ActionDraft {
  text: string;
  /** Names as typed, comma-separated in the field. */
  assignees: string[];
  due: IsoDate | null;
  note: string;
}

export interface AddActionFormProps {
  /** The selected text, as the action's words to start from. */
  text: string;
  /** Names the page mentions, offered as the assignee is typed. */
  names: string[];
  /** The action is being stored: Add waits (it stays focusable, so the focus is not lost). */
  busy?: boolean;
  /** Why the last attempt failed. */
  error?: string;
  onSubmit: (draft: ActionDraft) => void;
  onCancel: () => void;
}

export function AddActionForm({ text: selected, names, busy = false, error, onSubmit, onCancel }: AddActionFormProps) {
  const [text, setText] = useState(selected.slice(0, MAX_ACTION_TEXT));
  const [assignees, setAssignees] = useState('');
  const [due, setDue] = useState('');
  const [note, setNote] = useState('');
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);

  return (
    <form
      class="agendum-ui add-form"
      aria-label="Add an Agendum action"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onCancel();
      }}
      onSubmit={(event) => {
        event.preventDefault();
        const words = text.trim();
        if (!words || busy) return;
        onSubmit({
          text: words,
          assignees: assignees
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
          due: due || null,
          note: note.trim(),
        });
      }}
    >
      <h2>Add action</h2>
      <label>
        Action
        <textarea ref={first} rows={3} required maxLength={MAX_ACTION_TEXT} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <label>
        Assignee (names, comma-separated)
        <input type="text" list="agendum-names" autoComplete="off" value={assignees} onInput={(e) => setAssignees(e.currentTarget.value)} />
      </label>
      <datalist id="agendum-names">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <label>
        Due date
        <input type="date" value={due} onInput={(e) => setDue(e.currentTarget.value)} />
      </label>
      <label>
        Note
        <textarea maxLength={10_000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="add-form-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" class="primary" aria-disabled={busy || !text.trim()}>
          Add action
        </button>
      </div>
    </form>
  );
}

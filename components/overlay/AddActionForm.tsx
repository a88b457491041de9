// The form that makes an action from selected text: its words, assignee (suggested from names on the page),
// due date and note. Props in, callbacks out; the selected text is shown only as text.
import { useEffect, useRef, useState } from 'preact/hooks';
import { dueDateBounds, readDateField } from '../../lib/dates/date-field';
import { MAX_ACTION_TEXT } from '../../lib/model/limits';
import { DateInput } from './DateInput';
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
  /** The reader's date: the due date field takes years around it. */
  today: IsoDate;
  /** The action is being stored: Add waits (it stays focusable, so the focus is not lost). */
  busy?: boolean;
  /** Why the last attempt failed. */
  error?: string;
  onSubmit: (draft: ActionDraft) => void;
  onCancel: () => void;
}

export function AddActionForm({
  text: selected,
  names,
  today,
  busy = false,
  error,
  onSubmit,
  onCancel,
}: AddActionFormProps) {
  const [text, setText] = useState(selected.slice(0, MAX_ACTION_TEXT));
  const [assignees, setAssignees] = useState('');
  const [due, setDue] = useState('');
  const [dueError, setDueError] = useState<string>();
  /** Add was pressed with no words: said beside the field (the form checks itself, so no browser bubble does). */
  const [wordless, setWordless] = useState(false);
  const [note, setNote] = useState('');
  const first = useRef<HTMLTextAreaElement>(null);
  const dueField = useRef<HTMLInputElement>(null);
  const bounds = dueDateBounds(today);
  useEffect(() => first.current?.focus(), []);

  return (
    <form
      noValidate
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
        if (busy) return;
        setWordless(!words);
        if (!words) return first.current?.focus();
        const date = readDateField(due, bounds, today, dueField.current?.validity.badInput);
        setDueError('error' in date ? date.error : undefined);
        if ('error' in date) return dueField.current?.focus();
        onSubmit({
          text: words,
          assignees: assignees
            .split(',')
            .map((name) => name.trim())
            .filter(Boolean),
          due: date.date,
          note: note.trim(),
        });
      }}
    >
      <h2>Add action</h2>
      <label>
        Action
        <textarea
          ref={first}
          rows={3}
          required
          maxLength={MAX_ACTION_TEXT}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
      </label>
      <label>
        Assignee (names, comma-separated)
        <input
          type="text"
          list="agendum-names"
          autoComplete="off"
          value={assignees}
          onInput={(e) => setAssignees(e.currentTarget.value)}
        />
      </label>
      <datalist id="agendum-names">
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <DateInput
        label="Due date"
        id="agendum-add-due-error"
        value={due}
        bounds={bounds}
        error={dueError}
        field={dueField}
        onInput={setDue}
      />
      <label>
        Note
        <textarea maxLength={10_000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {(error || wordless) && (
        <p class="error" role="alert">
          {wordless ? 'Write what the action is.' : error}
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

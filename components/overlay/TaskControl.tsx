// The small control beside an action on the page: which action it is about (its words, on one line), done/undo,
// mine, due date, snooze, note, copy as Markdown, show in list. Its forms check dates themselves (noValidate),
// so what to fix is said in its words beside the field. A field put away (saved, Escape) gives the focus
// back to the button that opened it. Props in, callbacks out; page text reaches the DOM only as Preact text nodes.
import { useEffect, useRef, useState } from 'preact/hooks';
import { dueDateBounds, readDateField, snoozeBounds, type DateFieldBounds } from '../../lib/dates/date-field';
import { DateInput } from './DateInput';
import { formatDay } from '../../lib/dates/describe-due';
import type { Action } from '../../lib/model/action';
import type { IsoDate } from '../../lib/model/page';
import type { MarkState } from '../../lib/actions/action-state';
import { duePhrase } from '../../lib/popup/due-phrase';
import { snoozeOptions } from '../../lib/popup/snooze-options';
import { WikiWriteNotice } from '../shared/WikiWriteNotice';

export interface TaskControlProps {
  action: Action;
  /** How the page marks it; said in words here, since colour alone tells nothing to everyone. */
  state: MarkState;
  /** The user's local date: the due phrase and the snooze dates count from it. */
  today: IsoDate;
  /** A change is on its way to the store: the buttons wait (they stay focusable, so the focus is not lost). */
  busy?: boolean;
  /** What the last change did ("Copied as Markdown") or why it failed. */
  message?: { text: string; error?: boolean };
  /** Done (`true`) or open again (`false`). */
  onDone: (done: boolean) => void;
  onMine: (mine: boolean) => void;
  /** A new due date, or null to clear it. */
  onDue: (due: IsoDate | null) => void;
  /** Snooze until that date, or null to wake it now. */
  onSnooze: (until: IsoDate | null) => void;
  onNote: (note: string) => void;
  onCopy: () => void;
  onShowInList: () => void;
  /** "Retry" beside a status change the wiki has not taken yet. */
  onRetryWikiWrite: () => void;
  /** A date, snooze or note field opened (`true`) or closed: the control should stay put meanwhile. */
  onExpand?: (expanded: boolean) => void;
  /** Escape or ×: put the control away. */
  onClose: () => void;
}

type Section = 'due' | 'snooze' | 'note';

const STATE_WORDS: Record<MarkState, string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  open: 'Open',
  done: 'Done',
};

/** Shortened for labels: screen readers need to know which action, not hear all of it. */
function shortText(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function TaskControl(props: TaskControlProps) {
  const { action, state, today, busy = false, message, onExpand } = props;
  const [section, setSection] = useState<Section | null>(null);
  const [due, setDue] = useState(action.due ?? '');
  const [snoozeDate, setSnoozeDate] = useState('');
  const [note, setNote] = useState(action.note ?? '');
  const [dateError, setDateError] = useState<string>();
  const more = useRef<HTMLFormElement>(null);
  const dateField = useRef<HTMLInputElement>(null);
  /** The buttons that open each field, and the one to focus once its field is put away. */
  const triggers = useRef<Partial<Record<Section, HTMLButtonElement | null>>>({});
  const refocus = useRef<Section | null>(null);
  const done = action.status === 'done';
  const snoozed = action.snoozedUntil !== undefined && action.snoozedUntil > today;
  const phrase = duePhrase(action, today);
  const what = shortText(action.text);

  // Another action (or a fresh copy of this one from the store) resets the fields.
  useEffect(() => {
    setDue(action.due ?? '');
    setNote(action.note ?? '');
  }, [action.id, action.due, action.note]);
  useEffect(() => setSection(null), [action.id]);
  useEffect(() => {
    onExpand?.(section !== null);
    setDateError(undefined);
    if (section) more.current?.querySelector<HTMLElement>('input, textarea, button')?.focus();
    else if (refocus.current) triggers.current[refocus.current]?.focus();
    refocus.current = null;
  }, [section]);

  const idle = (handler: () => void) => () => {
    if (!busy) handler();
  };
  const toggle = (next: Section) => setSection(section === next ? null : next);
  /** Puts the open field away, the focus back on the button that opened it, and then does `then`. */
  const close = (then: () => void = () => undefined) => {
    refocus.current = section;
    setSection(null);
    then();
  };
  /** The date field's day (null when empty), or undefined after saying what to fix. */
  const dateOf = (value: string, bounds: DateFieldBounds): string | null | undefined => {
    const read = readDateField(value, bounds, today, dateField.current?.validity.badInput);
    if ('date' in read) return read.date;
    setDateError(read.error);
    dateField.current?.focus();
    return undefined;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    if (section) close();
    else props.onClose();
  };

  return (
    <div class="agendum-ui control" role="group" aria-label={`Agendum: ${what}`} onKeyDown={onKeyDown}>
      <p class="control-text" title={action.text}>
        {action.text}
      </p>
      <p class="control-head">
        <span class={`control-state control-state--${state}`}>{STATE_WORDS[state]}</span>
        {phrase && <span class="control-due">{phrase.text}</span>}
        {action.mine && <span class="control-due">· yours</span>}
      </p>
      <div class="control-buttons" role="toolbar" aria-label={`Actions for: ${what}`}>
        <button
          type="button"
          class={done ? undefined : 'primary'}
          aria-disabled={busy}
          onClick={idle(() => props.onDone(!done))}
        >
          {done ? 'Undo done' : 'Done'}
        </button>
        <button
          type="button"
          aria-pressed={action.mine}
          aria-disabled={busy}
          onClick={idle(() => props.onMine(!action.mine))}
        >
          Mine
        </button>
        <button
          type="button"
          ref={(el) => void (triggers.current.due = el)}
          aria-expanded={section === 'due'}
          onClick={() => toggle('due')}
        >
          Due date
        </button>
        {!done && (
          <button
            type="button"
            ref={(el) => void (triggers.current.snooze = el)}
            aria-expanded={section === 'snooze'}
            onClick={() => toggle('snooze')}
          >
            Snooze
          </button>
        )}
        <button
          type="button"
          ref={(el) => void (triggers.current.note = el)}
          aria-expanded={section === 'note'}
          onClick={() => toggle('note')}
        >
          Note
        </button>
        <button type="button" onClick={props.onCopy}>
          Copy as Markdown
        </button>
        <button type="button" onClick={props.onShowInList}>
          Show in list
        </button>
        <button type="button" aria-label="Close" title="Close (Esc)" onClick={props.onClose}>
          ×
        </button>
      </div>

      {section === 'due' && (
        <form
          ref={more}
          noValidate
          class="control-more"
          onSubmit={(event) => {
            event.preventDefault();
            if (busy) return;
            const date = dateOf(due, dueDateBounds(today));
            if (date !== undefined) close(() => props.onDue(date));
          }}
        >
          <div class="control-row">
            <DateInput
              label="Due date"
              id="agendum-due-error"
              value={due}
              bounds={dueDateBounds(today)}
              error={dateError}
              field={dateField}
              onInput={setDue}
            />
            <button type="submit" class="primary" aria-disabled={busy}>
              Set date
            </button>
            {action.due !== null && (
              <button type="button" aria-disabled={busy} onClick={idle(() => close(() => props.onDue(null)))}>
                Clear date
              </button>
            )}
          </div>
        </form>
      )}

      {section === 'snooze' && (
        <form
          ref={more}
          noValidate
          class="control-more"
          aria-label="Snooze"
          onSubmit={(event) => {
            event.preventDefault();
            if (busy) return;
            const date = dateOf(snoozeDate, snoozeBounds(today));
            if (date) close(() => props.onSnooze(date));
          }}
        >
          <div class="control-row">
            {snoozeOptions(today).map((option) => (
              <button
                type="button"
                key={option.label}
                title={formatDay(option.until, today)}
                aria-disabled={busy}
                onClick={idle(() => close(() => props.onSnooze(option.until)))}
              >
                {option.label}
              </button>
            ))}
            {snoozed && (
              <button type="button" aria-disabled={busy} onClick={idle(() => close(() => props.onSnooze(null)))}>
                Wake now
              </button>
            )}
          </div>
          <div class="control-row">
            <DateInput
              label="Until a date"
              id="agendum-snooze-error"
              value={snoozeDate}
              bounds={snoozeBounds(today)}
              error={dateError}
              field={dateField}
              onInput={setSnoozeDate}
            />
            <button type="submit" aria-disabled={busy || !snoozeDate}>
              Snooze
            </button>
          </div>
        </form>
      )}

      {section === 'note' && (
        <form
          ref={more}
          noValidate
          class="control-more"
          onSubmit={(event) => {
            event.preventDefault();
            if (!busy) close(() => props.onNote(note));
          }}
        >
          <label>
            Note (only you see it)
            <textarea maxLength={10_000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </label>
          <div class="control-row">
            <button type="submit" class="primary" aria-disabled={busy}>
              Save note
            </button>
          </div>
        </form>
      )}

      <WikiWriteNotice wikiWrite={action.wikiWrite} busy={busy} onRetry={props.onRetryWikiWrite} />

      {message && (
        <p class={message.error ? 'error' : undefined} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}

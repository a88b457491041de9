// One action in the popup's list: what, who, when, from which meeting, and its inline Done/Snooze buttons.
// Page text reaches the DOM only as Preact text nodes.
import { useEffect, useRef, useState } from 'preact/hooks';
import { BreakableText, shownText } from '../shared/BreakableText';
import { formatDay } from '../../lib/dates/describe-due';
import { duePhrase } from '../../lib/popup/due-phrase';
import { snoozeOptions } from '../../lib/popup/snooze-options';
import type { Action } from '../../lib/model/action';
import type { IsoDate } from '../../lib/model/page';
import { WikiWriteNotice } from '../shared/WikiWriteNotice';

export interface TaskRowProps {
  action: Action;
  /** The user's local date; the due phrase and the snooze dates are computed from it. */
  today: IsoDate;
  /** The user pressed Done (`done: true`) or Undo (`done: false`). */
  onDone: (id: string, done: boolean) => void;
  /** The user picked a snooze date. */
  onSnooze: (id: string, until: IsoDate) => void;
  /** The user clicked the action's text: open its page and flash it there. */
  onOpen: (action: Action) => void;
  /** The user deleted the action, or forgot the page it was agreed on. */
  onDelete: (action: Action, scope: 'action' | 'page') => void;
  /** "Retry" beside a status change the wiki has not taken yet. */
  onRetryWikiWrite: (id: string) => void;
  /** The action "Show in list" asked for: scrolled to, highlighted and focused when the row appears. */
  focused?: boolean;
}

/** The meeting it came from: the page title, with the meeting date (as the reader writes dates) when the title does not already say it. */
function meetingLabel(action: Action, today: IsoDate): string {
  const { title } = action.sourcePage;
  const date = action.meetingDate;
  return date === undefined || title.includes(date) ? title : `${title} · ${formatDay(date, today)}`;
}

/** A button's spoken label names its action, however long the action's text. */
const labelText = (action: Action): string => shownText(action.text, 80);

export function TaskRow({
  action,
  today,
  onDone,
  onSnooze,
  onOpen,
  onRetryWikiWrite,
  onDelete,
  focused = false,
}: TaskRowProps) {
  const [snoozing, setSnoozing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const what = labelText(action);
  const openButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!focused) return;
    openButton.current?.scrollIntoView?.({ block: 'center' });
    openButton.current?.focus();
  }, [focused]);
  const done = action.status === 'done';
  const phrase = duePhrase(action, today);
  const people = action.assignees.map((person) => person.name).join(', ');
  return (
    <li class={`task${done ? ' task--done' : ''}${focused ? ' task--focused' : ''}`} data-task-id={action.id}>
      <button
        ref={openButton}
        type="button"
        class="task-open"
        title="Open the page it came from"
        onClick={() => onOpen(action)}
      >
        <BreakableText text={action.text} />
      </button>
      <div class="task-meta">
        {people !== '' && <span class="task-people">{people}</span>}
        {phrase !== null && (
          <time class={`task-due task-due--${phrase.tone}`} dateTime={action.due ?? undefined}>
            {phrase.text}
          </time>
        )}
        <span class="task-source">{meetingLabel(action, today)}</span>
      </div>
      <WikiWriteNotice wikiWrite={action.wikiWrite} onRetry={() => onRetryWikiWrite(action.id)} />
      <div class="task-buttons">
        <button
          type="button"
          aria-label={`${done ? 'Mark not done' : 'Mark done'}: ${what}`}
          onClick={() => onDone(action.id, !done)}
        >
          {done ? 'Undo' : 'Done'}
        </button>
        {!done && (
          <button
            type="button"
            aria-expanded={snoozing}
            aria-label={`Snooze: ${what}`}
            onClick={() => setSnoozing(!snoozing)}
          >
            Snooze
          </button>
        )}
        {!done &&
          snoozing &&
          snoozeOptions(today).map((option) => (
            <button
              type="button"
              key={option.label}
              title={formatDay(option.until, today)}
              aria-label={`Snooze until ${option.label.toLowerCase()} (${formatDay(option.until, today)}): ${what}`}
              onClick={() => {
                setSnoozing(false);
                onSnooze(action.id, option.until);
              }}
            >
              {option.label}
            </button>
          ))}
        <button
          type="button"
          aria-expanded={deleting}
          aria-label={`Delete: ${what}`}
          onClick={() => setDeleting(!deleting)}
        >
          Delete…
        </button>
        {deleting && (
          <>
            <button type="button" onClick={() => onDelete(action, 'action')}>
              Delete this action
            </button>
            <button type="button" onClick={() => onDelete(action, 'page')}>
              Forget its page
            </button>
          </>
        )}
      </div>
    </li>
  );
}

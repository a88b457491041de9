// One group of the popup's list (Overdue, Due today, …): a header with its count that folds the group, and
// at most a page of rows at a time, so even 10,000 actions render quickly.
import { useState } from 'preact/hooks';
import { TaskRow } from './TaskRow';
import type { TaskRowProps } from './TaskRow';
import type { Action } from '../../lib/model/action';
import type { GroupKey } from '../../lib/popup/group-actions';

/** Rows a group shows at first, and how many more each "Show more" adds. */
export const GROUP_PAGE_SIZE = 50;

export interface TaskGroupProps extends Omit<TaskRowProps, 'action'> {
  group: GroupKey;
  /** The header's words, e.g. "Due today". */
  label: string;
  /** The group's actions, already sorted. */
  actions: Action[];
  /** Whether the group starts unfolded (Done starts folded: it is history, not work). */
  initiallyOpen: boolean;
  /** The action "Show in list" asked for, if it is in this group: the group opens far enough to show it. */
  focusId?: string;
}

export function TaskGroup({ group, label, actions, initiallyOpen, focusId, ...rowProps }: TaskGroupProps) {
  const focusAt = focusId === undefined ? -1 : actions.findIndex((action) => action.id === focusId);
  const [open, setOpen] = useState(initiallyOpen || focusAt >= 0);
  const [limit, setLimit] = useState(Math.max(GROUP_PAGE_SIZE, Math.ceil((focusAt + 1) / GROUP_PAGE_SIZE) * GROUP_PAGE_SIZE));
  const listId = `group-${group}`;
  const hidden = actions.length - limit;
  return (
    <section class={`group group--${group}`} data-group={group}>
      <h2 class="group-header">
        <button type="button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          <span class="group-label">{label}</span> <span class="group-count">{actions.length.toLocaleString('en')}</span>
        </button>
      </h2>
      {open && (
        <ul id={listId} class="group-rows">
          {actions.slice(0, limit).map((action) => (
            <TaskRow key={action.id} action={action} focused={action.id === focusId} {...rowProps} />
          ))}
        </ul>
      )}
      {open && hidden > 0 && (
        <button type="button" class="group-more" onClick={() => setLimit(limit + GROUP_PAGE_SIZE)}>
          Show {Math.min(hidden, GROUP_PAGE_SIZE)} more ({hidden.toLocaleString('en')} not shown)
        </button>
      )}
    </section>
  );
}

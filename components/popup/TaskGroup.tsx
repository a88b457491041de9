// One group of the popup's list (Overdue, Due today, …): a header with its count that folds the group, and its
// rows, windowed: only those near the popup's view are drawn, the rest stand in as padding of their height, so
// a group of 10,000 costs what a screenful does. Before every action is read, the group shows the first rows
// it was given and how many more are on their way.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { TaskRow } from './TaskRow';
import type { TaskRowProps } from './TaskRow';
import type { Action } from '../../lib/model/action';
import type { GroupKey } from '../../lib/popup/group-actions';
import { windowRange, type RowWindow } from '../../lib/popup/window-range';

/** What a row measures before one has been drawn (and where nothing is laid out): a two-line row. */
const DEFAULT_ROW_HEIGHT = 64;
/** The popup's height, for when the viewport cannot be measured. */
const DEFAULT_VIEWPORT = 600;

export interface TaskGroupProps extends Omit<TaskRowProps, 'action'> {
  group: GroupKey;
  /** The header's words, e.g. "Due today". */
  label: string;
  /** The group's actions that have been read, already sorted: all of them, or the first few. */
  actions: Action[];
  /** How many actions the group holds (more than `actions` while the rest are being read). */
  count: number;
  /** Whether the group starts unfolded (Done starts folded: it is history, not work). */
  initiallyOpen: boolean;
  /** The action "Show in list" asked for, if it is in this group: the group opens and scrolls to it. */
  focusId?: string;
  /** The element that scrolls the list. */
  scroller: RefObject<HTMLElement | null>;
  /** Rows the groups above this one draw: before anything is laid out, a group that far down draws fewer rows, or none. */
  rowsAbove?: number;
}

/** How many default rows fill `count` popup heights. */
const screens = (count: number): number => Math.ceil((count * DEFAULT_VIEWPORT) / DEFAULT_ROW_HEIGHT);

function viewportOf(scroller: HTMLElement | null): { scrollTop: number; height: number } {
  return { scrollTop: scroller?.scrollTop ?? 0, height: scroller?.clientHeight || DEFAULT_VIEWPORT };
}

export function TaskGroup({
  group,
  label,
  actions,
  count,
  initiallyOpen,
  focusId,
  scroller,
  rowsAbove = 0,
  ...rowProps
}: TaskGroupProps) {
  const focusAt = focusId === undefined ? -1 : actions.findIndex((action) => action.id === focusId);
  const [open, setOpen] = useState(initiallyOpen || focusAt >= 0);
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_HEIGHT);
  const list = useRef<HTMLUListElement>(null);
  // Until the user scrolls, the window is around the asked-for row, or the popup's first two screens: no layout
  // needed to find it, and the popup's first frame draws only rows the reader can reach at once.
  const [drawn, setDrawn] = useState<RowWindow>(() =>
    focusAt >= 0
      ? { start: Math.max(0, focusAt - screens(1)), end: Math.min(actions.length, focusAt + screens(2)) }
      : { start: 0, end: Math.min(actions.length, Math.max(0, screens(2) - rowsAbove)) },
  );
  const listId = `group-${group}`;

  /** The window for the list's place in the scroller now. */
  const measure = (): RowWindow => {
    const element = list.current;
    const root = scroller.current;
    const { scrollTop, height } = viewportOf(root);
    const listTop =
      element && root ? element.getBoundingClientRect().top - root.getBoundingClientRect().top + scrollTop : 0;
    return windowRange({ rows: actions.length, rowHeight, listTop, scrollTop, viewportHeight: height });
  };

  useEffect(() => {
    const root = scroller.current;
    if (!open || !root) return;
    let frame = 0;
    const onScroll = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const next = measure();
        setDrawn((current) => (current.start === next.start && current.end === next.end ? current : next));
      });
    };
    root.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      root.removeEventListener('scroll', onScroll);
    };
  }, [open, actions, rowHeight, scroller]);

  // More rows arrived (the full list after the first screen): keep the window where it is, over the new length.
  useEffect(() => {
    if (scroller.current && scroller.current.clientHeight > 0) setDrawn(measure());
    else
      setDrawn((current) => ({
        start: current.start,
        end: Math.min(actions.length, Math.max(current.end, current.start + screens(3))),
      }));
  }, [actions.length]);

  // Rows differ in height (text wraps): the padding standing in for undrawn rows uses the drawn ones' average.
  useLayoutEffect(() => {
    const element = list.current;
    const drawn = element?.children.length ?? 0;
    if (!element || drawn === 0) return;
    const style = getComputedStyle(element);
    const height =
      (element.scrollHeight - parseFloat(style.paddingTop || '0') - parseFloat(style.paddingBottom || '0')) / drawn;
    if (height > 0 && Math.abs(height - rowHeight) > 2) setRowHeight(height);
  });

  // "Show in list": bring the asked-for row into the window once it is there to show.
  useEffect(() => {
    const root = scroller.current;
    const element = list.current;
    if (focusAt < 0 || !open || !root || !element) return;
    setDrawn({ start: Math.max(0, focusAt - screens(1)), end: Math.min(actions.length, focusAt + screens(2)) });
    const listTop = element.getBoundingClientRect().top - root.getBoundingClientRect().top + root.scrollTop;
    root.scrollTop = Math.max(0, listTop + focusAt * rowHeight - root.clientHeight / 2);
  }, [focusAt >= 0, open]);

  const start = Math.min(drawn.start, actions.length);
  const end = Math.min(Math.max(drawn.end, start), actions.length);
  const pending = count - actions.length;
  return (
    <section class={`group group--${group}`} data-group={group}>
      <h2 class="group-header">
        <button type="button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          <span class="group-label">{label}</span> <span class="group-count">{count.toLocaleString('en')}</span>
        </button>
      </h2>
      {open && (
        <ul
          id={listId}
          ref={list}
          class="group-rows"
          style={{ paddingTop: `${start * rowHeight}px`, paddingBottom: `${(actions.length - end) * rowHeight}px` }}
        >
          {actions.slice(start, end).map((action) => (
            <TaskRow key={action.id} action={action} focused={action.id === focusId} {...rowProps} />
          ))}
        </ul>
      )}
      {open && pending > 0 && <p class="group-pending">{pending.toLocaleString('en')} more on their way…</p>}
    </section>
  );
}

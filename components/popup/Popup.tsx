// The toolbar popup: draws the first screen the PopupApi reads from indexes, then every action once they are
// read (filtered, grouped, each group windowed), and turns row clicks into API calls. All data work is in
// lib/popup; this file holds state and layout.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { EmptyState } from './EmptyState';
import { ExportMenu } from './ExportMenu';
import { Filters } from './Filters';
import { TaskGroup } from './TaskGroup';
import { shownText } from '../shared/BreakableText';
import './popup.css';
import { leftOutOf } from '../../lib/export/format-list';
import type { Action } from '../../lib/model/action';
import type { IsoDate } from '../../lib/model/page';
import { filterActions, filterOptions, withoutStaleChoices } from '../../lib/popup/filter-actions';
import type { PopupFilter } from '../../lib/popup/filter-actions';
import { isScopeOnly, OPEN_GROUPS, screenWithEdits } from '../../lib/popup/first-screen';
import { GROUP_ORDER, groupActions } from '../../lib/popup/group-actions';
import type { GroupKey } from '../../lib/popup/group-actions';
import type { PopupApi, PopupData } from '../../lib/popup/popup-api';

export interface PopupProps {
  /** Everything the popup reads and does goes through this (the store and messages in the extension, a fake in tests). */
  api: PopupApi;
  /** An action to show (the overlay's "Show in list" opens the popup with `?focus=<id>`). */
  focusId?: string;
}

const GROUP_LABELS: Record<GroupKey, string> = {
  overdue: 'Overdue',
  today: 'Due today',
  week: 'This week',
  later: 'Later',
  none: 'No date',
  done: 'Done',
};

type LoadState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  /** `actions` is every action, once read; until then the first screen stands in. */
  | { kind: 'ready'; data: PopupData; filter: PopupFilter; actions?: Action[] };

/** The user's changes made in this popup, by action id: applied to whatever is shown, and to the full list when it arrives. */
type Edits = Record<string, Partial<Action>>;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

const edited = (actions: readonly Action[], edits: Edits): Action[] =>
  actions.map((action) => (edits[action.id] ? { ...action, ...edits[action.id] } : action));

export function Popup({ api, focusId }: PopupProps) {
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [edits, setEdits] = useState<Edits>({});
  /** One line about the last thing done (exported, copied, could not save), read out by screen readers. */
  const [notice, setNotice] = useState('');
  /** The action last marked done, which Undo opens again. */
  const [undo, setUndo] = useState<{ id: string; text: string }>();
  /** The row whose button takes the focus once a change moved the row that had it (Done sends a row to its group). */
  const refocus = useRef<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  /** Counts loads, so a slow full list from an earlier load never replaces a newer one. */
  const loads = useRef(0);

  const load = async (): Promise<void> => {
    const run = ++loads.current;
    try {
      const data = await api.load(focusId);
      if (run !== loads.current) return;
      if (data.error !== undefined) return setState({ kind: 'failed', message: data.error });
      setEdits({});
      setState({ kind: 'ready', data, filter: data.filter });
      const actions = await api.loadActions();
      if (run !== loads.current) return;
      const options = filterOptions(actions);
      setState((current) =>
        current.kind === 'ready'
          ? { ...current, actions, filter: withoutStaleChoices(current.filter, options) }
          : current,
      );
    } catch (error) {
      if (run === loads.current) setState({ kind: 'failed', message: messageOf(error) });
    }
  };
  // Read as soon as the empty popup is built, not a frame later: the first rows wait for this read.
  useLayoutEffect(() => {
    void load();
  }, [api]);

  // The row that had the focus moved away: the focus goes to the next row (or to Undo), never to the page's body.
  useEffect(() => {
    const target = refocus.current;
    if (target === null) return;
    refocus.current = null;
    // A row coming back into a group is drawn once its group's window follows: look again a moment later.
    const focusRow = (tries: number): void => {
      const row = [...(scroller.current?.querySelectorAll<HTMLElement>('li[data-task-id]') ?? [])].find(
        (li) => li.dataset.taskId === target,
      );
      if (!row && tries > 0) return void setTimeout(() => focusRow(tries - 1), 16);
      (row?.querySelector<HTMLElement>('.task-buttons button') ?? undoButton.current)?.focus();
    };
    focusRow(3);
  }, [edits]);

  const ready = state.kind === 'ready' ? state : null;
  const today = ready?.data.today ?? '';
  const all = useMemo(() => (ready?.actions ? edited(ready.actions, edits) : undefined), [ready?.actions, edits]);
  const filter = ready?.filter;
  const options = useMemo(() => filterOptions(all ?? []), [all]);
  const shown = useMemo(() => (all && filter ? filterActions(all, filter) : []), [all, filter]);
  const groups = useMemo(() => groupActions(shown, today), [shown, today]);
  // The first screen answers only the filter it was read for.
  const screen = useMemo(
    () =>
      !all && ready?.data.firstScreen && filter === ready.data.filter
        ? screenWithEdits(ready.data.firstScreen, edits, today, filter.scope)
        : undefined,
    [all, ready?.data, filter, edits, today],
  );

  /** Runs an API call; on success applies `after`, on failure says so without losing the list. */
  const attempt = async (what: string, call: () => Promise<void>, after?: () => void): Promise<void> => {
    try {
      await call();
      after?.();
    } catch (error) {
      setNotice(`Could not ${what}: ${messageOf(error)}`);
    }
  };
  const patch = (id: string, change: Partial<Action>) =>
    setEdits((current) => ({ ...current, [id]: { ...current[id], ...change } }));
  /** The action as the background now answers it (its status, and where that stands on the wiki), over the one shown. */
  const replace = (action: Action) => patch(action.id, { ...action, wikiWrite: action.wikiWrite });
  const changeFilter = (next: PopupFilter) => {
    setState((current) => (current.kind === 'ready' ? { ...current, filter: next } : current));
    void attempt('remember the filter', async () => api.setFilter?.(next));
  };
  const scan = () =>
    void attempt('scan this page', async () => {
      const found = await api.scanActiveTab();
      setNotice(found === 1 ? 'Found 1 action on this page.' : `Found ${found} actions on this page.`);
      await load();
    });
  /** Marks done (or open again); the focus goes to the row after it, and Undo is offered. */
  const markDone = (id: string, done: boolean) =>
    attempt('save', async () => {
      const changed = await api.setDone(id, done);
      const rows = [...(scroller.current?.querySelectorAll<HTMLElement>('li[data-task-id]') ?? [])];
      const at = rows.findIndex((li) => li.dataset.taskId === id);
      refocus.current = done || at < 0 ? ((rows[at + 1] ?? rows[at - 1])?.dataset.taskId ?? '') : id;
      setUndo(done ? { id, text: changed.text } : undefined);
      replace(changed);
    });
  const plural = (n: number) => `${n.toLocaleString('en')} action${n === 1 ? '' : 's'}`;
  /** What "shown" means for export: every action the filter keeps, in the popup's group order, folded or not. */
  const exported = (): Action[] => GROUP_ORDER.flatMap((key) => groups[key]);
  /** "Exported 4 actions." and, when the format left some out, which and why. */
  const saidOf = (done: string, format: string): string => {
    const left = leftOutOf(format, shown);
    return left ? `${done} ${plural(shown.length - left.count)}. ${left.text}` : `${done} ${plural(shown.length)}.`;
  };
  const rowProps = {
    today,
    scroller,
    focusId,
    onOpen: (action: Action) => void attempt('open the page', () => api.openSource(action)),
    onDone: (id: string, done: boolean) => void markDone(id, done),
    onRetryWikiWrite: (id: string) =>
      void attempt('send it to the wiki', async () => replace(await api.retryWikiWrite(id))),
    onSnooze: (id: string, until: IsoDate) =>
      void attempt(
        'snooze',
        () => api.snooze(id, until),
        () => patch(id, { snoozedUntil: until }),
      ),
    onDelete: (action: Action, scope: 'action' | 'page') =>
      void attempt(scope === 'page' ? 'forget the page' : 'delete', async () => {
        const deleted = await api.deleteAction(action.id, scope);
        setNotice(
          scope === 'page'
            ? `Forgot “${shownText(action.sourcePage.title, 80)}” and its ${plural(deleted)}.`
            : 'Deleted 1 action.',
        );
        await load();
      }),
  };
  const heads: Array<[GroupKey, { count: number; actions: Action[] }]> = all
    ? GROUP_ORDER.map((key) => [key, { count: groups[key].length, actions: groups[key] }])
    : screen
      ? OPEN_GROUPS.map((key) => [key, screen[key]])
      : [];
  const listed = heads.filter(([, head]) => head.count > 0);
  /** The rows each listed group has above it, in the groups before it (Done, folded at first, is last). */
  const rowsAbove = listed.map((_, at) =>
    listed.slice(0, at).reduce((rows, [, head]) => rows + head.actions.length, 0),
  );

  return (
    <div class="agendum-popup" ref={scroller}>
      <header class="popup-header">
        <h1>Agendum</h1>
        <button type="button" onClick={scan}>
          Scan this page
        </button>
      </header>
      {state.kind === 'loading' && <p class="popup-loading">Loading…</p>}
      {state.kind === 'failed' && <EmptyState kind="error" message={state.message} onRetry={() => void load()} />}
      {ready && all?.length === 0 && (
        <EmptyState
          kind="first-run"
          sites={ready.data.sites}
          onOpenOptions={() => void attempt('open Settings', () => api.openOptions())}
        />
      )}
      {ready && all?.length !== 0 && (
        <>
          <Filters filter={ready.filter} options={options} loading={!all} onChange={changeFilter} />
          <ExportMenu
            formats={ready.data.formats}
            defaultFormat={ready.data.defaultFormat}
            count={all ? shown.length : undefined}
            onExport={(format) =>
              void attempt(
                'export',
                () => api.exportActions(format, exported()),
                () => setNotice(saidOf('Exported', format)),
              )
            }
            onCopy={(format) =>
              void attempt(
                'copy',
                () => api.copyActions(format, exported()),
                () => setNotice(saidOf('Copied', format)),
              )
            }
          />
          <div class="popup-list" aria-busy={all ? 'false' : 'true'}>
            {all && shown.length === 0 ? (
              <EmptyState
                kind="no-matches"
                mineOnly={ready.filter.scope === 'mine' && isScopeOnly(ready.filter)}
                onClear={() => changeFilter({ scope: 'everyone' })}
                identityKnown={ready.data.identityKnown}
                identityQuestion={ready.data.identityQuestion}
                onAnswerIdentity={(accepted) =>
                  void attempt(
                    'save your answer',
                    () => api.answerIdentity(accepted),
                    () => void load(),
                  )
                }
                onOpenOptions={() => void attempt('open Settings', () => api.openOptions())}
              />
            ) : listed.length === 0 ? (
              <p class="popup-loading">Loading…</p>
            ) : (
              listed.map(([key, head], at) => (
                <TaskGroup
                  key={key}
                  group={key}
                  label={GROUP_LABELS[key]}
                  actions={head.actions}
                  count={head.count}
                  initiallyOpen={key !== 'done'}
                  rowsAbove={rowsAbove[at]}
                  {...rowProps}
                />
              ))
            )}
          </div>
        </>
      )}
      {undo && (
        <div class="popup-undo" role="status">
          <span>Done: “{undo.text.length > 60 ? `${undo.text.slice(0, 57)}…` : undo.text}”.</span>
          <button
            type="button"
            ref={undoButton}
            aria-label={`Undo done: ${undo.text}`}
            onClick={() => {
              refocus.current = undo.id;
              void attempt('undo', async () => {
                const reopened = await api.setDone(undo.id, false);
                setUndo(undefined);
                replace(reopened);
              });
            }}
          >
            Undo
          </button>
        </div>
      )}
      <p class="popup-notice" role="status" aria-live="polite">
        {notice}
      </p>
    </div>
  );
}

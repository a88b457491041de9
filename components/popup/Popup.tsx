// The toolbar popup: loads once through the PopupApi, then filters, groups and renders the actions, and
// turns row clicks into API calls. All data work is in lib/popup; this file holds state and layout.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { EmptyState } from './EmptyState';
import { ExportMenu } from './ExportMenu';
import { Filters } from './Filters';
import { TaskGroup } from './TaskGroup';
import './popup.css';
import type { Action } from '../../lib/model/action';
import { filterActions, filterOptions, initialFilter } from '../../lib/popup/filter-actions';
import type { PopupFilter } from '../../lib/popup/filter-actions';
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

type LoadState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; data: PopupData; filter: PopupFilter };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function Popup({ api, focusId }: PopupProps) {
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  /** One line about the last thing done (exported, copied, could not save), read out by screen readers. */
  const [notice, setNotice] = useState('');

  const load = async (): Promise<void> => {
    try {
      const data = await api.load();
      if (data.error !== undefined) return setState({ kind: 'failed', message: data.error });
      const filter = initialFilter(data.filter, data.identityKnown, filterOptions(data.actions));
      // The asked-for action must show: when the remembered filter hides it, this visit lists everyone's.
      const focus = data.actions.find((action) => action.id === focusId);
      const hidden = focus !== undefined && filterActions([focus], filter).length === 0;
      setState({ kind: 'ready', data, filter: hidden ? { scope: 'everyone' } : filter });
    } catch (error) {
      setState({ kind: 'failed', message: messageOf(error) });
    }
  };
  useEffect(() => {
    void load();
  }, [api]);

  const ready = state.kind === 'ready' ? state : null;
  const actions = ready?.data.actions;
  const filter = ready?.filter;
  const options = useMemo(() => filterOptions(actions ?? []), [actions]);
  const shown = useMemo(() => (actions && filter ? filterActions(actions, filter) : []), [actions, filter]);
  const groups = useMemo(() => groupActions(shown, ready?.data.today ?? ''), [shown, ready?.data.today]);

  /** Runs an API call; on success applies `after`, on failure says so without losing the list. */
  const attempt = async (what: string, call: () => Promise<void>, after?: () => void): Promise<void> => {
    try {
      await call();
      after?.();
    } catch (error) {
      setNotice(`Could not ${what}: ${messageOf(error)}`);
    }
  };
  /** The action as the background now answers it, in place of the one shown. */
  const replace = (action: Action) => patch(action.id, action);
  const patch = (id: string, change: Partial<Action>) =>
    setState((current) =>
      current.kind === 'ready'
        ? { ...current, data: { ...current.data, actions: current.data.actions.map((a) => (a.id === id ? { ...a, ...change } : a)) } }
        : current,
    );
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
  const plural = (n: number) => `${n.toLocaleString('en')} action${n === 1 ? '' : 's'}`;
  /** What "shown" means for export: every action the filter keeps, in the popup's group order, folded or not. */
  const exported = (): Action[] => GROUP_ORDER.flatMap((key) => groups[key]);

  return (
    <div class="agendum-popup">
      <header class="popup-header">
        <h1>Agendum</h1>
        <button type="button" onClick={scan}>
          Scan this page
        </button>
      </header>
      {state.kind === 'loading' && <p class="popup-loading">Loading…</p>}
      {state.kind === 'failed' && <EmptyState kind="error" message={state.message} onRetry={() => void load()} />}
      {ready && ready.data.actions.length === 0 && (
        <EmptyState kind="first-run" sites={ready.data.sites} onOpenOptions={() => void attempt('open Settings', () => api.openOptions())} />
      )}
      {ready && ready.data.actions.length > 0 && (
        <>
          <Filters filter={ready.filter} options={options} onChange={changeFilter} />
          <ExportMenu
            formats={ready.data.formats}
            defaultFormat={ready.data.defaultFormat}
            count={shown.length}
            onExport={(format) => void attempt('export', () => api.exportActions(format, exported()), () => setNotice(`Exported ${plural(shown.length)}.`))}
            onCopy={(format) => void attempt('copy', () => api.copyActions(format, exported()), () => setNotice(`Copied ${plural(shown.length)}.`))}
          />
          {shown.length === 0 ? (
            <EmptyState
              kind="no-matches"
              mineOnly={ready.filter.scope === 'mine' && isOnlyScope(ready.filter)}
              onClear={() => changeFilter({ scope: 'everyone' })}
            />
          ) : (
            GROUP_ORDER.filter((key) => groups[key].length > 0).map((key) => (
              <TaskGroup
                key={key}
                group={key}
                label={GROUP_LABELS[key]}
                actions={groups[key]}
                initiallyOpen={key !== 'done'}
                focusId={focusId}
                today={ready.data.today}
                onOpen={(action) => void attempt('open the page', () => api.openSource(action))}
                onDone={(id, done) => void attempt('save', async () => replace(await api.setDone(id, done)))}
                onRetryWikiWrite={(id) => void attempt('send it to the wiki', async () => replace(await api.retryWikiWrite(id)))}
                onSnooze={(id, until) => void attempt('snooze', () => api.snooze(id, until), () => patch(id, { snoozedUntil: until }))}
              />
            ))
          )}
        </>
      )}
      <p class="popup-notice" role="status" aria-live="polite">
        {notice}
      </p>
    </div>
  );
}

/** No series, page or search narrows the list: only the Mine switch does. */
function isOnlyScope(filter: PopupFilter): boolean {
  return filter.series === undefined && filter.pageUrl === undefined && (filter.search ?? '').trim() === '';
}

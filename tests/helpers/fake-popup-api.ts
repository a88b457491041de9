// A PopupApi that keeps its data in memory and records every call, for component tests and UI work. Its first
// screen is computed from the whole list (`firstScreenOf`), as the real one is read from indexes.
import type { Action } from '../../lib/model/action';
import { openingFilter, type PopupFilter } from '../../lib/popup/filter-actions';
import { FIRST_SCREEN_ROWS, firstScreenOf, isScopeOnly } from '../../lib/popup/first-screen';
import type { PopupApi, PopupData } from '../../lib/popup/popup-api';

export interface PopupApiCall {
  method: keyof PopupApi;
  args: unknown[];
}

/** What the fake holds: the popup's data without the parts it derives, the remembered filter and every action. */
export interface FakePopupData extends Omit<PopupData, 'filter' | 'firstScreen'> {
  /** The filter remembered from last time. */
  filter?: PopupFilter;
  actions: Action[];
}

export interface FakePopupApi extends PopupApi {
  /** Every call in order, with its arguments. */
  calls: PopupApiCall[];
  /** The data `load()` and `loadActions()` answer from; a test may change it between loads. */
  data: FakePopupData;
  /** The count `scanActiveTab()` answers with. */
  scanFound: number;
  /** Makes `loadActions()` wait until the returned function is called: the popup shows its first screen meanwhile. */
  holdActions(): () => void;
}

export { makeAction } from './make-action';

export function fakePopupApi(data: Partial<FakePopupData> = {}): FakePopupApi {
  let held: Promise<void> = Promise.resolve();
  const api: FakePopupApi = {
    calls: [],
    scanFound: 0,
    data: {
      today: '2026-03-04',
      actions: [],
      identityKnown: false,
      sites: [],
      defaultFormat: 'csv',
      formats: [
        { id: 'csv', label: 'CSV' },
        { id: 'markdown', label: 'Markdown' },
        { id: 'ics', label: 'Calendar (.ics)' },
      ],
      ...data,
    },
    holdActions() {
      let release = (): void => {};
      held = new Promise((resolve) => (release = resolve));
      return release;
    },
    async load(...args) {
      record('load', args);
      const [focusId] = args;
      const { actions, filter: saved, ...rest } = api.data;
      const focus = actions.find((action) => action.id === focusId);
      const filter = openingFilter(saved, api.data.identityKnown, focus);
      const firstScreen = isScopeOnly(filter)
        ? firstScreenOf(actions, api.data.today, filter.scope, FIRST_SCREEN_ROWS)
        : undefined;
      return { ...rest, filter, ...(firstScreen ? { firstScreen } : {}) };
    },
    async loadActions() {
      record('loadActions');
      await held;
      return api.data.actions;
    },
    async setDone(...args) {
      record('setDone', args);
      const [id, done] = args;
      return { ...api.data.actions.find((action) => action.id === id)!, status: done ? 'done' : 'open' };
    },
    async retryWikiWrite(...args) {
      record('retryWikiWrite', args);
      const action = api.data.actions.find((a) => a.id === args[0])!;
      const { wikiWrite: _sent, ...rest } = action;
      return rest;
    },
    async snooze(...args) {
      record('snooze', args);
    },
    async openSource(...args) {
      record('openSource', args);
    },
    async exportActions(...args) {
      record('exportActions', args);
    },
    async copyActions(...args) {
      record('copyActions', args);
    },
    async deleteAction(...args) {
      record('deleteAction', args);
      api.data = { ...api.data, actions: api.data.actions.filter((action) => action.id !== args[0]) };
      return 1;
    },
    async scanActiveTab() {
      record('scanActiveTab');
      return api.scanFound;
    },
    async openOptions() {
      record('openOptions');
    },
    async answerIdentity(...args) {
      record('answerIdentity', args);
    },
    async setFilter(...args) {
      record('setFilter', args);
    },
  };
  const record = (method: keyof PopupApi, args: unknown[] = []) => api.calls.push({ method, args });
  return api;
}

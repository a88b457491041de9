// A PopupApi that keeps its data in memory and records every call, for component tests and UI work.
import type { PopupApi, PopupData } from '../../lib/popup/popup-api';

export interface PopupApiCall {
  method: keyof PopupApi;
  args: unknown[];
}

export interface FakePopupApi extends PopupApi {
  /** Every call in order, with its arguments. */
  calls: PopupApiCall[];
  /** The data `load()` answers with; a test may change it between loads. */
  data: PopupData;
  /** The count `scanActiveTab()` answers with. */
  scanFound: number;
}

export { makeAction } from './make-action';

export function fakePopupApi(data: Partial<PopupData> = {}): FakePopupApi {
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
    async load() {
      record('load');
      return api.data;
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
    async scanActiveTab() {
      record('scanActiveTab');
      return api.scanFound;
    },
    async openOptions() {
      record('openOptions');
    },
    async setFilter(...args) {
      record('setFilter', args);
    },
  };
  const record = (method: keyof PopupApi, args: unknown[] = []) => api.calls.push({ method, args });
  return api;
}

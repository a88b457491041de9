// An OverlayApi that keeps a background in memory, for overlay tests: a synced page's tasks become actions,
// edits and added actions apply to them, every call is recorded, and `tell` plays the background's messages.
import type { ContentHandlers } from '../../lib/messages/content';
import type { BackgroundToContent, PageActions, Result, TextQuote } from '../../lib/messages/protocol';
import type { Action } from '../../lib/model/action';
import type { IsoDate } from '../../lib/model/page';
import type { OverlayApi } from '../../lib/overlay/overlay-api';

type Method = Exclude<keyof OverlayApi, 'listen'>;

export interface FakeOverlayApi extends OverlayApi {
  /** The stored actions by id; a test may change them and then `tell` the overlay. */
  actions: Map<string, Action>;
  /** Where the actions made from selected text sit, by id: replies carry those of the actions they carry. */
  anchors: Map<string, TextQuote>;
  /** The date every reply gives as today. */
  today: IsoDate;
  /** While set, every request fails as an unreachable background does. */
  down: boolean;
  /** Every request in order, with its arguments. */
  calls: { method: Method; args: unknown[] }[];
  /** The arguments of each call of `method`. */
  sent<M extends Method>(method: M): Parameters<OverlayApi[M]>[];
  /** Delivers a message from the background to the overlay that listens (none: nothing happens). */
  tell<N extends keyof BackgroundToContent>(name: N, data: Parameters<BackgroundToContent[N]>[0]): void;
}

const UNREACHABLE = 'Agendum could not reach its background page: gone.';

export function fakeOverlayApi(today: IsoDate): FakeOverlayApi {
  let listener: ContentHandlers | undefined;

  function respond<T>(method: Method, args: unknown[], reply: () => T): Promise<Result<T>> {
    api.calls.push({ method, args });
    return Promise.resolve(api.down ? { ok: false, error: UNREACHABLE } : { ok: true, value: reply() });
  }
  const page = (): PageActions => ({
    today: api.today,
    actions: [...api.actions.values()],
    anchors: [...api.anchors].filter(([id]) => api.actions.has(id)).map(([id, quote]) => ({ id, quote })),
  });

  const api: FakeOverlayApi = {
    actions: new Map(),
    anchors: new Map(),
    today,
    down: false,
    calls: [],
    syncPage(url, extraction) {
      return respond('syncPage', [url, extraction], () => {
        for (const task of extraction.tasks) {
          if (!api.actions.has(task.id)) api.actions.set(task.id, { ...task, mine: false, gone: false });
        }
        return page();
      });
    },
    pageActions(url, ids) {
      return respond('pageActions', [url, ids], page);
    },
    edit(id, edit) {
      return respond('edit', [id, edit], () => {
        const { snoozeUntil, ...rest } = edit;
        const edited: Action = {
          ...api.actions.get(id)!,
          ...(rest as Partial<Action>),
          ...(snoozeUntil ? { snoozedUntil: snoozeUntil } : {}),
        };
        api.actions.set(id, edited);
        return edited;
      });
    },
    add(request) {
      return respond('add', [request], () => {
        const action: Action = {
          id: `user:${request.pageUrl ?? request.url}:${api.actions.size}`,
          text: request.text,
          assignees: request.assignees,
          due: request.due,
          status: 'open',
          mine: false,
          origin: 'text-marker',
          sourcePage: {
            title: request.pageTitle,
            url: request.pageUrl ?? request.url,
            ...(request.pageId ? { id: request.pageId } : {}),
          },
          gone: false,
          ...(request.note ? { note: request.note } : {}),
        };
        api.actions.set(action.id, action);
        api.anchors.set(action.id, request.anchor);
        return action;
      });
    },
    answerIdentity(answer) {
      return respond('answerIdentity', [answer], () => undefined);
    },
    showInList(id) {
      return respond('showInList', [id], () => undefined);
    },
    retryWikiWrite(id) {
      return respond('retryWikiWrite', [id], () => {
        const { wikiWrite: _sent, ...action } = api.actions.get(id)!;
        api.actions.set(id, action);
        return action;
      });
    },
    listen(handlers, signal) {
      listener = handlers;
      signal.addEventListener('abort', () => (listener = undefined), { once: true });
    },
    sent: (method) => api.calls.filter((call) => call.method === method).map((call) => call.args) as never,
    tell(name, data) {
      (listener?.[name] as ((data: unknown) => void) | undefined)?.(data);
    },
  };
  return api;
}

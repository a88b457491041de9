// The background's message boundary: whatever a content script (inside a page we do not control) sends,
// a handler sees only data its request schema accepts, and every answer is a Result, never a throw.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { dispatch, handleMessages, INVALID_REQUEST, UNKNOWN_REQUEST, type Handlers } from '../../lib/messages/server';
import type { PageExtraction } from '../../lib/model/extraction';
import { StoreError } from '../../lib/store/errors';

const FROM_PAGE: Browser.runtime.MessageSender = {
  id: 'test-extension-id',
  tab: { id: 7 } as Browser.tabs.Tab,
  url: 'https://wiki.example.org/x',
};
const URL_HERE = 'https://wiki.example.org/display/DM/2026-03-04';
/** The popup: a page of the extension's own. */
const FROM_POPUP: Browser.runtime.MessageSender = {
  id: 'test-extension-id',
  url: 'chrome-extension://test-extension-id/popup.html',
};

const extraction = (): PageExtraction => ({
  page: { url: URL_HERE, title: 'DM meeting', wiki: 'confluence-server', isMeeting: true, meetingDates: [] },
  agenda: [],
  tasks: [],
  suggestions: [],
});

/** Handlers that record what they were given and answer something recognisable. */
function recordingHandlers(): { handlers: Handlers; seen: { name: string; data: unknown; sender: unknown }[] } {
  const seen: { name: string; data: unknown; sender: unknown }[] = [];
  const record =
    <T>(name: string, value: T) =>
    async (data: unknown, sender: unknown): Promise<T> => {
      seen.push({ name, data, sender });
      return value;
    };
  const handlers = {
    syncPage: record('syncPage', { today: '2026-03-04', actions: [] }),
    getPageActions: record('getPageActions', { today: '2026-03-04', actions: [] }),
    editAction: record('editAction', { id: 'a' }),
    addAction: record('addAction', { id: 'b' }),
    answerIdentity: record('answerIdentity', undefined),
    showInList: record('showInList', undefined),
    openSource: record('openSource', undefined),
    scanActiveTab: record('scanActiveTab', { found: 3 }),
    deleteAction: record('deleteAction', { deleted: 1 }),
    forgetSite: record('forgetSite', { deleted: 1 }),
  } as unknown as Handlers;
  return { handlers, seen };
}

describe('dispatch', () => {
  // The details of a refused request go to the console (for developers), not into the test's output.
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

  it('hands a valid request to its handler, with the sender, and answers its value', async () => {
    const { handlers, seen } = recordingHandlers();
    const reply = await dispatch(
      handlers,
      { name: 'syncPage', data: { url: URL_HERE, extraction: extraction() } },
      FROM_PAGE,
    );
    expect(reply).toEqual({ ok: true, value: { today: '2026-03-04', actions: [] } });
    expect(seen).toEqual([
      {
        name: 'syncPage',
        data: { url: URL_HERE, extraction: expect.objectContaining({ tasks: [] }) },
        sender: FROM_PAGE,
      },
    ]);
  });

  it('hands a sync only the page’s facts and tasks, whatever else a content script of an older Agendum sends', async () => {
    const { handlers, seen } = recordingHandlers();
    const older = { ...extraction(), agenda: [{ title: 'Budget' }], suggestions: [] };
    await dispatch(handlers, { name: 'syncPage', data: { url: URL_HERE, extraction: older } }, FROM_PAGE);
    expect(seen.map(({ data }) => data)).toEqual([
      { url: URL_HERE, extraction: { page: extraction().page, tasks: [] } },
    ]);
  });

  it('hands the handler the moment the request arrived, so a timing that starts there includes the parse', async () => {
    const { handlers } = recordingHandlers();
    const arrivals: unknown[] = [];
    const timed = {
      ...handlers,
      syncPage: async (_data: unknown, _sender: unknown, receivedAt?: number) => {
        arrivals.push(receivedAt);
        return { today: '2026-03-04', actions: [] };
      },
    } as unknown as Handlers;
    const request = { name: 'syncPage', data: { url: URL_HERE, extraction: extraction() } };
    await dispatch(timed, request, FROM_PAGE, 1234.5);
    const before = performance.now();
    await dispatch(timed, request, FROM_PAGE);
    expect(arrivals[0]).toBe(1234.5);
    // Without one given, the moment dispatch was called.
    expect(arrivals[1]).toBeGreaterThanOrEqual(before);
    expect(arrivals[1]).toBeLessThanOrEqual(performance.now());
  });

  it.each([
    ['no message at all', undefined],
    ['null', null],
    ['a string', 'syncPage'],
    ['a message without a name', { data: {} }],
    ['a name that is not a string', { name: 42, data: {} }],
    ['a name no handler has', { name: 'deleteEverything', data: {} }],
    ['a name from Object.prototype', { name: 'toString', data: {} }],
    ['__proto__', { name: '__proto__', data: {} }],
    ['constructor', { name: 'constructor', data: {} }],
    ['a message the background only sends', { name: 'togglePanel', data: {} }],
  ])('answers an error Result for %s, and calls no handler', async (_, raw) => {
    const { handlers, seen } = recordingHandlers();
    const reply = await dispatch(handlers, raw, FROM_PAGE);
    expect(reply.ok).toBe(false);
    expect(reply.ok === false && reply.error).toBe(UNKNOWN_REQUEST);
    expect(seen).toEqual([]);
  });

  it('keeps an unknown name out of its error text, which a person reads', async () => {
    const reply = await dispatch(recordingHandlers().handlers, { name: 'x'.repeat(10_000) }, FROM_PAGE);
    expect(reply.ok === false && reply.error).toBe(UNKNOWN_REQUEST);
  });

  it.each([
    ['no data', { name: 'editAction' }],
    ['data of the wrong type', { name: 'editAction', data: 'done' }],
    ['a missing field', { name: 'editAction', data: { edit: { status: 'done' } } }],
    ['an empty id', { name: 'editAction', data: { id: '', edit: {} } }],
    ['an id too long to be ours', { name: 'editAction', data: { id: 'x'.repeat(501), edit: {} } }],
    ['a status the model does not know', { name: 'editAction', data: { id: 'a', edit: { status: 'deleted' } } }],
    ['a due date that is not a date', { name: 'editAction', data: { id: 'a', edit: { due: '31/12/2026' } } }],
    ['a page address that is not a URL', { name: 'getPageActions', data: { url: 'not a url', ids: [] } }],
    [
      'a page address of 5,000 characters',
      { name: 'getPageActions', data: { url: `${URL_HERE}?${'q'.repeat(5000)}`, ids: [] } },
    ],
    [
      'an extraction without tasks',
      { name: 'syncPage', data: { url: URL_HERE, extraction: { ...extraction(), tasks: undefined } } },
    ],
    [
      'an added action with no text',
      {
        name: 'addAction',
        data: {
          url: URL_HERE,
          pageTitle: 'P',
          text: '',
          assignees: [],
          due: null,
          anchor: { exact: 'x', prefix: '', suffix: '' },
        },
      },
    ],
    [
      'an added action without an anchor',
      { name: 'addAction', data: { url: URL_HERE, pageTitle: 'P', text: 'Do it', assignees: [], due: null } },
    ],
    [
      'more assignees than the protocol allows',
      {
        name: 'addAction',
        data: {
          url: URL_HERE,
          pageTitle: 'P',
          text: 'Do it',
          assignees: Array.from({ length: 21 }, (_, i) => ({ name: `P${i}` })),
          due: null,
          anchor: { exact: 'x', prefix: '', suffix: '' },
        },
      },
    ],
    ['extra keys where none are allowed', { name: 'scanActiveTab', data: { tabId: 3 } }],
  ])('answers a plain "nothing was changed" for %s, and calls no handler', async (_, raw) => {
    const { handlers, seen } = recordingHandlers();
    const reply = await dispatch(
      handlers,
      raw,
      (raw as { name: string }).name === 'scanActiveTab' ? FROM_POPUP : FROM_PAGE,
    );
    expect(reply.ok).toBe(false);
    expect(reply.ok === false && reply.error).toBe(INVALID_REQUEST);
    expect(seen).toEqual([]);
  });

  it.each(['scanActiveTab', 'openSource', 'deleteAction', 'forgetSite'])(
    'refuses %s from a page, whatever it carries, and calls no handler',
    async (name) => {
      const { handlers, seen } = recordingHandlers();
      expect(await dispatch(handlers, { name, data: {} }, FROM_PAGE)).toEqual({
        ok: false,
        error: 'Only Agendum’s own pages may ask that.',
      });
      expect(seen).toEqual([]);
    },
  );

  it('hands the handler only the fields its schema names', async () => {
    const { handlers, seen } = recordingHandlers();
    const raw = JSON.parse(
      '{"name":"editAction","data":{"id":"a","edit":{"status":"done","__proto__":{"polluted":true},"wikiHalf":"x"},"extra":1}}',
    );
    expect(await dispatch(handlers, raw, FROM_PAGE)).toMatchObject({ ok: true });
    expect(seen[0]!.data).toEqual({ id: 'a', edit: { status: 'done' } });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it.each([
    ['an Error', new Error('This action is no longer stored.'), 'This action is no longer stored.'],
    [
      'a StoreError',
      new StoreError('not-found', 'This action is no longer stored: reload the page to find it again.'),
      'This action is no longer stored: reload the page to find it again.',
    ],
    ['a thrown string', 'disk full', 'disk full'],
  ])('turns %s thrown by a handler into an error Result', async (_, thrown, error) => {
    const { handlers } = recordingHandlers();
    handlers.showInList = async () => {
      throw thrown;
    };
    expect(await dispatch(handlers, { name: 'showInList', data: { id: 'a' } }, FROM_PAGE)).toEqual({
      ok: false,
      error,
    });
  });
});

describe('handleMessages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  /** Sends `raw` as `sender` through the registered listener; resolves to what it answered, or 'no answer'. */
  async function send(raw: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> {
    let answer: (reply: unknown) => void = () => undefined;
    const replied = new Promise((resolve) => (answer = resolve));
    // Chrome passes sendResponse as the third argument; the fake's typing knows two.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const [kept] = await trigger(raw, sender, answer);
    return kept === true ? replied : 'no answer';
  }

  it('answers our own contexts through sendResponse, keeping the channel open', async () => {
    handleMessages(recordingHandlers().handlers);
    expect(await send({ name: 'scanActiveTab', data: {} }, FROM_POPUP)).toEqual({ ok: true, value: { found: 3 } });
  });

  it('does not answer another extension, and calls no handler', async () => {
    const { handlers, seen } = recordingHandlers();
    handleMessages(handlers);
    expect(await send({ name: 'scanActiveTab', data: {} }, { id: 'another-extension' })).toBe('no answer');
    expect(seen).toEqual([]);
  });

  it('answers requests that arrive before the store is open once it is', async () => {
    const { handlers } = recordingHandlers();
    let open: (ready: Handlers) => void = () => undefined;
    handleMessages(new Promise<Handlers>((resolve) => (open = resolve)));
    const reply = send({ name: 'showInList', data: { id: 'a' } }, FROM_PAGE);
    open(handlers);
    expect(await reply).toEqual({ ok: true, value: undefined });
  });

  it('times a request from its arrival, even one that waited for the store to open', async () => {
    const arrivals: unknown[] = [];
    const handlers = {
      ...recordingHandlers().handlers,
      showInList: async (_data: unknown, _sender: unknown, receivedAt?: number) => void arrivals.push(receivedAt),
    } as unknown as Handlers;
    let open: (ready: Handlers) => void = () => undefined;
    handleMessages(new Promise<Handlers>((resolve) => (open = resolve)));
    const sent = performance.now();
    const reply = send({ name: 'showInList', data: { id: 'a' } }, FROM_PAGE);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const opened = performance.now();
    open(handlers);
    await reply;
    expect(arrivals).toHaveLength(1);
    expect(arrivals[0]).toBeGreaterThanOrEqual(sent);
    expect(arrivals[0]).toBeLessThan(opened);
  });

  it('answers in plain words when the store cannot be opened', async () => {
    const failed = Promise.reject(new Error('QuotaExceededError'));
    failed.catch(() => undefined);
    handleMessages(failed);
    expect(await send({ name: 'showInList', data: { id: 'a' } }, FROM_PAGE)).toEqual({
      ok: false,
      error: 'Agendum could not open its store: QuotaExceededError',
    });
  });

  it('answers an error Result, not a rejection, for a request no handler takes', async () => {
    const handler = vi.fn();
    handleMessages({ ...recordingHandlers().handlers, showInList: handler });
    expect(await send({ name: 'hasOwnProperty', data: {} }, FROM_PAGE)).toMatchObject({
      ok: false,
      error: UNKNOWN_REQUEST,
    });
    expect(handler).not.toHaveBeenCalled();
  });
});

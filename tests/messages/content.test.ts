// The content script's side of the boundary: only our own background may tell a tab anything, and only by
// the names the overlay handles; the listener goes when the content script's context does.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listenToBackground, type ContentHandlers } from '../../lib/messages/content';

let handlers: { [N in keyof ContentHandlers]: ReturnType<typeof vi.fn> };
let stop: AbortController;

beforeEach(() => {
  fakeBrowser.reset();
  handlers = { actionsChanged: vi.fn(), togglePanel: vi.fn(), revealAction: vi.fn(), wikiRequest: vi.fn() };
  stop = new AbortController();
  listenToBackground(handlers as unknown as ContentHandlers, stop.signal);
});

const deliver = (raw: unknown, sender: object) => fakeBrowser.runtime.onMessage.trigger(raw, sender);
const called = () => Object.values(handlers).filter((handler) => handler.mock.calls.length > 0).length;

describe('listenToBackground', () => {
  it('hands our background’s message to its handler', async () => {
    await deliver({ name: 'revealAction', data: { id: 'a1' } }, { id: fakeBrowser.runtime.id });
    expect(handlers.revealAction).toHaveBeenCalledWith({ id: 'a1' });
  });

  it('ignores a message sent from a tab (a page or another content script), though it carries our id', async () => {
    await deliver({ name: 'togglePanel', data: {} }, { id: fakeBrowser.runtime.id, tab: { id: 1 } });
    expect(called()).toBe(0);
  });

  it('ignores another extension', async () => {
    await deliver({ name: 'togglePanel', data: {} }, { id: 'another-extension' });
    expect(called()).toBe(0);
  });

  it.each([
    null,
    'togglePanel',
    { data: {} },
    { name: 'deleteEverything' },
    { name: 'toString' },
    { name: '__proto__' },
    { name: 42 },
  ])('ignores %j', async (raw) => {
    await expect(deliver(raw, { id: fakeBrowser.runtime.id })).resolves.toBeDefined();
    expect(called()).toBe(0);
  });

  it('never answers, so a sender is not kept waiting on a reply', async () => {
    expect(await deliver({ name: 'togglePanel', data: {} }, { id: fakeBrowser.runtime.id })).toEqual([undefined]);
  });

  it('stops listening when the context is invalidated', async () => {
    stop.abort();
    await deliver({ name: 'togglePanel', data: {} }, { id: fakeBrowser.runtime.id });
    expect(called()).toBe(0);
  });
});

/** @vitest-environment happy-dom */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ignorePageStopEvents } from '../../lib/overlay/page-stop-events';

let ctx: ContentScriptContext;
/** The event WXT's contexts listen for, as a page that learnt its name would send it. */
const forged = () =>
  new CustomEvent(
    (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE,
    {
      bubbles: true,
      detail: { contentScriptName: 'wiki', messageId: 'from-the-page' },
    },
  );

beforeEach(() => {
  fakeBrowser.reset();
  ctx = new ContentScriptContext('wiki');
});

afterEach(() => ctx.abort());

describe('ignorePageStopEvents', () => {
  it('is needed: without it, one event from the page stops the content script', () => {
    document.dispatchEvent(forged());
    expect(ctx.signal.aborted).toBe(true);
  });

  it('keeps the content script running whatever the page dispatches, on the document or any element', () => {
    ignorePageStopEvents(ctx, window);
    document.dispatchEvent(forged());
    document.body.dispatchEvent(forged());
    expect(ctx.signal.aborted).toBe(false);
  });
});

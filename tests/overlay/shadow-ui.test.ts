/** @vitest-environment happy-dom */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isOurs, mountShadowUi } from '../../lib/overlay/shadow-ui';

let ctx: ContentScriptContext;

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Minutes' }));
  ctx = new ContentScriptContext('wiki');
});

afterEach(() => ctx.abort());

describe('mountShadowUi', () => {
  it('mounts a closed shadow root, styled without a file from the extension, in a manual popover host that isOurs knows', async () => {
    const fetched = vi.spyOn(globalThis, 'fetch');
    const ui = (await mountShadowUi(ctx, document, 'agendum-panel'))!;
    expect(ui.host.tagName).toBe('AGENDUM-PANEL');
    expect(ui.host.getAttribute('popover')).toBe('manual');
    expect(ui.shadow.mode).toBe('closed');
    expect(ui.host.shadowRoot).toBeNull();
    // Its styles are bundled (vitest gives the stylesheet as empty text; tests/e2e checks them drawn).
    expect(fetched).not.toHaveBeenCalled();
    expect(ui.shadow.contains(ui.container)).toBe(true);
    expect(isOurs(ui.host)).toBe(true);
    expect(isOurs(document.querySelector('p')!)).toBe(false);
  });

  it('stops clicks a page script makes inside it', async () => {
    const ui = (await mountShadowUi(ctx, document, 'agendum-control'))!;
    const button = ui.container.appendChild(document.createElement('button'));
    const clicked = vi.fn();
    button.addEventListener('click', clicked);
    button.click();
    expect(clicked).not.toHaveBeenCalled();
  });

  it('puts the host back after the wiki swapped its whole body', async () => {
    const ui = (await mountShadowUi(ctx, document, 'agendum-control'))!;
    document.body.replaceChildren();
    ui.remount();
    expect(document.querySelectorAll('agendum-control')).toHaveLength(1);
    ui.remount();
    expect(document.querySelectorAll('agendum-control')).toHaveLength(1);
  });

  it('mounts nothing when the content script was invalidated meanwhile', async () => {
    const mounting = mountShadowUi(ctx, document, 'agendum-panel');
    ctx.abort();
    expect(await mounting).toBeNull();
    expect(document.querySelector('agendum-panel')).toBeNull();
  });

  it('leaves with the content script', async () => {
    await mountShadowUi(ctx, document, 'agendum-panel');
    ctx.abort();
    expect(document.querySelector('agendum-panel')).toBeNull();
  });
});

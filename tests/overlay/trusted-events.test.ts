/** @vitest-environment happy-dom */
import { describe, expect, it, vi } from 'vitest';
import { acceptTrustedOnly } from '../../lib/overlay/trusted-events';

function shadowButton(): { root: ShadowRoot; button: HTMLButtonElement; host: HTMLElement } {
  const host = document.createElement('agendum-control');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const button = document.createElement('button');
  root.append(button);
  return { root, button, host };
}

describe('acceptTrustedOnly', () => {
  it.each(['click', 'keydown', 'submit', 'input', 'mousedown'])(
    'stops a %s a page script dispatches before any handler sees it',
    (type) => {
      const { root, button, host } = shadowButton();
      const handler = vi.fn();
      button.addEventListener(type, handler);
      acceptTrustedOnly(root, new AbortController().signal);
      button.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
      expect(handler).not.toHaveBeenCalled();
      host.remove();
    },
  );

  it('stops a scripted .click() on our button', () => {
    const { root, button, host } = shadowButton();
    const handler = vi.fn();
    button.addEventListener('click', handler);
    acceptTrustedOnly(root, new AbortController().signal);
    button.click();
    expect(handler).not.toHaveBeenCalled();
    host.remove();
  });

  it('lets events through again once its signal aborts (the UI is gone by then)', () => {
    const { root, button, host } = shadowButton();
    const handler = vi.fn();
    button.addEventListener('click', handler);
    const life = new AbortController();
    acceptTrustedOnly(root, life.signal);
    life.abort();
    button.click();
    expect(handler).toHaveBeenCalledTimes(1);
    host.remove();
  });
});

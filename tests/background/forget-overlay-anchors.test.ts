import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetOverlayAnchors } from '../../lib/background/forget-overlay-anchors';

beforeEach(() => fakeBrowser.reset());

describe('forgetOverlayAnchors', () => {
  it('removes the old per-page anchor copies and keeps everything else', async () => {
    await fakeBrowser.storage.local.set({
      'overlay.anchors:https://wiki.example.org/a': [{ id: 'user:a', quote: { exact: 'x', prefix: '', suffix: '' } }],
      'overlay.anchors:https://wiki.example.org/b': [],
      'overlay.panelOpen': true,
      'popup.filter': { scope: 'mine' },
    });
    expect(await forgetOverlayAnchors()).toBe(2);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      'overlay.panelOpen': true,
      'popup.filter': { scope: 'mine' },
    });
  });

  it('does nothing on a profile without them', async () => {
    const remove = vi.spyOn(fakeBrowser.storage.local, 'remove');
    expect(await forgetOverlayAnchors()).toBe(0);
    expect(remove).not.toHaveBeenCalled();
  });

  it('keeps them when storage cannot be read', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('broken'));
    expect(await forgetOverlayAnchors()).toBe(0);
  });
});

import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadPanelOpen, savePanelOpen } from '../../lib/overlay/local-state';

beforeEach(() => fakeBrowser.reset());

describe('the panel state', () => {
  it('is closed until the user leaves it open', async () => {
    await expect(loadPanelOpen()).resolves.toBe(false);
    await savePanelOpen(true);
    await expect(loadPanelOpen()).resolves.toBe(true);
    await savePanelOpen(false);
    await expect(loadPanelOpen()).resolves.toBe(false);
  });

  it('is closed when storage cannot be read, and saving it then does not throw', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('broken'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('broken'));
    await expect(loadPanelOpen()).resolves.toBe(false);
    await expect(savePanelOpen(true)).resolves.toBeUndefined();
  });
});

import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadAnchors, loadPanelOpen, pageKey, saveAnchor, savePanelOpen } from '../../lib/overlay/local-state';

const PAGE = 'https://wiki.example.org/pages/viewpage.action?pageId=1001';
const quote = (exact: string) => ({ exact, prefix: 'Ask ', suffix: ' today' });

beforeEach(() => fakeBrowser.reset());

describe('the panel state', () => {
  it('is closed until the user leaves it open', async () => {
    await expect(loadPanelOpen()).resolves.toBe(false);
    await savePanelOpen(true);
    await expect(loadPanelOpen()).resolves.toBe(true);
    await savePanelOpen(false);
    await expect(loadPanelOpen()).resolves.toBe(false);
  });
});

describe('pageKey', () => {
  it.each([
    [`${PAGE}#Minutes`, PAGE],
    [PAGE, PAGE],
    ['https://x.atlassian.net/wiki/spaces/DM/pages/1/Sync#', 'https://x.atlassian.net/wiki/spaces/DM/pages/1/Sync'],
  ])('reads %s as the page %s', (url, key) => {
    expect(pageKey(url)).toBe(key);
  });
});

describe('anchors', () => {
  it('are kept per page, whichever heading the address pointed at', async () => {
    await saveAnchor(`${PAGE}#Actions`, { id: 'a1', quote: quote('Ann to book') });
    await saveAnchor('https://wiki.example.org/other', { id: 'b1', quote: quote('Bob to call') });
    await expect(loadAnchors(PAGE)).resolves.toEqual([{ id: 'a1', quote: quote('Ann to book') }]);
  });

  it('replace the anchor of the same action instead of adding another', async () => {
    await saveAnchor(PAGE, { id: 'a1', quote: quote('Ann to book') });
    await saveAnchor(PAGE, { id: 'a2', quote: quote('Cy to plan') });
    await saveAnchor(PAGE, { id: 'a1', quote: quote('Ann to book the room') });
    await expect(loadAnchors(PAGE)).resolves.toEqual([
      { id: 'a2', quote: quote('Cy to plan') },
      { id: 'a1', quote: quote('Ann to book the room') },
    ]);
  });

  it('skip stored values that are not anchors', async () => {
    await fakeBrowser.storage.local.set({ [`overlay.anchors:${PAGE}`]: [{ id: 'a1', quote: quote('ok') }, { id: 2 }, 'junk', null] });
    await expect(loadAnchors(PAGE)).resolves.toEqual([{ id: 'a1', quote: quote('ok') }]);
  });
});

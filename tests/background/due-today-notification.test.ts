import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DUE_TODAY_NOTIFICATION, notifyDueToday } from '../../lib/background/due-today-notification';
import { makeAction } from '../helpers/fake-popup-api';

const morning = new Date(2026, 2, 4, 8, 30);
const actions = [makeAction({ id: 'a', mine: true, due: '2026-03-04', text: 'Send the slides' })];
const ON = { dailyNotification: true };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Agendum',
    version: '0.1.0',
  });
});

describe('notifyDueToday', () => {
  it('shows what is due today, with an icon Chrome accepts', async () => {
    await expect(notifyDueToday(actions, morning, ON)).resolves.toBe(true);
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([DUE_TODAY_NOTIFICATION]);
    expect(shown[DUE_TODAY_NOTIFICATION]).toMatchObject({
      type: 'basic',
      title: '1 action due today',
      message: 'Send the slides',
    });
    expect(shown[DUE_TODAY_NOTIFICATION]?.iconUrl).toMatch(/^data:image\/png;base64,/);
  });

  it("uses the manifest's largest icon when the build has icons", async () => {
    vi.mocked(fakeBrowser.runtime.getManifest).mockReturnValue({
      manifest_version: 3,
      name: 'Agendum',
      version: '0.1.0',
      icons: { 16: 'icon/16.png', 128: 'icon/128.png', 48: 'icon/48.png' },
    });
    await notifyDueToday(actions, morning, ON);
    expect((await fakeBrowser.notifications.getAll())[DUE_TODAY_NOTIFICATION]?.iconUrl).toBe(
      'chrome-extension://test-extension-id/icon/128.png',
    );
  });

  it('is off by default: shows nothing when the option is off', async () => {
    await expect(notifyDueToday(actions, morning, { dailyNotification: false })).resolves.toBe(false);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('shows nothing when nothing of the user is due today', async () => {
    await expect(notifyDueToday([makeAction({ mine: true, due: '2026-03-03' })], morning, ON)).resolves.toBe(false);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('shows once a day, and again the next day', async () => {
    await notifyDueToday(actions, morning, ON);
    await fakeBrowser.notifications.clear(DUE_TODAY_NOTIFICATION);
    await expect(notifyDueToday(actions, new Date(2026, 2, 4, 17, 0), ON)).resolves.toBe(false);
    const tomorrow = [makeAction({ id: 'b', mine: true, due: '2026-03-05', text: 'Book the room' })];
    await expect(notifyDueToday(tomorrow, new Date(2026, 2, 5, 9, 0), ON)).resolves.toBe(true);
  });
});

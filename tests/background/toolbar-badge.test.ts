import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { refreshBadge, showBadge } from '../../lib/background/toolbar-badge';
import { makeAction } from '../helpers/fake-popup-api';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('showBadge', () => {
  it('sets the text, a red background and the tooltip on the toolbar button', async () => {
    await showBadge({ count: 3, text: '3', title: 'Agendum: 3 overdue — …' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xd9, 0x30, 0x25, 255]);
    expect(await fakeBrowser.action.getTitle({})).toBe('Agendum: 3 overdue — …');
  });

  it('clears the text at zero', async () => {
    await showBadge({ count: 3, text: '3', title: 'x' });
    await showBadge({ count: 0, text: '', title: 'Agendum' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Agendum');
  });
});

describe('refreshBadge', () => {
  // Built from local fields, so the local date is 4 March whatever zone the tests run in.
  const now = new Date(2026, 2, 4, 12, 0);
  const actions = [
    makeAction({ id: 'late', mine: true, due: '2026-03-03' }),
    makeAction({ id: 'today', mine: true, due: '2026-03-04' }),
  ];

  it("counts against the browser's local date", async () => {
    const badge = await refreshBadge(actions, now, { countDueToday: false });
    expect(badge.count).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('counts due today when the option is on', async () => {
    await refreshBadge(actions, now, { countDueToday: true });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('recounts on a new day: what was due today is overdue tomorrow', async () => {
    await refreshBadge(actions, new Date(2026, 2, 5, 0, 0, 5), { countDueToday: false });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });
});

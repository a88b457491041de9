/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Options } from '../../../components/options/Options';
import type { OptionsProps } from '../../../components/options/Options';
import { DEFAULT_SETTINGS } from '../../../lib/model/settings';
import type { Settings } from '../../../lib/model/settings';

let container: HTMLElement;

afterEach(() => {
  render(null, container);
  container.remove();
});

function show(settings: Partial<Settings> = {}) {
  const onChange = vi.fn<OptionsProps['onChange']>().mockResolvedValue(undefined);
  container = document.createElement('div');
  document.body.append(container);
  act(() =>
    render(
      <Options
        settings={{ ...structuredClone(DEFAULT_SETTINGS), ...settings }}
        presetSites={['https://*.atlassian.net/wiki/*']}
        sitesWithoutPermission={[]}
        onChange={onChange}
        onAddSite={vi.fn()}
        onRemoveSite={vi.fn()}
        onPreview={vi.fn()}
        onRestore={vi.fn()}
      />,
      container,
    ),
  );
  return onChange;
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const checkbox = (label: RegExp) => [...container.querySelectorAll('label')].find((l) => label.test(l.textContent ?? ''))?.querySelector('input');
const select = () => container.querySelector<HTMLSelectElement>('#export-format')!;

describe('Options', () => {
  it('shows the badge options off by default and the default export format', () => {
    show();
    expect(checkbox(/due today on the icon/)?.checked).toBe(false);
    expect(checkbox(/Notify me once a day/)?.checked).toBe(false);
    expect(select().value).toBe('csv');
  });

  it.each<[keyof Settings, RegExp]>([
    ['countDueToday', /due today on the icon/],
    ['dailyNotification', /Notify me once a day/],
  ])('saves %s when its box is ticked', (field, label) => {
    const onChange = show();
    act(() => checkbox(label)?.click());
    expect(onChange).toHaveBeenCalledWith({ [field]: true });
  });

  it('offers every export format and the JSON backup, and saves the choice', () => {
    const onChange = show({ defaultExportFormat: 'md' });
    const values = [...select().options].map((option) => option.value);
    expect(values).toEqual(expect.arrayContaining(['csv', 'ics', 'md', 'jira-csv', 'json']));
    expect(select().value).toBe('md');
    act(() => {
      select().value = 'json';
      select().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith({ defaultExportFormat: 'json' });
  });

  it('saves identity edits as the whole new list', () => {
    const onChange = show();
    act(() => [...container.querySelectorAll('button')].find((b) => b.textContent === 'Add an identity')?.click());
    expect(onChange).toHaveBeenCalledWith({ identities: [{ names: [], aliases: [], usernames: [], accountIds: [], userKeys: [] }] });
  });

  it('shows why a save failed', async () => {
    const onChange = show();
    onChange.mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    act(() => checkbox(/Notify me once a day/)?.click());
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Could not save: QUOTA_BYTES quota exceeded');
  });
});

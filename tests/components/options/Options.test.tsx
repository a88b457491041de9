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

function show(settings: Partial<Settings> = {}, storeSize?: OptionsProps['storeSize']) {
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
        wikiSync={{ wikis: {}, log: [], onPull: vi.fn() }}
        storeSize={storeSize}
        storedSites={[]}
        onForgetSite={vi.fn()}
        backups={{ preview: vi.fn(), restore: vi.fn() }}
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

const checkbox = (label: RegExp) =>
  [...container.querySelectorAll('label')].find((l) => label.test(l.textContent ?? ''))?.querySelector('input');
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
    expect(values).toEqual(expect.arrayContaining(['csv', 'ics', 'md', 'jira-csv', 'todoist-csv', 'json']));
    expect(select().value).toBe('md');
    act(() => {
      select().value = 'json';
      select().dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith({ defaultExportFormat: 'json' });
  });

  it('writes Markdown owners as plain names unless told otherwise, and saves the choice', () => {
    const onChange = show();
    const mentions = container.querySelector<HTMLSelectElement>('#markdown-mentions')!;
    expect(mentions.value).toBe('plain');
    expect([...mentions.options].map((option) => option.value)).toEqual(['plain', 'code', 'at']);
    expect(mentions.selectedOptions[0]!.textContent).toMatch(/pings nobody on GitHub/);
    act(() => {
      mentions.value = 'code';
      mentions.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith({ markdownMentions: 'code' });
  });

  it('saves identity edits as the whole new list', () => {
    const onChange = show();
    act(() => [...container.querySelectorAll('button')].find((b) => b.textContent === 'Add an identity')?.click());
    expect(onChange).toHaveBeenCalledWith({
      identities: [{ names: [], aliases: [], usernames: [], accountIds: [], userKeys: [] }],
    });
  });

  it('shows why a save failed', async () => {
    const onChange = show();
    onChange.mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    act(() => checkbox(/Notify me once a day/)?.click());
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Could not save: QUOTA_BYTES quota exceeded');
  });

  it('says how many actions are stored, how many archived and the room they take', () => {
    show({}, { tasks: 100_000, archived: 1_234, bytes: 157_286_400 });
    expect(container.querySelector('.storage-size')?.textContent).toBe(
      '100,000 actions stored, and 1,234 archived actions, using 150 MB on this device.',
    );
  });

  it('says it is counting, then that it could not', () => {
    show();
    expect(container.querySelector('.storage-size')?.textContent).toBe('Counting the stored actions…');
    render(null, container);
    show({}, null);
    expect(container.querySelector('.storage-size')?.textContent).toBe('The stored actions could not be counted.');
  });

  it('keeps long-gone actions by default, and saves a retention choice', () => {
    const onChange = show();
    const retention = container.querySelector<HTMLSelectElement>('#gone-retention')!;
    expect(retention.value).toBe('keep');
    act(() => {
      retention.value = 'archive:365';
      retention.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith({ goneRetention: { mode: 'archive', afterDays: 365 } });
  });
});

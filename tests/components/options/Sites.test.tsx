/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sites } from '../../../components/options/Sites';
import type { SitesProps } from '../../../components/options/Sites';

const CLOUD = 'https://*.atlassian.net/wiki/*';
const WIKI = 'https://confluence.example.org/*';

let container: HTMLElement;

afterEach(() => {
  render(null, container);
  container.remove();
});

function show(props: Partial<SitesProps> = {}) {
  const onAdd = vi.fn<SitesProps['onAdd']>().mockResolvedValue(true);
  const onRemove = vi.fn<SitesProps['onRemove']>().mockResolvedValue(undefined);
  container = document.createElement('div');
  document.body.append(container);
  act(() =>
    render(
      <Sites presetSites={[CLOUD]} sites={[]} withoutPermission={[]} onAdd={onAdd} onRemove={onRemove} {...props} />,
      container,
    ),
  );
  return { onAdd, onRemove };
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const input = () => container.querySelector<HTMLInputElement>('#site-input')!;
const preview = () => container.querySelector('#site-preview')?.textContent;
const notice = () => container.querySelector('[role="status"]')?.textContent;

function type(value: string) {
  act(() => {
    input().value = value;
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function submit() {
  act(() => {
    container.querySelector('form')?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('Sites', () => {
  it('lists the built-in wikis without a Remove button and the added ones with one', () => {
    show({ sites: [WIKI] });
    const rows = [...container.querySelectorAll('li')];
    expect(rows.map((li) => li.dataset.site)).toEqual([CLOUD, WIKI]);
    expect(rows[0]?.querySelector('button')).toBeNull();
    expect(rows[1]?.querySelector('button[aria-label]')?.getAttribute('aria-label')).toBe(`Remove ${WIKI}`);
  });

  it('previews the pattern a page address becomes', () => {
    show();
    type('https://confluence.example.org/display/TEAM');
    expect(preview()).toBe(`Will add ${WIKI}`);
    type('not an address');
    expect(preview()).toBe('Not a web address.');
    expect(input().getAttribute('aria-invalid')).toBe('true');
  });

  it('asks for the pattern as soon as the form is submitted, then says it was added and clears the field', async () => {
    const { onAdd } = show();
    type('https://confluence.example.org/display/TEAM');
    submit();
    expect(onAdd).toHaveBeenCalledWith(WIKI);
    await settle();
    expect(notice()).toBe(`Agendum now reads ${WIKI}.`);
    expect(input().value).toBe('');
  });

  it('says so when the browser did not grant access, keeping what was typed', async () => {
    const { onAdd } = show();
    onAdd.mockResolvedValue(false);
    type('confluence.example.org');
    submit();
    await settle();
    expect(notice()).toBe(`The browser did not grant access to ${WIKI}; nothing changed.`);
    expect(input().value).toBe('confluence.example.org');
  });

  it.each([CLOUD, WIKI])('does not ask again for %s, which is already listed', (pattern) => {
    const { onAdd } = show({ sites: [WIKI] });
    type(pattern);
    submit();
    expect(onAdd).not.toHaveBeenCalled();
    expect(notice()).toBe(`${pattern} is already on the list.`);
  });

  it('refuses what is not a web address without asking the browser', () => {
    const { onAdd } = show();
    type('<all_urls>');
    submit();
    expect(onAdd).not.toHaveBeenCalled();
    expect(notice()).toMatch(/^Enter a wiki address/);
  });

  it('removes a site', async () => {
    const { onRemove } = show({ sites: [WIKI] });
    act(() => container.querySelector<HTMLButtonElement>(`button[aria-label="Remove ${WIKI}"]`)?.click());
    expect(onRemove).toHaveBeenCalledWith(WIKI);
    await settle();
    expect(notice()).toBe(`Agendum no longer reads ${WIKI}.`);
  });

  it('marks a site whose access was withdrawn and asks again from its button', () => {
    const { onAdd } = show({ sites: [WIKI], withoutPermission: [WIKI] });
    expect(container.querySelector('li')?.nextElementSibling?.textContent).toContain('access was withdrawn');
    act(() => [...container.querySelectorAll('button')].find((b) => b.textContent === 'Allow again')?.click());
    expect(onAdd).toHaveBeenCalledWith(WIKI);
  });

  it('shows why adding failed', async () => {
    const { onAdd } = show();
    onAdd.mockRejectedValue(new Error('Permission denied by policy'));
    type(WIKI);
    submit();
    await settle();
    expect(notice()).toBe(`Could not add ${WIKI}: Permission denied by policy`);
  });
});

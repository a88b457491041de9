/** @vitest-environment happy-dom */
// The options page's Confluence sync: one switch per wiki read so far, off until turned on; "Pull my tasks"
// and the daily pull only once it is on; what a pull did or why it failed; the diagnostics log.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WikiSync, type WikiSyncProps } from '../../../components/options/WikiSync';
import type { WikiLogEntry } from '../../../lib/model/wiki-sync';

const SERVER = 'https://confluence.example.org';
const CLOUD = 'https://team.atlassian.net';
const WIKIS: WikiSyncProps['wikis'] = {
  [SERVER]: { kind: 'confluence-server', base: `${SERVER}/confluence` },
  [CLOUD]: {
    kind: 'confluence-cloud',
    base: `${CLOUD}/wiki`,
    lastPull: { at: '2026-03-02T09:00:00.000Z', added: 3, updated: 1, leftOut: 0, source: 'cloud-tasks' },
  },
};

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

function show(props: Partial<WikiSyncProps> = {}) {
  const on = {
    onChange: vi.fn<WikiSyncProps['onChange']>(),
    onPull: vi.fn<WikiSyncProps['onPull']>().mockResolvedValue({ added: 2, updated: 0, leftOut: 1 }),
  };
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(<WikiSync wikis={WIKIS} sync={[]} log={[]} {...on} {...props} />, container));
  return on;
}

const item = (origin: string) => container.querySelector<HTMLElement>(`[data-wiki="${origin}"]`)!;
const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name);

describe('WikiSync', () => {
  it('lists each wiki read so far with its switch off, and offers no pull while it is off', () => {
    show();
    for (const origin of [SERVER, CLOUD]) {
      expect(item(origin).querySelector<HTMLInputElement>('input[type=checkbox]')!.checked).toBe(false);
      expect(button(item(origin), 'Pull my tasks')).toBeUndefined();
    }
    expect(item(SERVER).textContent).toContain('Confluence Server / Data Center');
    expect(item(CLOUD).textContent).toMatch(/Last pull .*3 new tasks, 1 updated\./);
  });

  it('turns syncing on and off per wiki, leaving the other as it was', () => {
    const on = show({ sync: [{ origin: CLOUD, pullDaily: true }] });
    act(() => item(SERVER).querySelector<HTMLInputElement>('input')!.click());
    expect(on.onChange).toHaveBeenLastCalledWith([
      { origin: CLOUD, pullDaily: true },
      { origin: SERVER, pullDaily: false },
    ]);
    act(() => item(CLOUD).querySelector<HTMLInputElement>('input')!.click());
    expect(on.onChange).toHaveBeenLastCalledWith([]);
  });

  it('pulls on demand and says what came of it, or why not', async () => {
    const on = show({ sync: [{ origin: SERVER, pullDaily: false }] });
    await act(async () => button(item(SERVER), 'Pull my tasks')!.click());
    expect(on.onPull).toHaveBeenCalledWith(SERVER);
    expect(container.querySelector('[role=status]')!.textContent).toBe(
      'confluence.example.org: 2 new tasks, 0 updated; 1 task could not be placed on a page and was left out.',
    );
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    on.onPull.mockRejectedValueOnce(new Error('Open a page of confluence.example.org in a tab first.'));
    await act(async () => button(item(SERVER), 'Pull my tasks')!.click());
    expect(container.querySelector('[role=status]')!.textContent).toBe(
      'Open a page of confluence.example.org in a tab first.',
    );
  });

  it('saves the daily pull', () => {
    const on = show({ sync: [{ origin: SERVER, pullDaily: false }] });
    act(() =>
      [...item(SERVER).querySelectorAll('label')]
        .find((l) => /once a day/.test(l.textContent!))!
        .querySelector('input')!
        .click(),
    );
    expect(on.onChange).toHaveBeenLastCalledWith([{ origin: SERVER, pullDaily: true }]);
  });

  it('shows each request made, and on Cloud how the task was found', () => {
    const log: WikiLogEntry[] = [
      {
        at: '2026-03-02T10:00:00.000Z',
        origin: CLOUD,
        kind: 'write',
        subject: 'Send the minutes',
        result: 'Set to done on the wiki.',
        matchedBy: "the page's storage format links the task's uuid to its task id",
        requests: ['GET /wiki/api/v2/tasks?page-id=1 → 200', 'PUT /wiki/api/v2/tasks/42 → 200'],
      },
    ];
    show({ log });
    const details = container.querySelector('details.wiki-log')!;
    expect(details.querySelector('summary')!.textContent).toBe('Diagnostics: the last requests to your wikis (1)');
    expect(details.textContent).toContain("Found the task by: the page's storage format");
    expect([...details.querySelectorAll('code')].map((code) => code.textContent)).toEqual(log[0]!.requests);
  });
});

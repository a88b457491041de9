/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popup } from '../../../components/popup/Popup';
import { formatDay } from '../../../lib/dates/describe-due';
import type { Action } from '../../../lib/model/action';
import { FIRST_SCREEN_ROWS } from '../../../lib/popup/first-screen';
import { fakePopupApi, makeAction } from '../../helpers/fake-popup-api';
import type { FakePopupApi, FakePopupData } from '../../helpers/fake-popup-api';

// A Wednesday, as in the fake's default data.
const TODAY = '2026-03-04';

let container: HTMLElement;

afterEach(() => {
  render(null, container);
  container.remove();
});

/** Lets pending promises (the API's answers) settle and Preact re-render. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function show(data: Partial<FakePopupData> = {}, focusId?: string): Promise<FakePopupApi> {
  const api = fakePopupApi({ today: TODAY, ...data });
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<Popup api={api} focusId={focusId} />, container));
  await settle();
  return api;
}

async function click(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  await act(() => element.click());
  await settle();
}

async function type(element: Element | null, value: string, event: 'input' | 'change' = 'input'): Promise<void> {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement)) throw new Error('no field');
  await act(() => {
    element.value = value;
    element.dispatchEvent(new Event(event, { bubbles: true }));
  });
  await settle();
}

const button = (name: string | RegExp): HTMLButtonElement | undefined =>
  [...container.querySelectorAll('button')].find((b) =>
    typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
  );
const headers = () => [...container.querySelectorAll('.group-header button')].map((b) => b.textContent);
const rowIds = () => [...container.querySelectorAll('li[data-task-id]')].map((li) => li.getAttribute('data-task-id'));
const calls = (api: FakePopupApi, method: string) =>
  api.calls.filter((call) => call.method === method).map((call) => call.args);

const mixed: Action[] = [
  makeAction({
    id: 'late1',
    text: 'Send the budget',
    due: '2026-03-02',
    mine: true,
    assignees: [{ name: 'Cristián Peña' }],
  }),
  makeAction({ id: 'late2', text: 'Book the room', due: '2026-03-01' }),
  makeAction({ id: 'now', text: 'Review the plan', due: TODAY, mine: true }),
  makeAction({ id: 'week', text: 'Call the vendor', due: '2026-03-06' }),
  makeAction({ id: 'far', text: 'Plan the offsite', due: '2026-07-01' }),
  makeAction({ id: 'undated', text: 'Think about hiring' }),
  makeAction({ id: 'done', text: 'Write the agenda', status: 'done', mine: true }),
];

describe('Popup', () => {
  it('shows each non-empty group with its count, most urgent first', async () => {
    await show({ actions: mixed });
    expect(headers()).toEqual(['Overdue 2', 'Due today 1', 'This week 1', 'Later 1', 'No date 1', 'Done 1']);
  });

  it('keeps Done folded until its header is clicked', async () => {
    await show({ actions: mixed });
    const done = container.querySelector('[data-group="done"] .group-header button');
    expect(done?.getAttribute('aria-expanded')).toBe('false');
    expect(rowIds()).not.toContain('done');
    await click(done);
    expect(done?.getAttribute('aria-expanded')).toBe('true');
    expect(rowIds()).toContain('done');
  });

  it('shows each row’s text, people, relative due phrase and meeting', async () => {
    await show({
      actions: [
        makeAction({
          id: 'x',
          text: 'Send the budget',
          due: '2026-03-01',
          assignees: [{ name: 'Ana' }, { name: 'Bo' }],
          meetingDate: '2026-02-27',
          sourcePage: { title: 'Finance weekly' },
        }),
      ],
    });
    const row = container.querySelector('li[data-task-id="x"]');
    expect(row?.querySelector('.task-open')?.textContent).toBe('Send the budget');
    expect(row?.querySelector('.task-people')?.textContent).toBe('Ana, Bo');
    expect(row?.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-01');
    expect(row?.querySelector('time')?.className).toContain('task-due--overdue');
    expect(row?.querySelector('.task-source')?.textContent).toBe(`Finance weekly · ${formatDay('2026-02-27', TODAY)}`);
  });

  it('starts with Mine when the user’s identity is known', async () => {
    await show({ actions: mixed, identityKnown: true });
    expect(button('Mine')?.getAttribute('aria-pressed')).toBe('true');
    expect(rowIds()).toEqual(['late1', 'now']);
  });

  it('starts with Everyone while the identity is unknown', async () => {
    await show({ actions: mixed, identityKnown: false });
    expect(button('Everyone')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('searches without regard to accents and remembers the filter', async () => {
    const api = await show({ actions: mixed });
    await type(container.querySelector('input[type="search"]'), 'cristian');
    expect(rowIds()).toEqual(['late1']);
    expect(calls(api, 'setFilter').at(-1)).toEqual([{ scope: 'everyone', search: 'cristian' }]);
  });

  it('shows the action "Show in list" asked for: its folded group opened, the row focused, a hiding filter set aside', async () => {
    // Mine is remembered, and the asked-for action is someone else's and done (its group starts folded).
    const others = Array.from({ length: 60 }, (_, i) =>
      makeAction({ id: `old${i}`, text: `Old ${i}`, status: 'done' }),
    );
    const api = await show({ actions: [...mixed, ...others], identityKnown: true, filter: { scope: 'mine' } }, 'old55');
    expect(button('Everyone')?.getAttribute('aria-pressed')).toBe('true');
    const row = container.querySelector('li[data-task-id="old55"]');
    expect(row?.classList.contains('task--focused')).toBe(true);
    expect(document.activeElement).toBe(row?.querySelector('.task-open'));
    expect(container.querySelectorAll('.task--focused')).toHaveLength(1);
    // Setting the filter aside is for this visit only: the remembered one is not overwritten.
    expect(calls(api, 'setFilter')).toEqual([]);
  });

  it('keeps the remembered filter when it already shows the asked-for action', async () => {
    await show({ actions: mixed, identityKnown: true, filter: { scope: 'mine' } }, 'now');
    expect(button('Mine')?.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector('li[data-task-id="now"]')?.classList.contains('task--focused')).toBe(true);
  });

  it('filters by meeting series', async () => {
    await show({
      actions: [makeAction({ id: 'a', series: 'Finance weekly' }), makeAction({ id: 'b', series: 'Release sync' })],
    });
    await type(container.querySelector('select[aria-label="Meeting series"]'), 'Release sync', 'change');
    expect(rowIds()).toEqual(['b']);
  });

  it('marks an action done through the API and moves it to Done', async () => {
    const api = await show({ actions: mixed });
    await click(container.querySelector('li[data-task-id="now"] button[aria-label^="Mark done"]'));
    expect(calls(api, 'setDone')).toEqual([['now', true]]);
    expect(headers()).toContain('Done 2');
    expect(headers()).not.toContain('Due today 1');
  });

  it('keeps the focus in the list after Done (on the next row), and undoes it', async () => {
    const api = await show({ actions: mixed });
    const doneButton = container.querySelector<HTMLButtonElement>(
      'li[data-task-id="late1"] button[aria-label^="Mark done"]',
    )!;
    doneButton.focus();
    await click(doneButton);
    // The row went to Done (folded): the focus is on the row that followed it, not on the page's body.
    expect(document.activeElement?.closest('li')?.getAttribute('data-task-id')).toBe('now');
    const undo = container.querySelector('.popup-undo');
    expect(undo?.textContent).toContain('Done: “Send the budget”.');
    await click(button('Undo'));
    expect(calls(api, 'setDone')).toEqual([
      ['late1', true],
      ['late1', false],
    ]);
    expect(headers()).toContain('Overdue 2');
    expect(container.querySelector('.popup-undo')).toBeNull();
    await vi.waitFor(() => expect(document.activeElement?.closest('li')?.getAttribute('data-task-id')).toBe('late1'));
  });

  it('shows what the background answers a Done with: a change the wiki has not taken says why, and Retry sends it again', async () => {
    const api = await show({ actions: mixed });
    api.setDone = async (id, done) => ({
      ...mixed.find((a) => a.id === id)!,
      status: done ? 'done' : 'open',
      wikiWrite: {
        state: 'held',
        message: 'You can view but not edit this page, so the wiki did not take the change.',
      },
    });
    await click(container.querySelector('li[data-task-id="now"] button[aria-label^="Mark done"]'));
    await click(container.querySelector('.group--done .group-header button'));
    const row = () => container.querySelector('li[data-task-id="now"]')!;
    expect(row().querySelector('.wiki-write')?.textContent).toBe(
      'Not on the wiki yet: You can view but not edit this page, so the wiki did not take the change. Retry',
    );
    const sent = api.retryWikiWrite;
    api.retryWikiWrite = async (id) => ({ ...(await sent(id)), status: 'done' });
    await click(row().querySelector('.wiki-write button'));
    expect(calls(api, 'retryWikiWrite')).toEqual([['now']]);
    expect(row().querySelector('.wiki-write')).toBeNull();
    expect(row().querySelector('button[aria-label^="Mark not done"]')).not.toBeNull();
  });

  it('says so and keeps the action where it was when saving fails', async () => {
    const api = await show({ actions: mixed });
    api.setDone = () => Promise.reject(new Error('database closed'));
    await click(container.querySelector('li[data-task-id="now"] button[aria-label^="Mark done"]'));
    expect(container.querySelector('[role="status"].popup-notice')?.textContent).toBe(
      'Could not save: database closed',
    );
    expect(headers()).toContain('Due today 1');
  });

  it('snoozes an action until tomorrow', async () => {
    const api = await show({ actions: mixed });
    await click(container.querySelector('li[data-task-id="late2"] button[aria-label^="Snooze:"]'));
    await click(container.querySelector('li[data-task-id="late2"] button[aria-label^="Snooze until tomorrow"]'));
    expect(calls(api, 'snooze')).toEqual([['late2', '2026-03-05']]);
    expect(headers()).toContain('Overdue 1');
  });

  it('opens the source page when the action’s text is clicked', async () => {
    const api = await show({ actions: mixed });
    await click(container.querySelector('li[data-task-id="week"] .task-open'));
    expect(calls(api, 'openSource')).toEqual([[mixed[3]]]);
  });

  it('exports exactly the shown actions in the default format with one click', async () => {
    const api = await show({ actions: mixed, identityKnown: true, defaultFormat: 'markdown' });
    await click(button(/^Export 3 as Markdown$/));
    expect(calls(api, 'exportActions')).toEqual([['markdown', [mixed[0], mixed[2], mixed[6]]]]);
  });

  it('says which actions an export left out, and why', async () => {
    await show({
      actions: mixed,
      formats: [{ id: 'ics-events', label: 'Due dates as all-day events (.ics)' }],
      defaultFormat: 'ics-events',
    });
    await click(button(/^Export 7 as /));
    expect(container.querySelector('.popup-notice')?.textContent).toBe(
      'Exported 5 actions. 2 actions without a due date are not in the calendar file: “Think about hiring”, “Write the agenda”.',
    );
  });

  it('offers every format for download and for the clipboard', async () => {
    const api = await show({ actions: mixed });
    await type(container.querySelector('input[type="search"]'), 'book');
    await click(button('More formats'));
    const items = [...container.querySelectorAll('#export-formats button')].map((b) => b.textContent);
    expect(items).toEqual([
      'Download CSV',
      'Download Markdown',
      'Download Calendar (.ics)',
      'Copy as CSV',
      'Copy as Markdown',
      'Copy as Calendar (.ics)',
    ]);
    await click(button('Copy as Markdown'));
    expect(calls(api, 'copyActions')).toEqual([['markdown', [mixed[1]]]]);
    expect(container.querySelector('#export-formats')).toBeNull();
  });

  it('renders page text as text, never as markup', async () => {
    await show({
      actions: [makeAction({ id: 'x', text: '<img src=x onerror="alert(1)">', sourcePage: { title: '<b>bold</b>' } })],
    });
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.querySelector('.task-open')?.textContent).toBe('<img src=x onerror="alert(1)">');
  });
});

describe('Popup states', () => {
  it('tells a first-time user which sites are enabled and what to do', async () => {
    const api = await show({ actions: [], sites: ['confluence.example.org', 'wiki.example.net'] });
    expect(container.textContent).toContain('No actions yet.');
    expect(container.textContent).toContain(
      "Open a meeting page on an enabled site (confluence.example.org, wiki.example.net) or use 'Scan this page'.",
    );
    await click(button('Add a site in Settings'));
    expect(calls(api, 'openOptions')).toHaveLength(1);
  });

  it('tells a first-time user with no site enabled how to add one', async () => {
    await show({ actions: [], sites: [] });
    expect(container.textContent).toContain("No site is enabled yet. Add your wiki's address in Settings");
  });

  it('scans the active tab, says what it found and shows it', async () => {
    const api = await show({ actions: [] });
    api.scanFound = 1;
    api.data = { ...api.data, actions: [makeAction({ id: 'new' })] };
    await click(button('Scan this page'));
    expect(container.textContent).toContain('Found 1 action on this page.');
    expect(rowIds()).toEqual(['new']);
  });

  it('says nothing matches, and clears the filters on request', async () => {
    await show({ actions: mixed });
    await type(container.querySelector('input[type="search"]'), 'zzz');
    expect(container.textContent).toContain('No actions match.');
    await click(button('Clear filters'));
    expect(rowIds()).toHaveLength(6);
  });

  it('says when nothing is the user’s, rather than showing an empty list', async () => {
    await show({ actions: [makeAction({ id: 'theirs' })], identityKnown: true });
    expect(container.textContent).toContain('Nothing is assigned to you.');
  });

  it('asks who the user is where "Mine" is empty because Agendum does not know, and loads again once answered', async () => {
    const api = await show({
      actions: [makeAction({ id: 'theirs' })],
      identityKnown: false,
      filter: { scope: 'mine' },
      identityQuestion: { site: 'wiki.example.org', viewer: { name: 'Ann Lee', username: 'alee' } },
    });
    const question = container.querySelector('[role="group"][aria-label="Who you are"]');
    expect(question?.textContent).toContain('Are you Ann Lee on wiki.example.org?');
    expect(question?.textContent).toContain('“Yes” saves as you, on this site only: name Ann Lee · username alee.');
    expect(container.textContent).not.toContain('Nothing is assigned to you.');
    const loads = calls(api, 'load').length;
    await click(button('Yes, that’s me'));
    expect(calls(api, 'answerIdentity')).toEqual([[true]]);
    expect(calls(api, 'load').length).toBe(loads + 1);
  });

  it('says Agendum does not know who the user is when no page has asked, and offers Settings', async () => {
    const api = await show({
      actions: [makeAction({ id: 'theirs' })],
      identityKnown: false,
      filter: { scope: 'mine' },
    });
    expect(container.textContent).toContain('Agendum does not know who you are yet.');
    await click(button('Open Settings'));
    expect(calls(api, 'openOptions')).toHaveLength(1);
  });

  it('shows the store’s error instead of a blank popup', async () => {
    await show({ error: 'IndexedDB is unavailable in private windows' });
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(
      'IndexedDB is unavailable in private windows',
    );
  });

  it('shows a failed load as an error and loads again on request', async () => {
    const api = fakePopupApi({ actions: mixed });
    const load = api.load;
    api.load = () => Promise.reject(new Error('quota exceeded'));
    container = document.createElement('div');
    document.body.append(container);
    await act(() => render(<Popup api={api} />, container));
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('quota exceeded');
    api.load = load;
    await click(button('Try again'));
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(rowIds()).toHaveLength(6);
  });
});

describe('Popup with 10,000 actions', () => {
  const many = Array.from({ length: 10_000 }, (_, i) =>
    makeAction({
      id: `t${i}`,
      text: `Action ${i}`,
      due: i % 2 === 0 ? '2026-03-01' : null,
      status: i % 10 === 9 ? 'done' : 'open',
    }),
  );

  it('draws the first rows of each open group before every action is read, then every group', async () => {
    const api = fakePopupApi({ today: TODAY, actions: many });
    const release = api.holdActions();
    container = document.createElement('div');
    document.body.append(container);
    await act(() => render(<Popup api={api} />, container));
    await settle();
    expect(headers()).toEqual(['Overdue 5,000', 'No date 4,000']);
    expect(rowIds()).toHaveLength(2 * FIRST_SCREEN_ROWS);
    expect(container.querySelector('.popup-list')?.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('[data-group="overdue"] .group-pending')?.textContent).toBe(
      `${(5_000 - FIRST_SCREEN_ROWS).toLocaleString('en')} more on their way…`,
    );
    expect(button(/^Export/)?.disabled).toBe(true);
    // The menus stand in their place until their choices are known, so the list does not jump.
    expect(container.querySelector<HTMLSelectElement>('select[aria-label="Page"]')?.disabled).toBe(true);
    release();
    await settle();
    expect(headers()).toEqual(['Overdue 5,000', 'No date 4,000', 'Done 1,000']);
    expect(container.querySelector('.popup-list')?.getAttribute('aria-busy')).toBe('false');
    expect(container.querySelector('.group-pending')).toBeNull();
    expect(container.querySelector<HTMLSelectElement>('select[aria-label="Page"]')?.disabled).toBe(false);
  });

  it('draws the rows near the view of a long group, not all of them, and stands in for the rest', async () => {
    await show({ actions: many });
    const rows = container.querySelectorAll('[data-group="overdue"] li');
    expect(rows.length).toBeGreaterThan(FIRST_SCREEN_ROWS);
    expect(rows.length).toBeLessThan(100);
    const list = container.querySelector<HTMLElement>('[data-group="overdue"] ul');
    expect(parseFloat(list!.style.paddingBottom)).toBeGreaterThan(4_000 * 50);
  });

  it('shows an asked-for row deep in a long group', async () => {
    await show({ actions: many }, 't8000');
    const row = container.querySelector('li[data-task-id="t8000"]');
    expect(row?.classList.contains('task--focused')).toBe(true);
    expect(container.querySelectorAll('[data-group="overdue"] li').length).toBeLessThan(100);
  });

  it('still exports every shown action, not only the rendered ones', async () => {
    const api = await show({ actions: many });
    await click(button(/^Export 10,000 as CSV$/));
    expect((calls(api, 'exportActions')[0]?.[1] as Action[]).length).toBe(10_000);
  });
});

describe('deleting and forgetting', () => {
  it('deletes an action after asking which, and lists what is left', async () => {
    const api = await show({ actions: mixed, identityKnown: false });
    const row = container.querySelector('li[data-task-id="late2"]');
    await click(row?.querySelector('button[aria-label^="Delete:"]'));
    expect(calls(api, 'deleteAction')).toEqual([]);
    await click([...(row?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Delete this action'));
    expect(calls(api, 'deleteAction')).toEqual([['late2', 'action']]);
    expect(rowIds()).not.toContain('late2');
    expect(container.querySelector('.popup-notice')?.textContent).toBe('Deleted 1 action.');
  });

  it('shows a 50,000-character word as a start cut short, with places to break', async () => {
    await show({ actions: [makeAction({ id: 'long', text: 'x'.repeat(50_000) })] });
    const text = container.querySelector('li[data-task-id="long"] .task-open');
    expect(text?.textContent).toHaveLength(2000);
    expect(text?.querySelectorAll('wbr').length).toBe(Math.ceil(2000 / 24) - 1);
    expect(
      text?.parentElement?.querySelector('button[aria-label^="Delete:"]')?.getAttribute('aria-label')?.length,
    ).toBeLessThan(100);
  });
});

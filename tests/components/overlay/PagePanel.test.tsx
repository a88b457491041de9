/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  GROUP_LIMIT,
  PagePanel,
  panelSummary,
  type PagePanelProps,
  type PanelItem,
} from '../../../components/overlay/PagePanel';
import type { Action } from '../../../lib/model/action';
import type { MarkState } from '../../../lib/actions/action-state';
import { makeAction } from '../../helpers/make-action';
import { cleanup, show, type Rendered } from './render';

const TODAY = '2026-03-04';

let view: Rendered;
afterEach(cleanup);

const item = (id: string, state: MarkState, action: Partial<Action> = {}, detached = false): PanelItem => ({
  action: makeAction({ id, text: `Action ${id}`, ...action }),
  state,
  detached,
});

const ITEMS: PanelItem[] = [
  item('a', 'overdue', { due: '2026-03-01', mine: true, assignees: [{ name: 'Ann Lee' }] }),
  item('b', 'done', { status: 'done' }),
  item('c', 'overdue', { due: '2026-02-01' }),
  item('d', 'due-soon', { due: '2026-03-05' }),
  item('e', 'open'),
  item('f', 'open', {}, true),
];

function callbacks() {
  return { onToggle: vi.fn(), onMove: vi.fn(), onActivate: vi.fn(), onAnswerIdentity: vi.fn(), onEscape: vi.fn() };
}

async function panel(props: Partial<PagePanelProps> = {}) {
  const on = callbacks();
  view = await show(<PagePanel open items={ITEMS} today={TODAY} {...on} {...props} />);
  return on;
}

const headings = () => [...view.container.querySelectorAll('h3')].map((h) => h.textContent);
const entries = () => [...view.container.querySelectorAll<HTMLButtonElement>('[data-id]')];

describe('panelSummary', () => {
  it('counts the actions, the user’s and the overdue ones', () => {
    expect(panelSummary(ITEMS)).toBe('6 actions · 1 yours · 2 overdue');
    expect(panelSummary([ITEMS[0]!])).toBe('1 action · 1 yours · 1 overdue');
  });
});

describe('PagePanel', () => {
  it('collapses to a tab with the summary, and opens from it', async () => {
    const on = await panel({ open: false });
    const tab = view.container.querySelector('button')!;
    expect(tab.textContent).toBe('Agendum · 6 actions · 1 yours · 2 overdue');
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    await view.click(tab);
    expect(on.onToggle).toHaveBeenCalledTimes(1);
  });

  it('groups the actions by state, in page order within a group, detached ones last', async () => {
    await panel();
    expect(headings()).toEqual(['Overdue (2)', 'Due soon (1)', 'Open (1)', 'Done (1)', 'Not found on this page (1)']);
    expect(entries().map((b) => b.dataset.id)).toEqual(['a', 'c', 'd', 'e', 'b', 'f']);
  });

  it('says who, when and whether it is the user’s under each action', async () => {
    await panel();
    expect(entries()[0]!.textContent).toBe('Action aAnn Lee · 3 days overdue · yours');
  });

  it('says when an action’s status change has not reached the wiki yet, or is on its way', async () => {
    await panel({
      items: [
        item('h', 'done', { status: 'done', wikiWrite: { state: 'held', message: 'The wiki refused it.' } }),
        item('s', 'done', { status: 'done', wikiWrite: { state: 'sending', message: 'Sending to the wiki…' } }),
      ],
    });
    expect(entries().map((entry) => entry.querySelector('.panel-item-meta')?.textContent)).toEqual([
      'not on the wiki yet',
      'sending to the wiki',
    ]);
  });

  it('activates an action on click (Enter does the same on a button)', async () => {
    const on = await panel();
    await view.click(entries()[2]);
    expect(on.onActivate).toHaveBeenCalledWith('d');
  });

  it.each([
    ['j', 'c'],
    ['ArrowDown', 'c'],
  ])('moves to the next action with %s', async (key, next) => {
    const on = await panel({ currentId: 'a' });
    await view.key(entries()[0]!, key);
    expect(on.onMove).toHaveBeenCalledWith(next);
  });

  it.each([
    ['k', 'd'],
    ['ArrowUp', 'd'],
  ])('moves to the previous action with %s', async (key, previous) => {
    const on = await panel({ currentId: 'e' });
    await view.key(entries()[3]!, key);
    expect(on.onMove).toHaveBeenCalledWith(previous);
  });

  it('stops at the ends of the list', async () => {
    const on = await panel({ currentId: 'a' });
    await view.key(entries()[0]!, 'k');
    expect(on.onMove).toHaveBeenCalledWith('a');
  });

  it('keeps one action in the tab order: the current one, and follows it with the focus', async () => {
    const on = await panel({ currentId: 'c' });
    expect(
      entries()
        .filter((b) => b.tabIndex === 0)
        .map((b) => b.dataset.id),
    ).toEqual(['c']);
    expect(entries()[1]!.getAttribute('aria-current')).toBe('true');
    await view.key(entries()[1]!, 'j');
    await view.rerender(<PagePanel open items={ITEMS} today={TODAY} currentId="d" {...on} />);
    expect(document.activeElement).toBe(entries()[2]);
  });

  it('ignores keys with modifiers, which belong to the browser', async () => {
    const on = await panel({ currentId: 'a' });
    await view.click(entries()[0]);
    entries()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', ctrlKey: true, bubbles: true }));
    expect(on.onMove).not.toHaveBeenCalled();
  });

  it('lists a long group in part until asked for all of it', async () => {
    const many = Array.from({ length: GROUP_LIMIT + 5 }, (_, i) => item(`o${i}`, 'open'));
    await panel({ items: many });
    expect(entries()).toHaveLength(GROUP_LIMIT);
    await view.click(view.button(`Show all ${GROUP_LIMIT + 5}`));
    expect(entries()).toHaveLength(GROUP_LIMIT + 5);
  });

  it('asks whether the page’s reader is the user, showing all that “Yes” saves', async () => {
    const on = await panel({
      identityQuestion: { site: 'wiki.example.org', viewer: { name: 'Ann Lee', username: 'alee', userKey: 'ff80' } },
    });
    expect(view.container.textContent).toContain('Are you Ann Lee on wiki.example.org?');
    expect(view.container.textContent).toContain(
      '“Yes” saves as you, on this site only: name Ann Lee · username alee · user key ff80.',
    );
    // Each name is isolated from the text around it, whatever direction its letters run in.
    expect([...view.container.querySelectorAll('.panel-question bdi')].map((bdi) => bdi.textContent)).toEqual([
      'Ann Lee',
      'wiki.example.org',
      'name Ann Lee · username alee · user key ff80',
    ]);
    await view.click(view.button('Yes, that’s me'));
    expect(on.onAnswerIdentity).toHaveBeenCalledWith(true);
  });

  it('asks it on the collapsed tab too, where it is seen without opening anything', async () => {
    const on = await panel({
      open: false,
      identityQuestion: { site: 'wiki.example.org', viewer: { name: 'Ann Lee' } },
    });
    expect(view.container.querySelector('.panel-tab')?.textContent).toBe('Agendum · 6 actions · 1 yours · 2 overdue');
    expect(view.container.querySelector('[role="group"]')?.textContent).toContain(
      'Are you Ann Lee on wiki.example.org?',
    );
    expect(view.container.querySelector('[role="group"]')?.textContent).toContain(
      '“Yes” saves as you, on this site only: name Ann Lee.',
    );
    await view.click(view.button('No'));
    expect(on.onAnswerIdentity).toHaveBeenCalledWith(false);
  });

  it('goes back to the page on Escape, open or collapsed', async () => {
    const on = await panel({ currentId: 'a' });
    await view.key(entries()[0]!, 'Escape');
    await view.rerender(<PagePanel open={false} items={ITEMS} today={TODAY} {...on} />);
    await view.key(view.container.querySelector('.panel-tab'), 'Escape');
    expect(on.onEscape).toHaveBeenCalledTimes(2);
  });

  it('shows an error as an alert, and flags it on the collapsed tab', async () => {
    await panel({ error: 'Changes cannot be saved right now.' });
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe('Changes cannot be saved right now.');
    await view.rerender(
      <PagePanel
        open={false}
        items={ITEMS}
        today={TODAY}
        error="Changes cannot be saved right now."
        {...callbacks()}
      />,
    );
    expect(view.container.querySelector('button')?.textContent).toContain('not saved');
  });

  it('says so when the page has no actions', async () => {
    await panel({ items: [] });
    expect(view.container.textContent).toContain('No action items found on this page.');
  });

  it('renders page text as text, never as markup', async () => {
    await panel({ items: [item('x', 'open', { text: '<b onclick="alert(1)">bold</b>' })] });
    expect(view.container.querySelector('b')).toBeNull();
    expect(entries()[0]!.textContent).toContain('<b onclick');
  });
});

/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TaskControl, type TaskControlProps } from '../../../components/overlay/TaskControl';
import type { Action } from '../../../lib/model/action';
import { makeAction } from '../../helpers/make-action';
import { cleanup, show, type Rendered } from './render';

// A Wednesday.
const TODAY = '2026-03-04';

let view: Rendered;
afterEach(cleanup);

function callbacks() {
  return {
    onDone: vi.fn(),
    onMine: vi.fn(),
    onDue: vi.fn(),
    onSnooze: vi.fn(),
    onNote: vi.fn(),
    onCopy: vi.fn(),
    onShowInList: vi.fn(),
    onRetryWikiWrite: vi.fn(),
    onExpand: vi.fn(),
    onClose: vi.fn(),
  };
}

async function control(action: Partial<Action> = {}, props: Partial<TaskControlProps> = {}) {
  const on = callbacks();
  view = await show(<TaskControl action={makeAction(action)} state="overdue" today={TODAY} {...on} {...props} />);
  return on;
}

describe('TaskControl', () => {
  it('says the state in words and how due it is', async () => {
    await control({ due: '2026-03-01' });
    expect(view.container.querySelector('.control-head')?.textContent).toBe('Overdue3 days overdue');
  });

  it('shows the words of the action it acts on, on one line, all of them in its tooltip', async () => {
    const text = 'Ana to call the vendor about the dome shutter fault and report back to the whole team';
    await control({ text });
    const line = view.container.querySelector('.control-text');
    expect(line?.textContent).toBe(text);
    expect(line?.getAttribute('title')).toBe(text);
  });

  it('says where a status change stands on the wiki: being sent, or held with the reason and a Retry', async () => {
    await control({ status: 'done', wikiWrite: { state: 'sending', message: 'Sending to wiki.example.org…' } });
    expect(view.container.querySelector('.wiki-write')?.textContent).toBe('Sending to wiki.example.org…');
    expect([...view.container.querySelectorAll('button')].some((b) => b.textContent === 'Retry')).toBe(false);
    const on = callbacks();
    await view.rerender(
      <TaskControl
        action={makeAction({
          status: 'done',
          wikiWrite: { state: 'held', message: 'You can view but not edit this page.' },
        })}
        state="done"
        today={TODAY}
        {...on}
      />,
    );
    expect(view.container.querySelector('.wiki-write')?.textContent).toBe(
      'Not on the wiki yet: You can view but not edit this page. Retry',
    );
    await view.click(view.button('Retry'));
    expect(on.onRetryWikiWrite).toHaveBeenCalledTimes(1);
    await view.rerender(<TaskControl action={makeAction({ status: 'done' })} state="done" today={TODAY} {...on} />);
    expect(view.container.querySelector('.wiki-write')).toBeNull();
  });

  it('names the action in its label, so a screen reader knows which one', async () => {
    await control({ text: 'Book the room for the retreat' });
    expect(view.container.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe(
      'Agendum: Book the room for the retreat',
    );
  });

  it('marks an open action done, and a done one open again', async () => {
    const on = await control();
    await view.click(view.button('Done'));
    expect(on.onDone).toHaveBeenCalledWith(true);
    const again = callbacks();
    await view.rerender(<TaskControl action={makeAction({ status: 'done' })} state="done" today={TODAY} {...again} />);
    await view.click(view.button('Undo done'));
    expect(again.onDone).toHaveBeenCalledWith(false);
  });

  it('toggles "mine", showing whether it is pressed', async () => {
    const on = await control({ mine: true });
    expect(view.button('Mine').getAttribute('aria-pressed')).toBe('true');
    await view.click(view.button('Mine'));
    expect(on.onMine).toHaveBeenCalledWith(false);
  });

  it('sets a due date from the date field, and clears it', async () => {
    const on = await control({ due: '2026-03-01' });
    await view.click(view.button('Due date'));
    expect(on.onExpand).toHaveBeenLastCalledWith(true);
    const field = view.container.querySelector<HTMLInputElement>('input[type="date"]')!;
    expect(field.value).toBe('2026-03-01');
    expect(field.ownerDocument.activeElement).toBe(field);
    await view.type(field, '2026-03-20');
    await view.click(view.button('Set date'));
    expect(on.onDue).toHaveBeenCalledWith('2026-03-20');
    expect(on.onExpand).toHaveBeenLastCalledWith(false);
    // The focus goes back to the button that opened the field, never to the page.
    expect(document.activeElement).toBe(view.button('Due date'));
    await view.click(view.button('Due date'));
    await view.click(view.button('Clear date'));
    expect(on.onDue).toHaveBeenLastCalledWith(null);
    expect(document.activeElement).toBe(view.button('Due date'));
  });

  it('bounds the date fields, and says in words what to fix in a date it cannot take', async () => {
    const on = await control();
    await view.click(view.button('Due date'));
    const field = view.container.querySelector<HTMLInputElement>('input[type="date"]')!;
    expect([field.min, field.max]).toEqual(['2016-01-01', '2036-12-31']);
    await view.type(field, '2041-01-15');
    await view.click(view.button('Set date'));
    expect(on.onDue).not.toHaveBeenCalled();
    const alert = view.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/^Pick a date from .*2016 to .*2036\.$/);
    expect(alert?.textContent).not.toMatch(/YYYY|Invalid|request/);
    expect(field.getAttribute('aria-describedby')).toBe(alert?.id);
    expect(document.activeElement).toBe(field);
    await view.click(view.button('Snooze'));
    expect(view.container.querySelector<HTMLInputElement>('input[type="date"]')!.min).toBe('2026-03-05');
  });

  it('snoozes until tomorrow, next week or a picked date', async () => {
    const on = await control();
    await view.click(view.button('Snooze'));
    await view.click(view.button('Tomorrow'));
    expect(on.onSnooze).toHaveBeenLastCalledWith('2026-03-05');
    await view.click(view.button('Snooze'));
    await view.click(view.button('Next week'));
    expect(on.onSnooze).toHaveBeenLastCalledWith('2026-03-11');
    await view.click(view.button('Snooze'));
    await view.type(view.container.querySelector('form input[type="date"]'), '2026-04-01');
    await view.click(view.container.querySelector('form button[type="submit"]')!);
    expect(on.onSnooze).toHaveBeenLastCalledWith('2026-04-01');
  });

  it('offers to wake a snoozed action', async () => {
    const on = await control({ snoozedUntil: '2026-03-06' });
    await view.click(view.button('Snooze'));
    await view.click(view.button('Wake now'));
    expect(on.onSnooze).toHaveBeenCalledWith(null);
  });

  it('offers no snooze for a done action', async () => {
    await control({ status: 'done' });
    expect(() => view.button('Snooze')).toThrow();
  });

  it('saves a note', async () => {
    const on = await control({ note: 'old' });
    await view.click(view.button('Note'));
    const field = view.container.querySelector('textarea')!;
    expect(field.value).toBe('old');
    await view.type(field, 'Call Ann first');
    await view.click(view.button('Save note'));
    expect(on.onNote).toHaveBeenCalledWith('Call Ann first');
    expect(document.activeElement).toBe(view.button('Note'));
  });

  it('copies as Markdown and shows the action in the list', async () => {
    const on = await control();
    await view.click(view.button('Copy as Markdown'));
    await view.click(view.button('Show in list'));
    expect(on.onCopy).toHaveBeenCalledTimes(1);
    expect(on.onShowInList).toHaveBeenCalledTimes(1);
  });

  it('ignores presses while a change is on its way, without dropping the focus', async () => {
    const on = await control({}, { busy: true });
    const done = view.button('Done');
    expect(done.disabled).toBe(false);
    expect(done.getAttribute('aria-disabled')).toBe('true');
    await view.click(done);
    expect(on.onDone).not.toHaveBeenCalled();
  });

  it('closes an open field on Escape, then itself', async () => {
    const on = await control();
    await view.click(view.button('Note'));
    await view.key(view.container.querySelector('textarea'), 'Escape');
    expect(view.container.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(view.button('Note'));
    expect(on.onClose).not.toHaveBeenCalled();
    await view.key(view.button('Done'), 'Escape');
    expect(on.onClose).toHaveBeenCalledTimes(1);
  });

  it('shows what the last change did, and an error as an alert', async () => {
    await control({}, { message: { text: 'Copied as Markdown.' } });
    expect(view.container.querySelector('[role="status"]')?.textContent).toBe('Copied as Markdown.');
    await view.rerender(
      <TaskControl
        action={makeAction()}
        state="open"
        today={TODAY}
        {...callbacks()}
        message={{ text: 'No store', error: true }}
      />,
    );
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe('No store');
  });

  it('renders the action’s text as text, never as markup', async () => {
    await control({ text: '<img src=x onerror=alert(1)> Send it' });
    expect(view.container.querySelector('img')).toBeNull();
    expect(view.container.querySelector('[role="group"]')?.getAttribute('aria-label')).toContain('<img');
  });

  it('gives every button a name', async () => {
    await control();
    for (const button of view.container.querySelectorAll('button')) {
      expect(button.getAttribute('aria-label') ?? button.textContent?.trim()).toBeTruthy();
    }
  });
});

/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddActionForm } from '../../../components/overlay/AddActionForm';
import { MAX_ACTION_TEXT } from '../../../lib/model/limits';
import { cleanup, show, type Rendered } from './render';

const TODAY = '2026-03-04';
let view: Rendered;
afterEach(cleanup);

const field = (label: string): HTMLInputElement | HTMLTextAreaElement => {
  const found = [...view.container.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label));
  return found!.querySelector('input, textarea')!;
};

async function form(text = 'Ann to book the room', names = ['Ann Lee', 'Bob Ray']) {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  view = await show(<AddActionForm text={text} names={names} today={TODAY} onSubmit={onSubmit} onCancel={onCancel} />);
  return { onSubmit, onCancel };
}

describe('AddActionForm', () => {
  it('starts from the selected text, with the focus in it', async () => {
    await form();
    expect(field('Action').value).toBe('Ann to book the room');
    expect(document.activeElement).toBe(field('Action'));
  });

  it('offers the names on the page for the assignee', async () => {
    await form();
    const list = field('Assignee').getAttribute('list');
    expect([...view.container.querySelectorAll(`datalist#${list} option`)].map((o) => o.getAttribute('value'))).toEqual(
      ['Ann Lee', 'Bob Ray'],
    );
  });

  it('hands over the words, the assignees, the due date and the note', async () => {
    const { onSubmit } = await form();
    await view.type(field('Action'), '  Book the room  ');
    await view.type(field('Assignee'), 'Ann Lee, Bob Ray ,');
    await view.type(field('Due date'), '2026-03-20');
    await view.type(field('Note'), ' big one ');
    await view.click(view.button('Add action'));
    expect(onSubmit).toHaveBeenCalledWith({
      text: 'Book the room',
      assignees: ['Ann Lee', 'Bob Ray'],
      due: '2026-03-20',
      note: 'big one',
    });
  });

  it('leaves the due date empty when none is given', async () => {
    const { onSubmit } = await form();
    await view.click(view.button('Add action'));
    expect(onSubmit).toHaveBeenCalledWith({ text: 'Ann to book the room', assignees: [], due: null, note: '' });
  });

  it('refuses an action without words', async () => {
    const { onSubmit } = await form();
    await view.type(field('Action'), '   ');
    await view.click(view.button('Add action'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe('Write what the action is.');
    expect(document.activeElement).toBe(field('Action'));
  });

  it('bounds the due date to ten years either side, and says in words what to fix in a date it cannot take', async () => {
    const { onSubmit } = await form();
    expect([field('Due date').getAttribute('min'), field('Due date').getAttribute('max')]).toEqual([
      '2016-01-01',
      '2036-12-31',
    ]);
    await view.type(field('Due date'), '2037-01-15');
    await view.click(view.button('Add action'));
    expect(onSubmit).not.toHaveBeenCalled();
    const alert = view.container.querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/^Pick a date from .*2016 to .*2036\.$/);
    expect(field('Due date').getAttribute('aria-describedby')).toBe(alert?.id);
    expect(document.activeElement).toBe(field('Due date'));
  });

  it('cuts a selection longer than an action may be', async () => {
    await form('x'.repeat(MAX_ACTION_TEXT + 10));
    expect(field('Action').value).toHaveLength(MAX_ACTION_TEXT);
  });

  it('cancels on Escape and on Cancel', async () => {
    const { onCancel } = await form();
    await view.key(field('Note'), 'Escape');
    await view.click(view.button('Cancel'));
    expect(onCancel).toHaveBeenCalledTimes(2);
  });

  it('shows why the last attempt failed', async () => {
    view = await show(
      <AddActionForm
        text="x"
        names={[]}
        today={TODAY}
        error="The store is full"
        onSubmit={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    expect(view.container.querySelector('[role="alert"]')?.textContent).toBe('The store is full');
  });

  it('waits while the action is being stored', async () => {
    const onSubmit = vi.fn();
    view = await show(<AddActionForm text="x" names={[]} today={TODAY} busy onSubmit={onSubmit} onCancel={vi.fn()} />);
    await view.click(view.button('Add action'));
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../../lib/model/action';
import type { MainThread } from '../../lib/overlay/main-thread';
import { createMarkPainter, type MarkPainter } from '../../lib/overlay/mark-painter';
import { makeAction } from '../helpers/make-action';

const TODAY = '2026-03-04';
let frames: FrameRequestCallback[];
let controller: AbortController;
let painter: MarkPainter;

const ctx = (): MainThread => ({
  signal: controller.signal,
  setTimeout: (handler, timeout) => setTimeout(handler, timeout) as unknown as number,
  requestAnimationFrame: (callback) => frames.push(callback),
});
const drawFrame = async (): Promise<void> => {
  for (const callback of frames.splice(0)) callback(performance.now());
  await new Promise((resolve) => setTimeout(resolve, 5));
};

/** `count` list items, and an open action for each, ids a0, a1, … */
function page(count: number): { items: Element[]; actions: Map<string, Action>; located: Map<string, Element[]> } {
  document.body.replaceChildren(
    ...Array.from({ length: count }, (_, i) =>
      Object.assign(document.createElement('li'), { textContent: `Item ${i}` }),
    ),
  );
  const items = [...document.body.children];
  const actions = new Map(items.map((_, i) => [`a${i}`, makeAction({ id: `a${i}` })]));
  return { items, actions, located: new Map(items.map((item, i) => [`a${i}`, [item]])) };
}

const marked = () => document.querySelectorAll('[data-agendum-task]').length;

beforeEach(() => {
  frames = [];
  controller = new AbortController();
  painter = createMarkPainter(ctx(), document);
});

describe('the mark painter', () => {
  it('marks 100 elements per drawn frame', async () => {
    const { actions, located } = page(250);
    painter.locate(located);
    const done = painter.paintAll(actions, TODAY);
    expect(marked()).toBe(100);
    await drawFrame();
    expect(marked()).toBe(200);
    await drawFrame();
    expect(await done).toBe(true);
    expect(marked()).toBe(250);
  });

  it('stops marking when the context is invalidated between frames', async () => {
    const { actions, located } = page(450);
    painter.locate(located);
    const done = painter.paintAll(actions, TODAY);
    controller.abort();
    await drawFrame();
    expect(await done).toBe(false);
    expect(marked()).toBe(100);
  });

  it('takes the marks off elements that no longer hold an action', async () => {
    const { items, actions, located } = page(3);
    painter.locate(located);
    await painter.paintAll(actions, TODAY);
    located.delete('a1');
    painter.locate(located);
    await painter.paintAll(actions, TODAY);
    expect(items.map((item) => item.getAttribute('data-agendum-task'))).toEqual(['a0', null, 'a2']);
  });

  it('draws each action of an element several share on its own words, and finds it under the pointer', async () => {
    document.body.innerHTML = '<p>ACTION: Ana to call the vendor<br>DONE: Bob to write the notes</p><p>Alone</p>';
    const [shared, alone] = [...document.querySelectorAll('p')];
    const actions = new Map([
      ['a', makeAction({ id: 'a', text: 'Ana to call the vendor' })],
      ['b', makeAction({ id: 'b', text: 'Bob to write the notes', status: 'done' })],
      ['c', makeAction({ id: 'c', text: 'Alone' })],
    ]);
    painter.locate(
      new Map([
        ['a', [shared!]],
        ['b', [shared!]],
        ['c', [alone!]],
      ]),
    );
    await painter.paintAll(actions, TODAY);
    expect(shared!.hasAttribute('data-agendum-task')).toBe(false);
    expect(shared!.hasAttribute('data-agendum-shared')).toBe(true);
    expect(alone!.getAttribute('data-agendum-task')).toBe('c');
    expect(String(painter.target('a'))).toBe('Ana to call the vendor');
    expect(String(painter.target('b'))).toBe('Bob to write the notes');
    expect(painter.target('c')).toBe(alone);
    expect(painter.element('b')).toBe(shared);
    expect(painter.actionAt(alone!, 0, 0)).toBe('c');

    // Once the page holds only one of them there, the element carries that one's marks again.
    painter.locate(
      new Map([
        ['a', [shared!]],
        ['c', [alone!]],
      ]),
    );
    await painter.paintAll(actions, TODAY);
    expect(shared!.getAttribute('data-agendum-task')).toBe('a');
    expect(shared!.hasAttribute('data-agendum-shared')).toBe(false);
  });

  it('redraws one action after an edit', async () => {
    const { items, actions, located } = page(2);
    painter.locate(located);
    await painter.paintAll(actions, TODAY);
    actions.set('a1', makeAction({ id: 'a1', status: 'done', mine: true }));
    painter.paint('a1', actions, TODAY);
    expect(items[1]!.getAttribute('data-agendum-state')).toBe('done');
  });

  it('places an action made from selected text, unless it already stands somewhere', async () => {
    const { items, actions, located } = page(2);
    painter.locate(located);
    await painter.paintAll(actions, TODAY);
    actions.set('user:1', makeAction({ id: 'user:1' }));
    painter.add('user:1', items[1]!);
    painter.add('a0', items[1]!);
    painter.paint('user:1', actions, TODAY);
    expect(painter.element('a0')).toBe(items[0]);
    expect([...painter.placed()]).toEqual(['a0', 'a1', 'user:1']);
  });

  it('outlines the current action, and only it', async () => {
    const { items, actions, located } = page(2);
    painter.locate(located);
    await painter.paintAll(actions, TODAY);
    painter.setCurrent('a0');
    painter.setCurrent('a1');
    expect(items.map((item) => item.hasAttribute('data-agendum-current'))).toEqual([false, true]);
    expect(painter.current()).toBe('a1');
  });

  it('reveals an action on the page with a flash, and says when it is not there', async () => {
    const { items, actions, located } = page(2);
    painter.locate(located);
    await painter.paintAll(actions, TODAY);
    expect(painter.reveal('a1')).toBe(true);
    expect(items[1]!.hasAttribute('data-agendum-flash')).toBe(true);
    items[0]!.remove();
    expect(painter.reveal('a0')).toBe(false);
    expect(painter.current()).toBe('a0');
  });

  it('leaves no trace once cleared', async () => {
    const { actions, located } = page(3);
    const before = document.body.innerHTML;
    painter.locate(located);
    await painter.paintAll(actions, TODAY);
    painter.reveal('a2');
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
  });
});

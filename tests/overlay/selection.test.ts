/** @vitest-environment happy-dom */
import { afterEach, describe, expect, it } from 'vitest';
import { usableRange } from '../../lib/overlay/selection';

const notOurs = (node: Node): boolean => node.nodeName === 'AGENDUM-CONTROL';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  document.body.replaceChildren();
});

function select(node: Node, start: number, end: number, endNode: Node = node): void {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}

describe('usableRange', () => {
  it('gives a copy of a selection of page text', () => {
    document.body.innerHTML = '<p>Ask Ann to book the room</p>';
    const text = document.querySelector('p')!.firstChild!;
    select(text, 4, 15);
    const range = usableRange(document, notOurs);
    expect(range?.toString()).toBe('Ann to book');
    document.getSelection()!.removeAllRanges();
    expect(range?.toString()).toBe('Ann to book');
  });

  it('gives nothing when nothing is selected', () => {
    document.body.innerHTML = '<p>Ask Ann</p>';
    select(document.querySelector('p')!.firstChild!, 2, 2);
    expect(usableRange(document, notOurs)).toBeNull();
  });

  it('gives nothing for a selection of whitespace only', () => {
    document.body.innerHTML = '<p>Ask    Ann</p>';
    select(document.querySelector('p')!.firstChild!, 3, 6);
    expect(usableRange(document, notOurs)).toBeNull();
  });

  it.each([
    ['a text field', '<textarea>Ask Ann to book</textarea>', 'textarea'],
    ['the wiki’s editor', '<div contenteditable="true"><p>Ask Ann to book</p></div>', 'p'],
  ])('gives nothing for a selection inside %s', (_name, html, selector) => {
    document.body.innerHTML = html;
    const node = document.querySelector(selector)!.firstChild!;
    select(node, 0, 7);
    expect(usableRange(document, notOurs)).toBeNull();
  });

  it('gives nothing for a selection longer than an action may be', () => {
    document.body.innerHTML = `<p>${'word '.repeat(500)}</p>`;
    const text = document.querySelector('p')!.firstChild!;
    select(text, 0, 2500);
    expect(usableRange(document, notOurs)).toBeNull();
  });
});

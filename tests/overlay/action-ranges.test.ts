/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { rangeAt, sharedRanges } from '../../lib/overlay/action-ranges';

/** A range whose text boxes are the given rectangles (happy-dom lays nothing out). */
const boxed = (...rects: Array<[left: number, top: number, right: number, bottom: number]>): Range =>
  ({
    getClientRects: () => rects.map(([left, top, right, bottom]) => ({ left, top, right, bottom })),
  }) as unknown as Range;

describe('sharedRanges', () => {
  it('finds each action on its own words, also worded a little differently, and a made one at its quote', () => {
    document.body.innerHTML =
      '<p>ACTION: Ana to call the vendor by Friday.<br>AI: Tom check  the spares\nlist (DONE)<br>Gone line</p>';
    const p = document.querySelector('p')!;
    const texts: Record<string, string> = {
      a: 'Ana to call the vendor',
      b: 'Tom check the spares list',
      c: 'Nowhere to be seen in this paragraph',
      d: 'made',
    };
    const quote = document.createRange();
    quote.selectNodeContents(p.lastChild!);
    const ranges = sharedRanges(new Map([[p, ['a', 'b', 'c', 'd']]]), (id) => texts[id], new Map([['d', quote]]));
    expect(String(ranges.get('a'))).toBe('Ana to call the vendor');
    expect(String(ranges.get('b'))).toMatch(/^Tom check\s+the spares\s+list$/);
    expect(ranges.has('c')).toBe(false);
    expect(ranges.get('d')).toBe(quote);
  });
});

describe('rangeAt', () => {
  const lines = [
    ['a', boxed([10, 0, 200, 20])],
    ['b', boxed([10, 20, 120, 40], [10, 40, 300, 60])],
    ['c', boxed([140, 20, 260, 40])],
  ] as const;

  it('names the action whose words are under the point', () => {
    expect(rangeAt(lines, 50, 10)).toBe('a');
    expect(rangeAt(lines, 200, 50)).toBe('b');
    expect(rangeAt(lines, 150, 30)).toBe('c');
  });

  it('takes the nearest on the line for a point on its marker or past its end, and none off every line', () => {
    expect(rangeAt(lines, 2, 10)).toBe('a');
    expect(rangeAt(lines, 125, 30)).toBe('b');
    expect(rangeAt(lines, 290, 30)).toBe('c');
    expect(rangeAt(lines, 50, 90)).toBeUndefined();
  });
});

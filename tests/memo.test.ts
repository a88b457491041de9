import { describe, expect, it, vi } from 'vitest';
import { memoize } from '../lib/memo';

describe('memoize', () => {
  it('computes each input once, undefined and null answers included', () => {
    const fn = vi.fn((input: string) => (input === 'none' ? undefined : input === 'null' ? null : input.length));
    const remembered = memoize(fn);
    for (let round = 0; round < 3; round++) {
      expect(remembered('abc')).toBe(3);
      expect(remembered('none')).toBeUndefined();
      expect(remembered('null')).toBeNull();
    }
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('starts over when full, so it never holds more than its limit', () => {
    const fn = vi.fn((input: string) => input.toUpperCase());
    const remembered = memoize(fn, 2);
    remembered('a');
    remembered('b');
    remembered('c'); // full: forgets a and b
    remembered('a');
    expect(fn.mock.calls.map(([input]) => input)).toEqual(['a', 'b', 'c', 'a']);
    remembered('a');
    expect(fn).toHaveBeenCalledTimes(4);
  });
});

import { describe, expect, it } from 'vitest';
import { formatMs, formatTable, formatTargets, median } from '../../scripts/bench/report';

describe('median', () => {
  it.each([
    [[5], 5],
    [[3, 1, 2], 2],
    [[10, 1, 4, 2], 3],
    [[7, 7, 100, 7, 1], 7],
  ])('of %j is %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('is NaN for no values, so an empty section cannot pass for 0 ms', () => {
    expect(median([])).toBeNaN();
  });

  it('leaves its input in order', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('formatMs', () => {
  it.each([
    [0.04, '0.0 ms'],
    [12.345, '12.3 ms'],
    [99.94, '99.9 ms'],
    [291.4, '291 ms'],
    [1321, '1,321 ms'],
    [Number.NaN, 'n/a'],
  ])('says %d as %s', (ms, text) => {
    expect(formatMs(ms)).toBe(text);
  });
});

describe('formatTable', () => {
  it('pads columns to their widest cell and right-aligns a column of figures only', () => {
    expect(
      formatTable(
        ['page', 'time', 'overlay'],
        [
          ['1x', '5.0 ms', '12 ms'],
          ['100x', '< 50 ms', 'n/a (no measure)'],
        ],
      ).split('\n'),
    ).toEqual([
      'page     time  overlay',
      '----  -------  ----------------',
      '  1x   5.0 ms  12 ms',
      '100x  < 50 ms  n/a (no measure)',
    ]);
  });
});

describe('formatTargets', () => {
  it('says each target as met, NOT MET or not measured', () => {
    const text = formatTargets([
      { name: 'a', target: '< 1 ms', figure: '0.5 ms', met: true },
      { name: 'b', target: '< 1 ms', figure: '2.0 ms', met: false },
      { name: 'c', target: '< 1 ms', figure: 'n/a', met: null },
    ]);
    expect(
      text
        .split('\n')
        .slice(2)
        .map((line) => line.split(/\s{2,}/).pop()),
    ).toEqual(['met', 'NOT MET', 'not measured']);
  });
});

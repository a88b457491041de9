import { describe, expect, it } from 'vitest';
import { windowRange } from '../../lib/popup/window-range';

describe('windowRange', () => {
  const list = { rows: 5_000, rowHeight: 50, listTop: 200, viewportHeight: 600 };

  it('draws the rows in view and a viewport either side', () => {
    expect(windowRange({ ...list, scrollTop: 10_200 })).toEqual({ start: 188, end: 224 });
  });

  it('starts at the first row while the list is below the fold, and stops at the last', () => {
    expect(windowRange({ ...list, scrollTop: 0 })).toEqual({ start: 0, end: 20 });
    expect(windowRange({ ...list, scrollTop: 1_000_000 })).toEqual({ start: 5_000, end: 5_000 });
    expect(windowRange({ ...list, scrollTop: 249_900 })).toEqual({ start: 4_982, end: 5_000 });
  });

  it('draws nothing of a list scrolled far out of view', () => {
    expect(windowRange({ ...list, rows: 10, scrollTop: 5_000 })).toEqual({ start: 10, end: 10 });
  });
});

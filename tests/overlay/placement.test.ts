import { describe, expect, it } from 'vitest';
import { placeControl, type Edges, type PlacementInput } from '../../lib/overlay/placement';

const rect = (left: number, top: number, width: number, height: number): Edges => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const VIEWPORT = { width: 1000, height: 800 };
const SIZE = { width: 200, height: 40 };
const place = (input: Partial<PlacementInput> & Pick<PlacementInput, 'kind' | 'target'>) =>
  placeControl({ size: SIZE, viewport: VIEWPORT, ...input });
/** Whether two rectangles share any area. */
const overlaps = (a: Edges, b: Edges): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const drawn = ({ top, left }: { top: number; left: number }, size = SIZE): Edges =>
  rect(left, top, size.width, size.height);

describe('placeControl', () => {
  it('puts an action’s control under its row, starting where the row starts', () => {
    expect(place({ kind: 'task', target: rect(100, 300, 800, 30) })).toEqual({ top: 336, left: 100 });
  });

  it('flips it over the row at the bottom of the viewport', () => {
    expect(place({ kind: 'task', target: rect(100, 740, 800, 30) })).toEqual({ top: 694, left: 100 });
  });

  it('puts it right of a short action when there is room, level with it', () => {
    expect(place({ kind: 'task', target: rect(100, 300, 300, 20) })).toEqual({ top: 300, left: 406 });
  });

  it('never covers the action, whatever its place and however tall the control grows', () => {
    for (const target of [
      rect(20, 5, 900, 30),
      rect(20, 380, 900, 30),
      rect(20, 760, 900, 30),
      rect(300, 200, 600, 300),
      rect(100, 300, 300, 20),
    ]) {
      for (const size of [SIZE, { width: 420, height: 260 }]) {
        expect(
          overlaps(drawn(place({ kind: 'task', target, size }), size), target),
          JSON.stringify({ target, size }),
        ).toBe(false);
      }
    }
  });

  it('covers as little as it can of an action taller than the viewport, inside the viewport', () => {
    const { top } = place({ kind: 'task', target: rect(20, -200, 960, 1400) });
    expect(top).toBeGreaterThanOrEqual(6);
    expect(top + SIZE.height).toBeLessThanOrEqual(800 - 6);
  });

  it('offers Add action below the selection’s end, centred on it', () => {
    expect(place({ kind: 'adder', target: rect(100, 300, 300, 20) })).toEqual({ top: 326, left: 300 });
  });

  it('offers it above the selection at the bottom of the viewport', () => {
    expect(place({ kind: 'adder', target: rect(100, 770, 300, 20) })).toEqual({ top: 724, left: 300 });
  });

  it('opens the form under the selection, or over it, never on it', () => {
    const size = { width: 340, height: 300 };
    expect(place({ kind: 'form', target: rect(120, 300, 800, 20), size })).toEqual({ top: 326, left: 120 });
    const low = rect(120, 600, 800, 20);
    expect(overlaps(drawn(place({ kind: 'form', target: low, size }), size), low)).toBe(false);
  });

  it('stays inside the viewport at both edges', () => {
    expect(place({ kind: 'task', target: rect(-100, 300, 1050, 20) }).left).toBe(6);
    expect(place({ kind: 'form', target: rect(950, 300, 40, 20) }).left).toBe(1000 - 200 - 6);
  });

  it('stays beside the open panel, never under it', () => {
    const panel = rect(700, 0, 300, 800);
    const spot = place({ kind: 'task', target: rect(300, 300, 600, 20), reserved: panel });
    expect(spot.left + SIZE.width).toBeLessThanOrEqual(700 - 6);
    expect(place({ kind: 'task', target: rect(300, 300, 300, 20), reserved: panel })).toEqual({ top: 326, left: 300 });
  });

  it('ignores a panel that leaves no room beside it', () => {
    const panel = rect(150, 0, 850, 800);
    const target = rect(300, 300, 600, 20);
    expect(place({ kind: 'task', target, reserved: panel })).toEqual(place({ kind: 'task', target }));
  });

  it('gives whole pixels', () => {
    const { top, left } = place({ kind: 'adder', target: { left: 10.3, top: 100.4, right: 333.7, bottom: 120.6 } });
    expect([Number.isInteger(top), Number.isInteger(left)]).toEqual([true, true]);
  });
});

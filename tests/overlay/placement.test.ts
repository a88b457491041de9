import { describe, expect, it } from 'vitest';
import { placeControl, type Edges, type PlacementInput } from '../../lib/overlay/placement';

const rect = (left: number, top: number, width: number, height: number): Edges => ({ left, top, right: left + width, bottom: top + height });
const VIEWPORT = { width: 1000, height: 800 };
const SIZE = { width: 200, height: 40 };
const place = (input: Partial<PlacementInput> & Pick<PlacementInput, 'kind' | 'target'>) => placeControl({ size: SIZE, viewport: VIEWPORT, ...input });

describe('placeControl', () => {
  it('puts an action’s control above its right end, so the action’s first words stay readable', () => {
    expect(place({ kind: 'task', target: rect(100, 300, 500, 30) })).toEqual({ top: 254, left: 400 });
  });

  it('puts it below the action when there is no room above', () => {
    expect(place({ kind: 'task', target: rect(100, 20, 500, 30) })).toEqual({ top: 56, left: 400 });
  });

  it('offers Add action below the selection’s end, centred on it', () => {
    expect(place({ kind: 'adder', target: rect(100, 300, 300, 20) })).toEqual({ top: 326, left: 300 });
  });

  it('offers it above the selection at the bottom of the viewport', () => {
    expect(place({ kind: 'adder', target: rect(100, 770, 300, 20) })).toEqual({ top: 724, left: 300 });
  });

  it('opens the form under the selection’s start', () => {
    expect(place({ kind: 'form', target: rect(120, 300, 300, 20) })).toEqual({ top: 326, left: 120 });
  });

  it('stays inside the viewport at both edges', () => {
    expect(place({ kind: 'task', target: rect(0, 300, 50, 20) }).left).toBe(6);
    expect(place({ kind: 'form', target: rect(950, 300, 40, 20) }).left).toBe(1000 - 200 - 6);
  });

  it('stays beside the open panel, never under it', () => {
    const panel = rect(700, 0, 300, 800);
    expect(place({ kind: 'task', target: rect(300, 300, 600, 20), reserved: panel })).toEqual({ top: 254, left: 700 - 200 - 6 });
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

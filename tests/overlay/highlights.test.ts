/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import type { MarkState } from '../../lib/actions/action-state';
import { clearHighlights, paintHighlights } from '../../lib/overlay/highlights';

/** A window with the Custom Highlight API as Chromium and Firefox have it: a registry of named highlights. */
function withHighlights() {
  const registry = new Map<string, { ranges: Range[]; priority: number }>();
  class Highlight {
    ranges: Range[];
    priority = 0;
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  return { registry, view: { CSS: { highlights: registry }, Highlight } as unknown as Window };
}

const range = (): Range => document.createRange();

describe('highlights', () => {
  it('draws each range in its state, the current one over it, and nothing of actions it has no state for', () => {
    const { registry, view } = withHighlights();
    const [a, b, c, d] = [range(), range(), range(), range()];
    const states: Record<string, MarkState> = { a: 'overdue', b: 'done', c: 'overdue' };
    paintHighlights(
      view,
      new Map([
        ['a', a],
        ['b', b],
        ['c', c],
        ['d', d],
      ]),
      (id) => states[id],
      'b',
    );
    expect(Object.fromEntries([...registry].map(([name, h]) => [name, h.ranges]))).toEqual({
      'agendum-overdue': [a, c],
      'agendum-done': [b],
      'agendum-current': [b],
    });
    expect(registry.get('agendum-current')?.priority).toBe(1);

    paintHighlights(view, new Map([['a', a]]), () => 'open');
    expect([...registry.keys()]).toEqual(['agendum-open']);
    clearHighlights(view);
    expect(registry.size).toBe(0);
  });

  it('does nothing in a browser without the API', () => {
    expect(() => paintHighlights({} as Window, new Map([['a', range()]]), () => 'open')).not.toThrow();
    expect(() => clearHighlights(null)).not.toThrow();
  });
});

// Actions drawn on their own words (action-ranges.ts) with the CSS Custom Highlight API: one highlight per
// state and one for the current action, which marks.css colours. Nothing is added to the page's DOM, and the
// browser repaints only those words. Without the API, the shared element's own frame (marks.css) remains.
import type { MarkState } from '../actions/action-state';

const STATES: readonly MarkState[] = ['overdue', 'due-soon', 'open', 'done'];
const CURRENT = 'agendum-current';
const NAMES = [...STATES.map((state) => `agendum-${state}`), CURRENT];

interface HighlightApi {
  registry: { set(name: string, highlight: object): void; delete(name: string): boolean };
  make: (ranges: Range[]) => { priority: number };
}

function highlightApi(view: Window | null): HighlightApi | undefined {
  const scope = view as
    | (Window & {
        CSS?: { highlights?: HighlightApi['registry'] };
        Highlight?: new (...ranges: Range[]) => { priority: number };
      })
    | null;
  const registry = scope?.CSS?.highlights;
  const Highlight = scope?.Highlight;
  return registry && Highlight ? { registry, make: (ranges) => new Highlight(...ranges) } : undefined;
}

/** Draws each range in its action's state, and the current action's over it. */
export function paintHighlights(
  view: Window | null,
  ranges: ReadonlyMap<string, Range>,
  stateOf: (id: string) => MarkState | undefined,
  current?: string,
): void {
  const api = highlightApi(view);
  if (!api) return;
  const byName = new Map<string, Range[]>();
  for (const [id, range] of ranges) {
    const state = stateOf(id);
    if (!state) continue;
    byName.set(`agendum-${state}`, [...(byName.get(`agendum-${state}`) ?? []), range]);
    if (id === current) byName.set(CURRENT, [range]);
  }
  for (const name of NAMES) {
    const list = byName.get(name);
    if (!list) {
      api.registry.delete(name);
      continue;
    }
    const highlight = api.make(list);
    if (name === CURRENT) highlight.priority = 1;
    api.registry.set(name, highlight);
  }
}

/** Takes every highlight of ours off the page. */
export function clearHighlights(view: Window | null): void {
  const api = highlightApi(view);
  for (const name of NAMES) api?.registry.delete(name);
}

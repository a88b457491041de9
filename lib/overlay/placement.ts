// Where the floating control goes: beside the action or the selection it is about, inside the viewport, and
// never under the panel (open, or collapsed to its tab: a control under the tab could not be clicked). Pure: rectangles in viewport coordinates in, a position out.

const GAP = 6;

/** What the control shows: an action's control, the Add action offer, or the form that makes one. */
export type ControlKind = 'task' | 'adder' | 'form';

/** A rectangle's edges, as `getBoundingClientRect()` gives them. */
export type Edges = Pick<DOMRectReadOnly, 'top' | 'bottom' | 'left' | 'right'>;

export interface PlacementInput {
  kind: ControlKind;
  /** What the control sits beside: the action's element, or the selection's last line. */
  target: Edges;
  /** The control's own size as drawn. */
  size: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Screen space the control must leave free (the panel, or its tab). */
  reserved?: Edges;
}

/** The control's top-left corner, in whole pixels. */
export function placeControl({ kind, target, size, viewport, reserved }: PlacementInput): { top: number; left: number } {
  const { width, height } = size;
  let top: number;
  let left: number;
  if (kind === 'task') {
    // Above the action's right end, so its first words stay readable; below when there is no room above.
    top = target.top - height - GAP >= 0 ? target.top - height - GAP : target.bottom + GAP;
    left = target.right - width;
  } else {
    top = target.bottom + GAP + height <= viewport.height ? target.bottom + GAP : Math.max(GAP, target.top - height - GAP);
    left = kind === 'adder' ? target.right - width / 2 : target.left;
  }
  // Beside the panel, never under it.
  const right = reserved && reserved.left > width + 2 * GAP ? Math.min(viewport.width, reserved.left) : viewport.width;
  left = Math.max(GAP, Math.min(left, right - width - GAP));
  return { top: Math.round(top), left: Math.round(left) };
}

// Where the floating control goes: beside the action or the selection it is about without covering it (nor,
// for an action, its table row), inside the viewport, and never under the panel (open, or collapsed to its tab:
// a control under the tab could not be clicked). Pure: rectangles in viewport coordinates in, a position out.

const GAP = 6;

/** What the control shows: an action's control, the Add action offer, or the form that makes one. */
export type ControlKind = 'task' | 'adder' | 'form';

/** A rectangle's edges, as `getBoundingClientRect()` gives them. */
export type Edges = Pick<DOMRectReadOnly, 'top' | 'bottom' | 'left' | 'right'>;

export interface PlacementInput {
  kind: ControlKind;
  /** What the control must not cover: the action (its whole row in a table), or the selection. */
  target: Edges;
  /** The control's own size as drawn (it grows when a field opens, and is placed again). */
  size: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Screen space the control must leave free (the panel, or its tab). */
  reserved?: Edges;
}

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(value, max));

/** The control's top-left corner, in whole pixels. */
export function placeControl({ kind, target, size, viewport, reserved }: PlacementInput): {
  top: number;
  left: number;
} {
  const { width, height } = size;
  // Beside the panel (or its tab), never under it.
  const right = reserved && reserved.left > width + 2 * GAP ? Math.min(viewport.width, reserved.left) : viewport.width;
  const spanLeft = (left: number): number => Math.round(clamp(left, GAP, right - width - GAP));
  const below = target.bottom + GAP;
  const above = target.top - GAP - height;
  const fitsBelow = below + height <= viewport.height - GAP;
  const fitsAbove = above >= GAP;

  if (kind === 'adder') {
    // A small button at the selection's end: under it, or over it at the bottom of the viewport.
    return { top: Math.round(fitsBelow ? below : Math.max(GAP, above)), left: spanLeft(target.right - width / 2) };
  }
  // Right of the action when there is room (it covers nothing then), else under it, else over it, flipping to
  // stay inside the viewport; left of it as a last resort before covering part of it.
  if (target.right + GAP + width + GAP <= right)
    return {
      top: Math.round(clamp(target.top, GAP, viewport.height - height - GAP)),
      left: Math.round(target.right + GAP),
    };
  if (fitsBelow) return { top: Math.round(below), left: spanLeft(target.left) };
  if (fitsAbove) return { top: Math.round(above), left: spanLeft(target.left) };
  if (target.left - GAP - width >= GAP)
    return {
      top: Math.round(clamp(target.top, GAP, viewport.height - height - GAP)),
      left: Math.round(target.left - GAP - width),
    };
  // Taller than the room around it: at the viewport's edge farther from the action's middle.
  const top = target.top + target.bottom > viewport.height ? GAP : viewport.height - height - GAP;
  return { top: Math.round(Math.max(GAP, top)), left: spanLeft(target.left) };
}

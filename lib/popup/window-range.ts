// Which rows of a long list to draw: those in view and a screen either side, from the list's place in its
// scrolling viewport. Pure arithmetic; the component measures and draws (a list drawn whole at 10,000 rows
// took seconds to lay out, and the popup is 600 px tall).

/** Where a list stands: all in CSS pixels, `listTop` relative to the top of the viewport's content. */
export interface WindowGeometry {
  rows: number;
  /** The average height of a drawn row. */
  rowHeight: number;
  listTop: number;
  scrollTop: number;
  viewportHeight: number;
}

/** The rows to draw, `start` included and `end` excluded. */
export interface RowWindow {
  start: number;
  end: number;
}

/**
 * The rows in view plus one viewport's height of rows above and below, so scrolling and moving the focus
 * with the keyboard always land on drawn rows.
 */
export function windowRange({ rows, rowHeight, listTop, scrollTop, viewportHeight }: WindowGeometry): RowWindow {
  const height = Math.max(rowHeight, 1);
  const top = scrollTop - listTop - viewportHeight;
  const bottom = scrollTop - listTop + 2 * viewportHeight;
  const start = Math.min(rows, Math.max(0, Math.floor(top / height)));
  const end = Math.min(rows, Math.max(start, Math.ceil(bottom / height)));
  return { start, end };
}

// What each benchmark bundle puts on `window.agendumBench`: the page side (bench/*-entry.ts) implements it,
// scripts/bench calls it by name from Node. Every method times itself with performance.now() in the page.

/** A duration in milliseconds, with what the timed call produced (a count), so the work cannot be skipped. */
export interface Timed {
  ms: number;
  count: number;
}

/** bench/extract-entry.ts, loaded into a generated page. */
export interface ExtractBench {
  /** The floor: `querySelectorAll('*')` and each element's `textContent`; counts the characters read. */
  traverse(): Timed;
  /** `extractPage(document, { url })`; counts the tasks found. */
  extract(): Timed;
}

/** bench/store-entry.ts, loaded into a blank page on the same loopback origin. */
export interface StoreBench {
  /** One `syncPage` of a page holding `count` synthetic tasks into a new, empty database; counts the tasks stored. */
  syncNew(count: number): Promise<Timed>;
  /**
   * The floor under `syncNew`: the records that sync writes, built beforehand, put into a new, empty database
   * in one raw IndexedDB transaction (no Agendum code timed); counts the records.
   */
  putFloor(count: number): Promise<Timed>;
  /** The same sync again into the database the last `syncNew` filled (every task already stored). */
  syncAgain(): Promise<Timed>;
  /** One person's overdue tasks from the database the last `syncNew` filled; counts them. */
  personOverdue(): Promise<Timed>;
  /** Every overdue task in that database; counts them. */
  allOverdue(): Promise<Timed>;
}

/** The popup's first render, split where the browser's work starts. */
export interface PopupTiming {
  /** From the render call until the first task row is in the DOM. */
  rowsMs: number;
  /** From the render call until the frame after that (style, layout and paint included). */
  frameMs: number;
  /** Task rows in the DOM at that point. */
  rows: number;
}

/** bench/popup-entry.tsx, loaded into a blank page with the popup's CSS. */
export interface PopupBench {
  /** Renders the popup over `count` synthetic actions into a fresh container, then removes it. */
  render(count: number): Promise<PopupTiming>;
}

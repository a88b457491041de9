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

/** bench/stored-entry.ts, loaded into a page of a copy of the built extension (its origin, its database). */
export interface StoredBench {
  /**
   * Replays meeting visits from page `fromPage` on through syncPage and setUserFields until the extension's
   * database holds `count` tasks; the reader's identity is saved first, so the badge counts their actions.
   */
  seed(fromPage: number, count: number): Promise<{ stored: number; nextPage: number; ms: number }>;
  /** Up to `limit` ids of the reader's open, overdue, unsnoozed actions. */
  readerOverdue(limit: number): Promise<string[]>;
  /**
   * The floor under a new page's sync: the records the sync stored for the page read at `pageUrl`, put again under
   * new ids in one raw IndexedDB transaction (no Agendum code timed) and then deleted, `runs` times; the median.
   */
  putFloor(pageUrl: string, runs: number): Promise<Timed>;
  /** Marks an action done or open through the background, as the popup does; epoch times (ms) of sending and of the reply. */
  edit(id: string, done: boolean): Promise<{ sentAt: number; repliedAt: number }>;
}

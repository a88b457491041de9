// Notices when the wiki re-renders or changes page without a reload (Confluence Cloud does both): a debounced
// MutationObserver plus WXT's `wxt:locationchange`. Ignores our own changes; never reads or changes page text.
// A page that never stops changing is read again less and less often, until it is quiet once.
import type { ContentScriptContext } from '#imports';
import { TASK_ATTR } from './marks';

export interface WatchOptions {
  /** Whether a node is one we added (a shadow host): changes to it are our own. */
  isOurs: (node: Node) => boolean;
  /**
   * Called once the page has been quiet for `quietMs`, or `maxWaitMs` after the first change at the latest;
   * each time the page was not quiet, the latest wait doubles, up to `longestWaitMs`.
   */
  onChange: () => void;
  quietMs?: number;
  maxWaitMs?: number;
  longestWaitMs?: number;
}

const QUIET_MS = 300;
/** A page that never stops changing (a ticking clock) must still be re-scanned now and then. */
const MAX_WAIT_MS = 2000;
/** ...but not every two seconds for ever: each read of a big page costs the reader's machine. */
const LONGEST_WAIT_MS = 60_000;

function relevant(record: MutationRecord, isOurs: (node: Node) => boolean): boolean {
  if (isOurs(record.target)) return false;
  switch (record.type) {
    case 'childList':
      return [...record.addedNodes, ...record.removedNodes].some((node) => !isOurs(node));
    case 'attributes':
      // Only the wiki re-classing an element we marked (Confluence ticks a task with class="checked").
      return (record.target as Element).hasAttribute(TASK_ATTR);
    default:
      return true;
  }
}

/** Watches `root` (and the address) until `ctx` is invalidated. */
export function watchPage(ctx: ContentScriptContext, root: Node, options: WatchOptions): void {
  const { isOurs, onChange, quietMs = QUIET_MS, maxWaitMs = MAX_WAIT_MS, longestWaitMs = LONGEST_WAIT_MS } = options;
  let quiet: number | undefined;
  let latest: number | undefined;
  let wait = maxWaitMs;
  const fire = (wasQuiet: boolean): void => {
    clearTimeout(quiet);
    clearTimeout(latest);
    quiet = latest = undefined;
    wait = wasQuiet ? maxWaitMs : Math.min(wait * 2, longestWaitMs);
    onChange();
  };
  const changed = (): void => {
    clearTimeout(quiet);
    quiet = ctx.setTimeout(() => fire(true), quietMs);
    latest ??= ctx.setTimeout(() => fire(false), wait);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((record) => relevant(record, isOurs))) changed();
  });
  // Our own marks are attributes too; the filter keeps their records from ever being made.
  observer.observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class'],
  });
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  if (view) ctx.addEventListener(view, 'wxt:locationchange', changed);
  ctx.onInvalidated(() => observer.disconnect());
}

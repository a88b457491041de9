// Notices when the wiki re-renders or changes page without a reload (Confluence Cloud does both): a debounced
// MutationObserver plus WXT's `wxt:locationchange`. Ignores our own changes; never reads or changes page text.
import type { ContentScriptContext } from '#imports';
import { TASK_ATTR } from './marks';

export interface WatchOptions {
  /** Whether a node is one we added (a shadow host): changes to it are our own. */
  isOurs: (node: Node) => boolean;
  /** Called once the page has been quiet for `quietMs`, or `maxWaitMs` after the first change at the latest. */
  onChange: () => void;
  quietMs?: number;
  maxWaitMs?: number;
}

const QUIET_MS = 300;
/** A page that never stops changing (a ticking clock) must still be re-scanned now and then. */
const MAX_WAIT_MS = 2000;

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
  const { isOurs, onChange, quietMs = QUIET_MS, maxWaitMs = MAX_WAIT_MS } = options;
  let quiet: number | undefined;
  let latest: number | undefined;
  const fire = (): void => {
    clearTimeout(quiet);
    clearTimeout(latest);
    quiet = latest = undefined;
    onChange();
  };
  const changed = (): void => {
    clearTimeout(quiet);
    quiet = ctx.setTimeout(fire, quietMs);
    latest ??= ctx.setTimeout(fire, maxWaitMs);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((record) => relevant(record, isOurs))) changed();
  });
  // Our own marks are attributes too; the filter keeps their records from ever being made.
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] });
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  if (view) ctx.addEventListener(view, 'wxt:locationchange', changed);
  ctx.onInvalidated(() => observer.disconnect());
}

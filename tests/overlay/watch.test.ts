/** @vitest-environment happy-dom */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '../../lib/overlay/watch';

let ctx: ContentScriptContext;
let onChange: ReturnType<typeof vi.fn<() => void>>;

const isOurs = (node: Node): boolean => node.nodeName === 'AGENDUM-PANEL';
/** MutationObserver callbacks run as microtasks; let them, then let the debounce run out. */
const settle = async (ms: number): Promise<void> => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
};

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<ul><li id="a" data-agendum-task="t1">Send it</li><li id="b">Book it</li></ul>';
  ctx = new ContentScriptContext('wiki');
  onChange = vi.fn<() => void>();
  watchPage(ctx, document.body, { isOurs, onChange, quietMs: 300, maxWaitMs: 2000 });
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('watchPage', () => {
  it('reports a change to the page once it has been quiet for a while', async () => {
    document.getElementById('b')!.textContent = 'Book the room';
    await settle(299);
    expect(onChange).not.toHaveBeenCalled();
    await settle(1);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reports a burst of changes once', async () => {
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('p'));
      await settle(100);
    }
    await settle(300);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reports a page that never goes quiet at least every two seconds', async () => {
    for (let i = 0; i < 25; i++) {
      document.body.append(document.createElement('p'));
      await settle(100);
    }
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reads a page that never stops changing less and less often, and as usual again once it was quiet', async () => {
    const tick = async (ms: number) => {
      for (let at = 0; at < ms; at += 100) {
        document.body.append(document.createElement('p'));
        await settle(100);
      }
    };
    await tick(2000 + 4000 + 8000);
    expect(onChange).toHaveBeenCalledTimes(3);
    await tick(15_900);
    expect(onChange).toHaveBeenCalledTimes(3);
    await tick(100);
    expect(onChange).toHaveBeenCalledTimes(4);
    // One change, then quiet: read once, and from then on as often as before.
    document.body.append(document.createElement('p'));
    await settle(300);
    expect(onChange).toHaveBeenCalledTimes(5);
    await tick(2000);
    expect(onChange).toHaveBeenCalledTimes(6);
  });

  it('ignores our own hosts coming and going', async () => {
    const host = document.createElement('agendum-panel');
    document.body.append(host);
    await settle(10);
    host.remove();
    await settle(1000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('ignores our own marks', async () => {
    document.getElementById('b')!.setAttribute('data-agendum-task', 't2');
    document.getElementById('a')!.setAttribute('data-agendum-state', 'done');
    await settle(1000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('notices the wiki re-classing a marked element (a task ticked in place), not an unmarked one', async () => {
    document.getElementById('b')!.className = 'hover';
    await settle(1000);
    expect(onChange).not.toHaveBeenCalled();
    document.getElementById('a')!.className = 'checked';
    await settle(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('reports a change of address without a reload', async () => {
    history.pushState({}, '', '/wiki/spaces/DM/pages/2');
    await settle(1000);
    await settle(300);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops when the context is invalidated', async () => {
    ctx.abort();
    document.body.append(document.createElement('p'));
    await settle(3000);
    expect(onChange).not.toHaveBeenCalled();
  });
});

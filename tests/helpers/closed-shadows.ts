// The overlay's shadow roots are closed: a page script cannot reach them, and neither can a test through the
// host. Tests keep each root as it is attached (the instrumentation a browser's DevTools have).
import { vi } from 'vitest';

/** Records every shadow root attached from now on, by its host's tag name (restored with the test's mocks). */
export function recordShadowRoots(): (hostName: string) => ShadowRoot {
  const roots = new Map<string, ShadowRoot>();
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this.tagName.toLowerCase(), root);
    return root;
  });
  return (hostName) => {
    const root = roots.get(hostName);
    if (!root) throw new Error(`no shadow root was attached to <${hostName}>`);
    return root;
  };
}

// Agendum's control and panel live in closed shadow roots: no page script reaches them, and neither do
// Playwright's locators. Tests reach them as DevTools does, through the DevTools protocol's DOM domain, and
// act on them as a person would: real mouse clicks at an element's place and real key presses.
import type { CDPSession, Page } from 'playwright-core';

export type OurHost = 'agendum-control' | 'agendum-panel';

export interface ClosedShadow {
  /** How many elements inside the root match `selector` (and, when given, whose label or text matches `name`). */
  count(selector: string, name?: string | RegExp): Promise<number>;
  /** The text of each element matching `selector`. */
  texts(selector: string): Promise<string[]>;
  /** The value of each field matching `selector`. */
  values(selector: string): Promise<string[]>;
  /** The value of attribute `attribute` on each element matching `selector`. */
  attributes(selector: string, attribute: string): Promise<Array<string | null>>;
  /** The computed values of `properties` on the first element matching `selector`. */
  computedStyle(selector: string, properties: string[]): Promise<Record<string, string>>;
  /** A real click in the middle of the first matching element. */
  click(selector: string, name?: string | RegExp): Promise<void>;
  /** Clicks the first matching field, selects what it holds and types `value`. */
  fill(selector: string, value: string): Promise<void>;
}

/** What a button or field is called: its aria-label, else its text. */
const NAME_OF = 'function () { return (this.getAttribute("aria-label") ?? this.textContent ?? "").trim(); }';

export async function closedShadow(page: Page, host: OurHost): Promise<ClosedShadow> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');

  async function shadowRootId(): Promise<number> {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: host });
    if (!nodeId) throw new Error(`no <${host}> on the page`);
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) throw new Error(`<${host}> has no shadow root`);
    const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [shadow.backendNodeId] });
    return nodeIds[0]!;
  }

  async function call<T>(nodeId: number, functionDeclaration: string): Promise<T> {
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration, returnByValue: true });
    return result.value as T;
  }

  async function find(selector: string, name?: string | RegExp): Promise<number[]> {
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: await shadowRootId(), selector });
    if (name === undefined) return nodeIds;
    const named: number[] = [];
    for (const nodeId of nodeIds) {
      const label = await call<string>(nodeId, NAME_OF);
      if (typeof name === 'string' ? label === name : name.test(label)) named.push(nodeId);
    }
    return named;
  }

  /** What is drawn at (x, y) instead of the node, if anything is (undefined when the browser cannot say). */
  async function coveredBy(nodeId: number, x: number, y: number): Promise<string | undefined> {
    const found = await cdp.send('DOM.getNodeForLocation', { x: Math.round(x), y: Math.round(y), ignorePointerEventsNone: true }).catch(() => undefined);
    if (!found) return undefined;
    const [{ object: target }, { object: top }] = await Promise.all([
      cdp.send('DOM.resolveNode', { nodeId }),
      cdp.send('DOM.resolveNode', { backendNodeId: found.backendNodeId }),
    ]);
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: target.objectId!,
      functionDeclaration: 'function (top) { return this.contains(top) ? "" : top.outerHTML.slice(0, 120); }',
      arguments: [{ objectId: top.objectId! }],
      returnByValue: true,
    });
    return (result.value as string) || undefined;
  }

  async function click(selector: string, name?: string | RegExp): Promise<void> {
    const [nodeId] = await find(selector, name);
    if (!nodeId) throw new Error(`nothing matches ${selector}${name ? ` named ${name}` : ''} in <${host}>`);
    // Scrolled into view only when it is not in view (scrolling the page moves the control away from its action).
    const centre = async (): Promise<{ x: number; y: number } | undefined> => {
      const { quads } = await cdp.send('DOM.getContentQuads', { nodeId }).catch(() => ({ quads: [] as number[][] }));
      const quad = quads[0];
      if (!quad) return undefined;
      const point = { x: (quad[0]! + quad[2]! + quad[4]! + quad[6]!) / 4, y: (quad[1]! + quad[3]! + quad[5]! + quad[7]!) / 4 };
      const view = page.viewportSize();
      return view && point.x >= 0 && point.y >= 0 && point.x < view.width && point.y < view.height ? point : undefined;
    };
    let point = await centre();
    if (!point) {
      await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
      point = await centre();
    }
    if (!point) throw new Error(`${selector} in <${host}> is not drawn`);
    const { x, y } = point;
    // A person clicks what they see there: say so when something else is on top (where the browser can tell).
    const covering = await coveredBy(nodeId, x, y);
    if (covering) throw new Error(`${selector}${name ? ` named ${name}` : ''} in <${host}> is covered by ${covering}`);
    await page.mouse.click(x, y);
  }

  return {
    count: async (selector, name) => (await find(selector, name)).length,
    texts: async (selector) => Promise.all((await find(selector)).map((id) => call<string>(id, 'function () { return this.textContent ?? ""; }'))),
    values: async (selector) => Promise.all((await find(selector)).map((id) => call<string>(id, 'function () { return this.value ?? ""; }'))),
    attributes: async (selector, attribute) =>
      Promise.all((await find(selector)).map((id) => call<string | null>(id, `function () { return this.getAttribute(${JSON.stringify(attribute)}); }`))),
    async computedStyle(selector, properties) {
      const [nodeId] = await find(selector);
      if (!nodeId) throw new Error(`nothing matches ${selector} in <${host}>`);
      await cdp.send('CSS.enable');
      const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId });
      return Object.fromEntries(properties.map((name) => [name, computedStyle.find((entry) => entry.name === name)?.value ?? '']));
    },
    click,
    async fill(selector, value) {
      await click(selector);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(value);
    },
  };
}

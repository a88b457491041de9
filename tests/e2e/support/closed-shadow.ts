// Agendum's control and panel live in closed shadow roots: no page script reaches them, and neither do
// Playwright's locators. Tests reach them as DevTools does, through the DevTools protocol's DOM domain, and
// act on them as a person would: real mouse clicks at an element's place and real key presses.
import type { CDPSession, Page } from 'playwright-core';

export type OurHost = 'agendum-control' | 'agendum-panel';

/** Where an element is drawn, in the viewport's coordinates. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface ClosedShadow {
  /** How many elements inside the root match `selector` (and, when given, whose label or text matches `name`). */
  count(selector: string, name?: string | RegExp): Promise<number>;
  /** The text of each element matching `selector`. */
  texts(selector: string): Promise<string[]>;
  /** The value of each field matching `selector`. */
  values(selector: string): Promise<string[]>;
  /** The value of attribute `attribute` on each element matching `selector`. */
  attributes(selector: string, attribute: string): Promise<Array<string | null>>;
  /** Where each element matching `selector` is drawn; null for one that is not (hidden, or inside something hidden). */
  boxes(selector: string): Promise<Array<Box | null>>;
  /** What has the keyboard focus inside the root (its label, else its text, else its tag name); null when nothing there has it. */
  focused(): Promise<string | null>;
  /** The computed values of `properties` on the first element matching `selector`. */
  computedStyle(selector: string, properties: string[]): Promise<Record<string, string>>;
  /** A real click in the middle of the first matching element. */
  click(selector: string, name?: string | RegExp): Promise<void>;
  /** Clicks the first matching field, selects what it holds and types `value`. */
  fill(selector: string, value: string): Promise<void>;
}

/** What a button or field is called: its aria-label, else its text. */
const NAME_OF = 'function () { return (this.getAttribute("aria-label") ?? this.textContent ?? "").trim(); }';

/**
 * The document's node id in `cdp`'s view. Asked once per document: asking again drops every node id handed out
 * before, which would break a concurrent query.
 */
function documentIds(cdp: CDPSession): () => Promise<number> {
  let current: Promise<number> | undefined;
  cdp.on('DOM.documentUpdated', () => (current = undefined));
  return () => (current ??= cdp.send('DOM.getDocument', { depth: 0 }).then(({ root }) => root.nodeId));
}

/** The node ids of `host` and of its shadow root, in `cdp`'s view of the document. */
async function hostAndRoot(
  cdp: CDPSession,
  documentId: () => Promise<number>,
  host: OurHost,
): Promise<{ hostId: number; rootId: number }> {
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: await documentId(), selector: host });
  if (!nodeId) throw new Error(`no <${host}> on the page`);
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) throw new Error(`<${host}> has no shadow root`);
  const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [shadow.backendNodeId] });
  return { hostId: nodeId, rootId: nodeIds[0]! };
}

export async function closedShadow(page: Page, host: OurHost): Promise<ClosedShadow> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  const documentId = documentIds(cdp);

  const shadowRootId = async (): Promise<number> => (await hostAndRoot(cdp, documentId, host)).rootId;

  async function call<T>(nodeId: number, functionDeclaration: string): Promise<T> {
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration,
      returnByValue: true,
    });
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
    const found = await cdp
      .send('DOM.getNodeForLocation', { x: Math.round(x), y: Math.round(y), ignorePointerEventsNone: true })
      .catch(() => undefined);
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
      const point = {
        x: (quad[0]! + quad[2]! + quad[4]! + quad[6]!) / 4,
        y: (quad[1]! + quad[3]! + quad[5]! + quad[7]!) / 4,
      };
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
    texts: async (selector) =>
      Promise.all(
        (await find(selector)).map((id) => call<string>(id, 'function () { return this.textContent ?? ""; }')),
      ),
    values: async (selector) =>
      Promise.all((await find(selector)).map((id) => call<string>(id, 'function () { return this.value ?? ""; }'))),
    attributes: async (selector, attribute) =>
      Promise.all(
        (await find(selector)).map((id) =>
          call<string | null>(id, `function () { return this.getAttribute(${JSON.stringify(attribute)}); }`),
        ),
      ),
    boxes: async (selector) =>
      Promise.all(
        (await find(selector)).map((id) =>
          call<Box | null>(
            id,
            'function () { if (!this.checkVisibility()) return null; const r = this.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; }',
          ),
        ),
      ),
    focused: async () =>
      call<string | null>(
        await shadowRootId(),
        'function () { const a = this.activeElement; return a && (a.getAttribute("aria-label") || a.textContent.trim() || a.tagName); }',
      ),
    async computedStyle(selector, properties) {
      const [nodeId] = await find(selector);
      if (!nodeId) throw new Error(`nothing matches ${selector} in <${host}>`);
      await cdp.send('CSS.enable');
      const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId });
      return Object.fromEntries(
        properties.map((name) => [name, computedStyle.find((entry) => entry.name === name)?.value ?? '']),
      );
    },
    click,
    async fill(selector, value) {
      await click(selector);
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(value);
    },
  };
}

/**
 * Evaluates `expression` (after `setup`, say a tool's source) in a world of the test's own, neither the page's
 * nor the content script's, in which each of `hosts` has its closed root as `shadowRoot`: DevTools' view, for a
 * tool such as axe-core that walks `element.shadowRoot`. The page's scripts never see that property.
 */
export async function evaluateSeeingClosedRoots<T>(
  page: Page,
  hosts: OurHost[],
  setup: string,
  expression: string,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'agendum-test-tools',
    });
    const documentId = documentIds(cdp);
    for (const host of hosts) {
      const { hostId, rootId } = await hostAndRoot(cdp, documentId, host);
      const [{ object: element }, { object: root }] = await Promise.all([
        cdp.send('DOM.resolveNode', { nodeId: hostId, executionContextId }),
        cdp.send('DOM.resolveNode', { nodeId: rootId, executionContextId }),
      ]);
      await cdp.send('Runtime.callFunctionOn', {
        objectId: element.objectId!,
        functionDeclaration:
          'function (root) { Object.defineProperty(this, "shadowRoot", { value: root, configurable: true }); }',
        arguments: [{ objectId: root.objectId! }],
      });
    }
    const run = async (source: string): Promise<unknown> => {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression: source,
        contextId: executionContextId,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails)
        throw new Error(`in the test's world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value;
    };
    await run(setup);
    return (await run(expression)) as T;
  } finally {
    await cdp.detach();
  }
}

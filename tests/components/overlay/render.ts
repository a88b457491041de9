// Rendering a Preact view into happy-dom for the overlay's component tests, and finding and using its parts.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export interface Rendered {
  container: HTMLElement;
  /** The button whose text is `name` (or matches it). */
  button(name: string | RegExp): HTMLButtonElement;
  click(element: Element | undefined): Promise<void>;
  type(element: Element | null, value: string): Promise<void>;
  key(element: Element | null, key: string): Promise<void>;
  rerender(view: ComponentChild): Promise<void>;
}

const mounted: HTMLElement[] = [];

/** Unmounts every view `show` rendered; for afterEach. */
export function cleanup(): void {
  for (const container of mounted.splice(0)) {
    render(null, container);
    container.remove();
  }
}

export async function show(view: ComponentChild): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  await act(() => render(view, container));
  return {
    container,
    button(name) {
      const found = [...container.querySelectorAll('button')].find((b) =>
        typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? ''),
      );
      if (!found) throw new Error(`no button ${String(name)}`);
      return found;
    },
    async click(element) {
      if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
      await act(() => element.click());
    },
    async type(element, value) {
      if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) throw new Error('no field');
      await act(() => {
        element.value = value;
        element.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    async key(element, key) {
      if (!element) throw new Error('no element');
      await act(() => {
        element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      });
    },
    async rerender(next) {
      await act(() => render(next, container));
    },
  };
}

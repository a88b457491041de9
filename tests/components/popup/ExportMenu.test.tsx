/** @vitest-environment happy-dom */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExportMenu } from '../../../components/popup/ExportMenu';
import type { ExportMenuProps } from '../../../components/popup/ExportMenu';

let container: HTMLElement;
let exported: string[];

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  exported = [];
});

afterEach(() => {
  render(null, container);
  container.remove();
});

function show(props: Partial<ExportMenuProps> = {}): void {
  act(() =>
    render(
      <ExportMenu
        formats={[
          { id: 'csv', label: 'CSV' },
          { id: 'json', label: 'JSON' },
        ]}
        defaultFormat="json"
        count={4}
        onExport={(format) => exported.push(format)}
        onCopy={() => undefined}
        {...props}
      />,
      container,
    ),
  );
}

const primary = () => container.querySelector<HTMLButtonElement>('.export-primary');
const toggle = () => container.querySelector<HTMLButtonElement>('.export-toggle');

describe('ExportMenu', () => {
  it('names the count and the default format on its primary button', () => {
    show();
    expect(primary()?.textContent).toBe('Export 4 as JSON');
    act(() => primary()?.click());
    expect(exported).toEqual(['json']);
  });

  it('falls back to the first format when the default one is not offered', () => {
    show({ defaultFormat: 'retired' });
    expect(primary()?.textContent).toBe('Export 4 as CSV');
  });

  it('disables export when nothing is shown', () => {
    show({ count: 0 });
    expect(primary()?.disabled).toBe(true);
    expect(toggle()?.disabled).toBe(true);
  });

  it('closes its menu on Escape and gives focus back to its toggle', () => {
    show();
    act(() => toggle()?.click());
    expect(toggle()?.getAttribute('aria-expanded')).toBe('true');
    const first = container.querySelector<HTMLButtonElement>('#export-formats button');
    act(() => {
      first?.focus();
      first?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(container.querySelector('#export-formats')).toBeNull();
    expect(document.activeElement).toBe(toggle());
  });
});

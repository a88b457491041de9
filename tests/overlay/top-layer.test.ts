/** @vitest-environment happy-dom */
// Showing the popover is checked in Chromium (tests/e2e/overlay.e2e.test.ts counts our hosts in the top
// layer); happy-dom has no popovers, which is the fallback path.
import { afterEach, describe, expect, it } from 'vitest';
import { appendToTopLayer } from '../../lib/overlay/top-layer';

afterEach(() => document.body.replaceChildren());

describe('appendToTopLayer', () => {
  it('appends the host as a manual popover, and as it is where the browser has no popovers', () => {
    const host = document.createElement('agendum-panel');
    expect('showPopover' in host).toBe(false);
    appendToTopLayer(document.body, host);
    expect(host.parentElement).toBe(document.body);
    expect(host.getAttribute('popover')).toBe('manual');
  });
});

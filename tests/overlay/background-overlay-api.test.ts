// The overlay's requests as they leave the page: a sync carries what the store keeps of the extraction (the
// page's facts and tasks), not its agenda and suggestions, which on a meeting page can outweigh the tasks.
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../../lib/cli/parse-document';
import { extractPage } from '../../lib/extract';
import { createOverlayApi } from '../../lib/overlay/background-overlay-api';

const SEED = 'tests/fixtures/pages/confluence-server/dmlt-2022-10-18.html';
const URL_HERE = 'https://confluence.lsstcorp.org/pages/viewpage.action?pageId=219613203';

describe('createOverlayApi().syncPage', () => {
  const sent: unknown[] = [];
  beforeEach(() => {
    fakeBrowser.reset();
    sent.length = 0;
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      sent.push(message);
      return Promise.resolve({ ok: true, value: { today: '2026-03-04', actions: [] } });
    });
  });

  it('sends the page’s facts and tasks, as extracted, and nothing else of the extraction', async () => {
    const extraction = extractPage(parseHtml(readFileSync(SEED, 'utf8')), { url: URL_HERE });
    expect(extraction.agenda.length).toBeGreaterThan(0);
    const reply = await createOverlayApi().syncPage(URL_HERE, extraction, URL_HERE);
    expect(reply.ok).toBe(true);
    expect(sent).toEqual([
      {
        name: 'syncPage',
        data: { url: URL_HERE, loadedUrl: URL_HERE, extraction: { page: extraction.page, tasks: extraction.tasks } },
      },
    ]);
  });
});

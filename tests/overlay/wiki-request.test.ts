// The content script's side of write-back: it makes only the wiki's task requests, only on its own page's
// origin, with the page's cookies; Firefox's page fetch (`content.fetch`) is used where there is one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageFetch, sendWikiRequest } from '../../lib/overlay/wiki-request';

const BASE = 'https://confluence.example.org/confluence';
const ORIGIN = 'https://confluence.example.org';

function recorder(status = 200, body = '{"ok":true}') {
  const calls: [string, RequestInit][] = [];
  const send = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push([String(input), init!]);
    return new Response(body, { status });
  }) as unknown as typeof fetch;
  return { calls, send };
}

describe('sendWikiRequest', () => {
  it('posts JSON with the page’s cookies and answers the status and parsed body', async () => {
    const { calls, send } = recorder();
    const url = `${BASE}/rest/inlinetasks/1/task/1001/1/`;
    await expect(
      sendWikiRequest({ method: 'POST', url, body: { status: 'CHECKED', trigger: 'VIEW_PAGE' } }, BASE, ORIGIN, send),
    ).resolves.toEqual({ status: 200, body: { ok: true } });
    expect(calls).toEqual([
      [
        url,
        {
          method: 'POST',
          credentials: 'include',
          headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
          body: '{"status":"CHECKED","trigger":"VIEW_PAGE"}',
        },
      ],
    ]);
  });

  it.each([
    ['another origin', `https://evil.example/confluence/rest/inlinetasks/1/task/1/1/`, BASE],
    ['a base on another origin than the page', `https://evil.example/wiki/api/v2/tasks/1`, 'https://evil.example/wiki'],
    ['an address outside the wiki’s task calls', `${BASE}/rest/api/user/memberof?username=admin`, BASE],
    ['an address outside the wiki’s base', `${ORIGIN}/other/rest/api/user/current`, BASE],
    ['a path that climbs out', `${BASE}/rest/api/content/1/../../../admin`, BASE],
  ])('sends nothing to %s', async (_, url, base) => {
    const { calls, send } = recorder();
    await expect(sendWikiRequest({ method: 'PUT', url, body: {} }, base, ORIGIN, send)).resolves.toMatchObject({
      status: 0,
    });
    expect(calls).toEqual([]);
  });

  it('answers status 0, never throws, when the request fails; keeps a text answer short', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    await expect(
      sendWikiRequest({ method: 'GET', url: `${BASE}/rest/api/user/current` }, BASE, ORIGIN, failing),
    ).resolves.toEqual({ status: 0 });
    const { send } = recorder(403, `XSRF check failed${' '.repeat(5000)}`);
    const answer = await sendWikiRequest({ method: 'GET', url: `${BASE}/rest/api/user/current` }, BASE, ORIGIN, send);
    expect(answer.status).toBe(403);
    expect(String(answer.body)).toMatch(/^XSRF check failed/);
    expect(String(answer.body).length).toBe(2000);
  });
});

describe('pageFetch', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('uses Firefox’s content.fetch (the page’s own, which sends its Origin) where there is one', async () => {
    const fetchAsPage = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('content', { fetch: fetchAsPage });
    await pageFetch()(`${BASE}/rest/api/user/current`, { method: 'GET' });
    expect(fetchAsPage).toHaveBeenCalledWith(`${BASE}/rest/api/user/current`, { method: 'GET' });
  });

  it('uses fetch elsewhere (Chrome makes a content script’s request as the page)', async () => {
    const plain = vi.fn(async () => new Response('{}'));
    vi.stubGlobal('fetch', plain);
    await pageFetch()(`${BASE}/rest/api/user/current`);
    expect(plain).toHaveBeenCalledTimes(1);
  });
});

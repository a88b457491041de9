import { describe, expect, it } from 'vitest';
import { coversUrl } from '../../lib/overlay/site-switch';

describe('coversUrl', () => {
  it.each<[string, unknown, string, boolean]>([
    ['a matching pattern', ['https://wiki.example.org/*'], 'https://wiki.example.org/pages/1', true],
    ['a pattern for another host', ['https://other.example.org/*'], 'https://wiki.example.org/pages/1', false],
    ['a loopback pattern on any port', ['http://127.0.0.1/*'], 'http://127.0.0.1:8123/a.html', true],
    ['an empty list', [], 'https://wiki.example.org/', false],
    ['a value that is not a list', 'https://wiki.example.org/*', 'https://wiki.example.org/', false],
    [
      'a broken pattern beside a good one',
      ['nonsense', 'https://wiki.example.org/*'],
      'https://wiki.example.org/',
      true,
    ],
  ])('answers %s', (_name, patterns, url, covered) => {
    expect(coversUrl(patterns, url)).toBe(covered);
  });
});

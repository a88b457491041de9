import { describe, expect, it } from 'vitest';
import { hostPatternFor, isHostPattern, urlMatchesPattern, wikiHostPatterns } from '../../lib/sites/host-patterns';

describe('hostPatternFor', () => {
  it.each<[string, string | null]>([
    ['https://confluence.example.org/display/X', 'https://confluence.example.org/*'],
    ['https://confluence.example.org/pages/viewpage.action?pageId=1#top', 'https://confluence.example.org/*'],
    ['  https://confluence.example.org  ', 'https://confluence.example.org/*'],
    ['confluence.example.org/display/X', 'https://confluence.example.org/*'],
    ['http://wiki.lan:8090/index.php/Minutes', 'http://wiki.lan/*'],
    ['wiki.lan:8090', 'https://wiki.lan/*'],
    ['http://127.0.0.1:5173/page.html', 'http://127.0.0.1/*'],
    ['https://*.example.org/*', 'https://*.example.org/*'],
    ['https://wiki.example.org/display/*', 'https://wiki.example.org/display/*'],
    ['https://wiki.*.org/*', null],
    ['<all_urls>', null],
    ['ftp://files.example.org/x', null],
    ['mailto:someone@example.org', null],
    ['file:///home/me/minutes.html', null],
    ['wiki example', null],
    ['', null],
  ])('%j → %j', (input, pattern) => {
    expect(hostPatternFor(input)).toBe(pattern);
  });

  it('only ever suggests patterns the build and the browser accept', () => {
    for (const input of ['https://confluence.example.org/display/X', 'wiki.lan:8090']) {
      const pattern = hostPatternFor(input);
      expect(pattern !== null && isHostPattern(pattern)).toBe(true);
      expect(() => wikiHostPatterns(pattern ?? '')).not.toThrow();
    }
  });
});

describe('urlMatchesPattern', () => {
  it.each<[string, string, boolean]>([
    ['http://127.0.0.1:41234/page.html', 'http://127.0.0.1/*', true],
    ['https://team.atlassian.net/wiki/spaces/DM', 'https://*.atlassian.net/wiki/*', true],
    ['https://atlassian.net/wiki/x', 'https://*.atlassian.net/wiki/*', true],
    ['https://team.atlassian.net/jira/x', 'https://*.atlassian.net/wiki/*', false],
    ['https://evilatlassian.net/wiki/x', 'https://*.atlassian.net/wiki/*', false],
    ['http://wiki.example.org/x', 'https://wiki.example.org/*', false],
    ['https://wiki.example.org/x', '*://wiki.example.org/*', true],
    ['https://wiki.example.org:8443/x', 'https://wiki.example.org:443/*', false],
    ['javascript:alert(1)//wiki.example.org/', '*://*/*', false],
    ['https://wiki.example.org/display/X?a=1', 'https://wiki.example.org/display/*', true],
  ])('%s is covered by %s: %s', (url, pattern, covered) => {
    expect(urlMatchesPattern(url, pattern)).toBe(covered);
  });
});

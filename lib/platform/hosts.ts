// Match patterns for the wiki hosts an organisation presets at build time (AGENDUM_HOSTS).
// Pure: used by wxt.config.ts in Node and by the options page.

/** Confluence Cloud works out of the box. */
export const DEFAULT_WIKI_PATTERNS = ['https://*.atlassian.net/wiki/*'];

const MATCH_PATTERN = /^(https?|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)(:\d+)?\/.*$/;

/** Whether `pattern` is a valid http(s) match pattern for a host (no `<all_urls>`). */
export function isHostPattern(pattern: string): boolean {
  return MATCH_PATTERN.test(pattern);
}

/**
 * Parses a comma-separated list of match patterns, adds the defaults and drops duplicates.
 * Throws on an invalid pattern so a bad build setting fails the build instead of shipping.
 */
export function wikiHostPatterns(list: string | undefined): string[] {
  const extra = (list ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const pattern of extra) {
    if (!isHostPattern(pattern)) throw new Error(`AGENDUM_HOSTS: "${pattern}" is not a match pattern like https://wiki.example.org/*`);
  }
  return [...new Set([...DEFAULT_WIKI_PATTERNS, ...extra])];
}

// Match patterns for the wiki hosts an organisation presets at build time (AGENDUM_HOSTS).
// Pure: used by wxt.config.ts in Node and by the options page.

/** Confluence Cloud works out of the box. */
export const DEFAULT_WIKI_PATTERNS = ['https://*.atlassian.net/wiki/*'];

const MATCH_PATTERN = /^(https?|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)(:\d+)?\/.*$/;

/** Whether `pattern` is a valid http(s) match pattern for a host (no `<all_urls>`). */
export function isHostPattern(pattern: string): boolean {
  return MATCH_PATTERN.test(pattern);
}

const PATTERN_PARTS = /^(https?|\*):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(?::(\d+))?(\/.*)$/;

/** Whether the http(s) address `url` is one the match pattern covers (no port in the pattern: every port). */
export function urlMatchesPattern(url: string, pattern: string): boolean {
  const parts = PATTERN_PARTS.exec(pattern);
  if (!parts || !URL.canParse(url)) return false;
  const [, scheme, host = '', port, path = '/*'] = parts;
  const address = new URL(url);
  const protocol = address.protocol.slice(0, -1);
  if (protocol !== 'http' && protocol !== 'https') return false;
  if (scheme !== '*' && scheme !== protocol) return false;
  if (port !== undefined && (address.port || (protocol === 'https' ? '443' : '80')) !== port) return false;
  const hostname = address.hostname.toLowerCase();
  const wanted = host.toLowerCase();
  const hostMatches =
    wanted === '*' ||
    (wanted.startsWith('*.')
      ? hostname === wanted.slice(2) || hostname.endsWith(wanted.slice(1))
      : hostname === wanted);
  const escaped = path.split('*').map((part) => part.replace(/[.+?^$|()[\]{}\\]/g, '\\$&'));
  return hostMatches && new RegExp(`^${escaped.join('.*')}$`).test(address.pathname + address.search);
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
    if (!isHostPattern(pattern))
      throw new Error(`AGENDUM_HOSTS: "${pattern}" is not a match pattern like https://wiki.example.org/*`);
  }
  return [...new Set([...DEFAULT_WIKI_PATTERNS, ...extra])];
}

/**
 * The match pattern the options page offers for what the user typed: a pattern stays as written; a page
 * address ("https://confluence.example.org/display/X", or without the scheme) becomes its whole host,
 * `https://confluence.example.org/*`. The port is dropped: Chrome's patterns then match every port, and
 * Firefox's accept none. Null when the input names no http(s) host.
 */
export function hostPatternFor(input: string): string | null {
  const text = input.trim();
  if (text.includes('*')) return isHostPattern(text) ? text : null;
  // "host:8080/x" has no scheme, "mailto:x" has one that is not the web's.
  if (!text.includes('://') && /^[a-z][a-z\d+.-]*:(?!\d)/i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text.includes('://') ? text : `https://${text}`);
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') return null;
  const pattern = `${url.protocol}//${url.hostname}/*`;
  return isHostPattern(pattern) ? pattern : null;
}

// Finding a quoted passage in a page's text again after the page was edited: exact occurrences first, and only
// when there is none, approximate ones (Myers' bit-parallel search, from approx-string-match, the library
// Hypothesis anchors with); each candidate is scored on the quote, its prefix and suffix, and its position, as
// Hypothesis's match-quote.ts does. Pure: strings in, offsets out. The approximate search reads the text a
// chunk at a time and yields between chunks: on a page of 4 MB of text it takes 150–350 ms in all.
import approxSearch from 'approx-string-match';
import { runToEnd } from './main-thread';

export interface QuoteContext {
  /** The text just before the quote when it was made. */
  prefix: string;
  /** The text just after it. */
  suffix: string;
  /** Where in the text the quote started when it was made. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** How well the candidate agrees with the quote and its context, from 0 to 1. */
  score: number;
}

/** Edits tolerated, as a share of the quote's length: a fixed typo or a changed date, not a rewritten sentence. */
const ERROR_RATE = 1 / 4;
/** Shorter quotes match exactly only: one letter changed in a word or two makes another word. */
const MIN_EDITABLE_LENGTH = 10;
/** The search's cost grows with the errors allowed (32 per block): a long quote is bounded as Hypothesis bounds it. */
const MAX_ERRORS = 256;
/** Enough to pick the best of many repeats without scoring a huge page's every hit. */
const MAX_CANDIDATES = 1000;
/** Characters searched approximately between two chances to yield (a few milliseconds' work). */
const CHUNK = 8192;
// How much each agreement counts: the quote most, its context next, the position only to break near-ties.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function exactCandidates(text: string, quote: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(quote); at >= 0 && found.length < MAX_CANDIDATES; at = text.indexOf(quote, at + 1)) {
    found.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return found;
}

/** How closely `actual` (the text beside a candidate) matches `expected` (the context kept with the quote), 0 to 1. */
function similarity(actual: string, expected: string): number {
  if (!expected) return 1;
  if (!actual) return 0;
  if (actual === expected) return 1;
  const [best] = approxSearch(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}

/**
 * Approximate occurrences with the fewest errors, as approx-string-match reports them for a whole text, found
 * chunk by chunk with a yield after each. The chunks overlap by the longest match, and a chunk keeps only the
 * matches that start in its own part, so each is found once.
 */
function* approximateCandidates(text: string, quote: string, maxErrors: number): Generator<void, Candidate[]> {
  let found: Candidate[] = [];
  let fewest = maxErrors;
  for (let from = 0; from < text.length; from += CHUNK) {
    const last = from + CHUNK >= text.length;
    for (const match of approxSearch(text.slice(from, from + CHUNK + quote.length + maxErrors), quote, fewest)) {
      if (!last && match.start >= CHUNK) continue;
      if (match.errors < fewest) found = [];
      fewest = match.errors;
      if (found.length < MAX_CANDIDATES)
        found.push({ start: from + match.start, end: from + match.end, errors: match.errors });
    }
    yield;
  }
  return found;
}

/**
 * The best place for `quote` in `text`, or null when nothing is close enough; a generator that yields wherever
 * the work may pause (run it with `runToEnd`, or in slices). `tolerance` is the share of the quote's length that
 * may differ (0: exact occurrences only).
 */
export function* searchQuote(
  text: string,
  quote: string,
  context: QuoteContext,
  tolerance = ERROR_RATE,
): Generator<void, QuoteMatch | null> {
  if (!quote) return null;
  let candidates = exactCandidates(text, quote);
  const maxErrors = quote.length < MIN_EDITABLE_LENGTH ? 0 : Math.min(MAX_ERRORS, Math.floor(quote.length * tolerance));
  if (candidates.length === 0 && maxErrors > 0) candidates = yield* approximateCandidates(text, quote, maxErrors);
  let best: QuoteMatch | null = null;
  for (const { start, end, errors } of candidates) {
    const prefix = similarity(text.slice(Math.max(0, start - context.prefix.length), start), context.prefix);
    const suffix = similarity(text.slice(end, end + context.suffix.length), context.suffix);
    const position = context.hint === undefined ? 1 : 1 - Math.abs(start - context.hint) / Math.max(1, text.length);
    const raw =
      QUOTE_WEIGHT * (1 - errors / quote.length) +
      PREFIX_WEIGHT * prefix +
      SUFFIX_WEIGHT * suffix +
      POSITION_WEIGHT * position;
    const score = raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
    if (!best || score > best.score) best = { start, end, score };
  }
  return best;
}

/** `searchQuote`, at once. */
export function matchQuote(
  text: string,
  quote: string,
  context: QuoteContext,
  tolerance = ERROR_RATE,
): QuoteMatch | null {
  return runToEnd(searchQuote(text, quote, context, tolerance));
}

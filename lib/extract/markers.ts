// Words and glyphs people type into minutes to say "this is done", "this is a checkbox" and "Bob owns it".
// Pure string helpers shared by the checklist, text-marker, section-list and action-table sources.
import type { Person } from '../model/page';
import { squash } from './text';

const DONE_MARKERS = [
  /\(\s*(?:done|completed?|closed)\s*\)/i,
  /\[\s*(?:done|completed?|closed)\s*\]/i,
  /\bupdate\s*:\s*done\b\.?/i,
  /^\s*(?:done|completed?)\s*[:\-–—]\s*/i,
  /\s*[-–—:]\s*(?:done|completed?)\s*\.?\s*$/i,
  /\s+done\s*\.?\s*$/i,
];

/** Removes a "(DONE)", "[DONE]", "- done" or trailing "done" marker, saying whether there was one. */
export function stripDoneMarker(text: string): { text: string; done: boolean } {
  for (const marker of DONE_MARKERS) {
    if (marker.test(text)) return { text: squash(text.replace(marker, ' ')), done: true };
  }
  return { text, done: false };
}

// ☐ open; ☑ ☒ ✓ ✔ ✅ done; ✗ ✘ ❌ closed without doing, which for tracking means "no longer open".
const GLYPHS: Record<string, boolean> = { '☐': false, '☑': true, '☒': true, '✓': true, '✔': true, '✅': true, '✗': true, '✘': true, '❌': true };
const LEADING_CHECK = /^\s*(?:[-*•]\s*)?(?:\[( |x|X)\]|([☐☑☒✓✔✅✗✘❌])\uFE0F?)\s*/u;

/** A leading checkbox glyph or GitHub-style `[ ]`/`[x]`: whether it is checked, and the rest of the line. */
export function leadingCheck(text: string): { checked: boolean; rest: string } | null {
  const match = LEADING_CHECK.exec(text);
  if (!match) return null;
  const checked = match[1] !== undefined ? match[1] !== ' ' : (GLYPHS[match[2] ?? ''] ?? false);
  return { checked, rest: text.slice(match[0].length) };
}

const NOT_NAMES = new Set(['we', 'i', 'all', 'everyone', 'team', 'someone', 'they', 'he', 'she', 'you', 'it', 'this', 'that', 'the', 'need', 'please', 'follow', 'check', 'send', 'ask']);
// "Bob to…", "Bob Smith will…", "KT: …", "Kian-Tat Lim - …": one to three capitalised words or initials.
const OWNER = /^((?:[A-Z][\p{L}'’.-]*|[A-Z]{2,4})(?:\s+(?:[A-Z][\p{L}'’.-]*|[A-Z]{2,4})){0,2})\s*(?=(:|\s-\s|\s+(?:to|will|should|must|needs?\s+to|shall)\b))/u;

/**
 * The owner a marker line names in plain text, and the text without it when it stood as a label
 * ("Bob: send slides" → "send slides"); "Bob to send slides" keeps its words.
 */
export function plainOwner(text: string): { owner: Person; text: string } | null {
  const match = OWNER.exec(text);
  if (!match?.[1] || NOT_NAMES.has(match[1].toLowerCase())) return null;
  const owner: Person = { name: match[1] };
  const labelled = match[2] === ':' || match[2] === ' - ';
  return { owner, text: labelled ? squash(text.slice(match[0].length).replace(/^\s*(?::|-)\s*/, '')) : text };
}

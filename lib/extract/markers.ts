// What says "this is done", "this is a checkbox" and "this is only a placeholder" in minutes: words, glyphs,
// boxes and struck-through text. Shared by every source; the words themselves are in words.ts.
import { anyOf, flagsFor } from './words';
import { hasVisibleText, squash, tagOf } from './text';

// Each language's done words ending at its word edge ("erledigt", "terminé", "完了").
const DONE = anyOf((w) => w.doneWords, 'end');
const DONE_ANYWHERE = anyOf((w) => w.doneWords);
// "(DONE)", "(done https://…)", "[DONE 2024-03-01]", "UPDATE: DONE", "DONE: …", "… - done", "… ✅", "（完了）". The
// word inside a sentence ("…once the build is done.") is not a marker.
const caseless = (source: string): RegExp => new RegExp(source, flagsFor(source, 'i'));
const DONE_MARKERS = [
  caseless(`[(（]\\s*${DONE}[^)）]*[)）]`),
  caseless(`\\[\\s*${DONE}[^\\]]*\\]`),
  caseless(`\\bupdate\\s*:\\s*${DONE}\\.?`),
  caseless(`^\\s*${DONE_ANYWHERE}\\s*[:：\\-–—]\\s*`),
  caseless(`\\s*[-–—:：]\\s*${DONE_ANYWHERE}\\s*[.!。]?\\s*$`),
  /\s*✅\uFE0F?\s*$/u,
];

/** Removes a done marker ("(DONE)", "[DONE …]", "DONE:", "- done", a trailing ✅), saying whether there was one. */
export function stripDoneMarker(text: string): { text: string; done: boolean } {
  for (const marker of DONE_MARKERS) {
    if (marker.test(text)) return { text: squash(text.replace(marker, ' ')), done: true };
  }
  return { text, done: false };
}

const DONE_STATUS = caseless(`${anyOf((w) => w.doneStatuses ?? w.doneWords, 'both')}|[✓✔☑✅]`);

/** A status cell or column that says done ("Closed", "Complete", "Yes", ✓). */
export function isDoneStatus(text: string): boolean {
  return DONE_STATUS.test(text);
}

// ☐ open; ☑ ☒ ✓ ✔ ✅ done; ✗ ✘ ❌ closed without doing, which for tracking means "no longer open".
const GLYPHS: Record<string, boolean> = {
  '☐': false,
  '☑': true,
  '☒': true,
  '✓': true,
  '✔': true,
  '✅': true,
  '✗': true,
  '✘': true,
  '❌': true,
};
const LEADING_CHECK = /^\s*(?:[-*•]\s*)?(?:\[( |x|X)\]|([☐☑☒✓✔✅✗✘❌])\uFE0F?)\s*/u;

/** A leading checkbox glyph or GitHub-style `[ ]`/`[x]`: whether it is checked, and the rest of the line. */
export function leadingCheck(text: string): { checked: boolean; rest: string } | null {
  const match = LEADING_CHECK.exec(text);
  if (!match) return null;
  const checked = match[1] !== undefined ? match[1] !== ' ' : (GLYPHS[match[2] ?? ''] ?? false);
  return { checked, rest: text.slice(match[0].length) };
}

/**
 * Whether a checkbox is ticked: on a live page its `checked` property (a click changes only that), in a saved
 * page or a DOM without properties its `checked` attribute (the state when the page was rendered).
 */
export function isChecked(input: Element): boolean {
  const checked = (input as HTMLInputElement).checked;
  return typeof checked === 'boolean' ? checked : input.hasAttribute('checked');
}

const PLACEHOLDER = caseless(`^\\s*(?:${anyOf((w) => w.placeholders)})\\s*[.:]?\\s*$`);

/** A template's placeholder left in place of a task ("Type your task here", "Your name here"). */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text);
}

const STRUCK_TAGS = new Set(['S', 'DEL', 'STRIKE']);

function isStruck(el: Element): boolean {
  return STRUCK_TAGS.has(tagOf(el)) || /line-through/i.test(el.getAttribute('style') ?? '');
}

/**
 * Whether every visible letter of the element (subtrees `skip` names left out) is struck through: <s>, <del>,
 * <strike> or a line-through style (Confluence's storage format). Pages rarely strike anything: most elements
 * hold no struck element at all and are answered by one query.
 */
export function isStruckThrough(el: Element, skip?: (child: Element) => boolean): boolean {
  if (!el.querySelector('s, del, strike, [style*="line-through"]')) return false;
  let struckText = false;
  const walk = (node: Element, struck: boolean): boolean => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!hasVisibleText(child.nodeValue ?? '')) continue;
        if (!struck) return false;
        struckText = true;
      } else if (child.nodeType === 1 && !skip?.(child as Element)) {
        if (!walk(child as Element, struck || isStruck(child as Element))) return false;
      }
    }
    return true;
  };
  return walk(el, isStruck(el)) && struckText;
}

// The order of texts the popup lists tasks due the same day in, as a plain string key: the store indexes
// open tasks by it, so a range read from an index is in the order the popup sorts actions. Pure.

// Plain ASCII (most tasks) has no accents to strip.
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, is meant
const ASCII = /^[\x00-\x7f]*$/;

/** How much of a task's text its sort key keeps: enough to order any two real tasks, short enough for an index key. */
const SORT_TEXT_LENGTH = 80;

/**
 * The text as the popup orders tasks due the same day: case and accents ignored, numbers by value ("item 2"
 * before "item 10"). A plain string, so an index orders records exactly as the popup sorts actions.
 */
export function textSortKey(text: string): string {
  const folded = ASCII.test(text) ? text.toLowerCase() : text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  // A number's length first, then its digits: shorter numbers sort first, equal lengths by digit.
  return folded
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\d+/g, (digits) => {
      const value = digits.replace(/^0+(?=\d)/, '');
      return `${String.fromCharCode(0x30 + Math.min(value.length, 9))}${value}`;
    })
    .slice(0, SORT_TEXT_LENGTH);
}

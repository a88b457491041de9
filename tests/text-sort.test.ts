import { describe, expect, it } from 'vitest';
import { textSortKey } from '../lib/text-sort';

describe('textSortKey', () => {
  it('orders texts as a reader would: case and accents ignored, numbers by value', () => {
    const texts = ['item 10', 'Item 2', 'ítem 3', 'item 02b', 'Book the room', 'book the Room 1', 'Zoë', 'zoe 1'];
    expect([...texts].sort((a, b) => (textSortKey(a) < textSortKey(b) ? -1 : 1))).toEqual([
      'Book the room',
      'book the Room 1',
      'Item 2',
      'item 02b',
      'ítem 3',
      'item 10',
      'Zoë',
      'zoe 1',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract';
import { page } from '../../helpers/load-fixture';

describe('section lists', () => {
  it('takes the items of a list under "Action items" as tasks', () => {
    const doc = page('<main><h2>Action items</h2><ul><li>Ana to book the room</li><li>Order pizza</li></ul></main>');
    expect(extractPage(doc).tasks.map((t) => [t.text, t.origin])).toEqual([
      ['Ana to book the room', 'section-list'],
      ['Order pizza', 'section-list'],
    ]);
  });

  it('ignores a table of contents that follows an "Action items" heading', () => {
    const doc = page('<main><h2>Action items</h2><div class="toc-macro"><ul><li><a href="#x">Next meeting</a></li></ul></div><h2>Notes</h2></main>');
    expect(extractPage(doc).tasks).toEqual([]);
  });

  it('leaves lists under other headings alone', () => {
    const doc = page('<main><h2>Notes</h2><ul><li>We talked about the budget</li></ul></main>');
    expect(extractPage(doc).tasks).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildTableGrid } from '../../lib/extract/table-grid';
import { page } from '../helpers/load-fixture';

function texts(html: string): string[][] {
  const table = page(html).querySelector('table')!;
  return buildTableGrid(table).cells.map((row) =>
    row.map((cell) => (cell?.origin ? '' : '^') + (cell?.el.textContent ?? '')),
  );
}

describe('buildTableGrid', () => {
  it('expands colspan and rowspan so a column means the same in every row', () => {
    expect(
      texts(
        '<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td rowspan="2">a</td><td colspan="2">bc</td></tr><tr><td>b</td><td>c</td></tr></table>',
      ),
    ).toEqual([
      ['A', 'B', 'C'],
      ['a', 'bc', '^bc'],
      ['^a', 'b', 'c'],
    ]);
  });

  it('keeps a table nested in a cell inside that cell', () => {
    const grid = texts(
      '<table><tbody><tr><td>x</td><td><table><tr><td>in</td><td>ner</td></tr></table></td></tr></tbody></table>',
    );
    expect(grid).toEqual([['x', 'inner']]);
  });

  it('reads rows in thead, tbody and tfoot in order', () => {
    expect(
      texts(
        '<table><thead><tr><th>H</th></tr></thead><tbody><tr><td>1</td></tr></tbody><tfoot><tr><td>F</td></tr></tfoot></table>',
      ),
    ).toEqual([['H'], ['1'], ['F']]);
  });

  it('clamps absurd spans so a hostile page cannot make a huge grid', () => {
    const table = page('<table><tr><td colspan="100000">x</td></tr></table>').querySelector('table')!;
    expect(buildTableGrid(table).width).toBe(100);
  });
});

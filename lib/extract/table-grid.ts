// A table as a grid of cells with colspan/rowspan expanded, so column N means the same in every row.
// Only the table's own rows: a table nested in a cell stays inside that cell.
import { tagOf } from './text';

export interface GridCell {
  el: Element;
  /** True for the first grid position of a spanned cell; copies made by spans are false. */
  origin: boolean;
  isHeader: boolean;
}

export interface TableGrid {
  rows: Element[];
  cells: GridCell[][];
  width: number;
}

function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const tag = tagOf(child);
    if (tag === 'TR') rows.push(child);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      for (let row = child.firstElementChild; row; row = row.nextElementSibling)
        if (tagOf(row) === 'TR') rows.push(row);
    }
  }
  return rows;
}

function span(el: Element, name: string): number {
  const attribute = el.getAttribute(name);
  if (attribute === null) return 1;
  const value = Number.parseInt(attribute, 10);
  // Browsers clamp absurd spans; so do we, so a hostile page cannot make a huge grid.
  return Number.isFinite(value) && value > 0 ? Math.min(value, 100) : 1;
}

export function buildTableGrid(table: Element): TableGrid {
  const rows = ownRows(table);
  const cells: GridCell[][] = rows.map(() => []);
  let width = 0;
  rows.forEach((row, r) => {
    let c = 0;
    for (let cell = row.firstElementChild; cell; cell = cell.nextElementSibling) {
      const tag = tagOf(cell);
      if (tag !== 'TD' && tag !== 'TH') continue;
      const line = cells[r]!;
      while (line[c]) c++;
      const colspan = span(cell, 'colspan');
      const rowspan = Math.min(span(cell, 'rowspan'), rows.length - r);
      for (let dr = 0; dr < rowspan; dr++) {
        for (let dc = 0; dc < colspan; dc++) {
          cells[r + dr]![c + dc] = { el: cell, origin: dr === 0 && dc === 0, isHeader: tag === 'TH' };
        }
      }
      c += colspan;
      width = Math.max(width, c);
    }
  });
  return { rows, cells, width };
}

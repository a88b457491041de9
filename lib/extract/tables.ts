// What a table is about: its grid, which row (or column) holds the headers, and each column's role.
// Read once per table per walk and shared by the task-report, action-table and agenda readers.
import { dateFromDatetimeAttribute, findDate } from '../dates/parse-date';
import type { IsoDate } from '../model/page';
import { noteLanguage, type ExtractContext } from './context';
import { columnRoles, type ColumnRole } from './headers';
import { buildTableGrid, type GridCell } from './table-grid';
import { squash, tagOf, textOf } from './text';
import { dateLanguages, type Words } from './words';

export interface TableInfo {
  headers: string[];
  roles: Map<ColumnRole, number>;
  /** Data records in order; each holds one cell per header (rows, or columns of a transposed table). */
  records: Array<{ row: Element; cells: Array<GridCell | undefined> }>;
  /** The language of the header words (the first besides English's, if any). */
  language: Words | undefined;
}

function cellText(cell: GridCell | undefined): string {
  return cell ? textOf(cell.el) : '';
}

/** A row reads as headers when all its cells are <th>, or every non-empty cell is bold text. */
function isHeaderLine(cells: Array<GridCell | undefined>): boolean {
  const present = cells.filter((c): c is GridCell => !!c);
  if (present.length === 0) return false;
  if (present.every((c) => c.isHeader)) return true;
  const filled = present.filter((c) => squash(c.el.textContent ?? ''));
  return (
    filled.length > 1 &&
    filled.every((c) => {
      const bold = Array.from(c.el.querySelectorAll('strong, b'))
        .map((b) => b.textContent ?? '')
        .join('');
      return squash(bold) === squash(c.el.textContent ?? '');
    })
  );
}

/** The table readers' `tags`. */
export const TABLE_TAGS: ReadonlySet<string> = new Set(['TABLE']);

export function tableInfo(table: Element, ctx: ExtractContext): TableInfo | null {
  if (ctx.tables.has(table)) return ctx.tables.get(table) ?? null;
  const info = readTable(table);
  ctx.tables.set(table, info);
  noteLanguage(ctx, info?.language);
  return info;
}

/** The headers' language: another than English when they have one ("Aufgabe | Verantwortlich" under English "Status"). */
function languageOf(languages: Set<Words>): Words | undefined {
  const all = [...languages];
  return all.find((words) => words.code !== 'en') ?? all[0];
}

function readTable(table: Element): TableInfo | null {
  // Other macros' tables (Jira issues) are never walked: each family's `skip` leaves them out.
  if (tagOf(table) !== 'TABLE') return null;
  const grid = buildTableGrid(table);
  if (grid.rows.length < 2 || grid.width === 0) return null;
  const firstRow = grid.cells[0]!;
  const firstColumn = grid.cells.map((line) => line[0]);
  let headerRow = isHeaderLine(firstRow);
  let transposed = !headerRow && grid.width > 1 && isHeaderLine(firstColumn) && firstColumn.every((c) => c?.isHeader);
  if (!headerRow && !transposed) {
    // A plain first row still heads the table when its words name at least two roles.
    headerRow = columnRoles(firstRow.map(cellText)).size >= 2;
    transposed = !headerRow && columnRoles(firstColumn.map(cellText)).size >= 2;
  }
  if (!headerRow && !transposed) return null;
  const languages = new Set<Words>();
  if (transposed) {
    const headers = firstColumn.map(cellText);
    const records: TableInfo['records'] = [];
    for (let c = 1; c < grid.width; c++) {
      const cells = grid.cells.map((line) => line[c]);
      const first = cells.find((cell) => cell)?.el;
      if (first) records.push({ row: first, cells });
    }
    return { headers, roles: columnRoles(headers, languages), records, language: languageOf(languages) };
  }
  const headers = Array.from({ length: grid.width }, (_, c) => cellText(firstRow[c]));
  const records = grid.rows.slice(1).map((row, i) => ({ row, cells: grid.cells[i + 1]! }));
  return { headers, roles: columnRoles(headers, languages), records, language: languageOf(languages) };
}

/** The cell of a record in the column of a role. */
export function cellFor(record: TableInfo['records'][number], info: TableInfo, role: ColumnRole): GridCell | undefined {
  const index = info.roles.get(role);
  return index === undefined ? undefined : record.cells[index];
}

export { cellText };

/** The date a cell holds: a <time datetime> element's, else the first date written in its text. */
export function dateInCell(
  cell: Element,
  reference: IsoDate | undefined,
  languages: readonly Words[] = [],
): IsoDate | undefined {
  const time = cell.querySelector('time[datetime]');
  const fromTime = time ? dateFromDatetimeAttribute(time.getAttribute('datetime') ?? '') : null;
  return fromTime ?? findDate(textOf(cell), reference, dateLanguages(languages))?.date ?? undefined;
}

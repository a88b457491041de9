// Header words → column roles, whatever the wording, case or order ("Time (Project)", "Who", "Due date"…).
// Pure: strings in, roles out. The first matching rule wins, so specific phrases come before general words
// (the words themselves are in words.ts).
import { LANGUAGES, type ColumnRole } from './words';

export type { ColumnRole };

const RULES: Array<[ColumnRole, RegExp]> = LANGUAGES.flatMap((words) =>
  words.columns.map(([role, phrases]): [ColumnRole, RegExp] => [role, new RegExp(`\\b(?:${phrases})\\b`)]),
);

/** The role a header text names, or null. */
export function columnRole(header: string): ColumnRole | null {
  const words = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 -]+/g, ' ');
  for (const [role, pattern] of RULES) if (pattern.test(words)) return role;
  return null;
}

/** Roles of a header row; the first column that takes a role keeps it. */
export function columnRoles(headers: string[]): Map<ColumnRole, number> {
  const roles = new Map<ColumnRole, number>();
  headers.forEach((header, index) => {
    const role = columnRole(header);
    if (role && !roles.has(role)) roles.set(role, index);
  });
  return roles;
}

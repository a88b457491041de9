// Header words → column roles, whatever the wording, case or order ("Time (Project)", "Who", "Due date"…).
// Pure: strings in, roles out. The first matching rule wins, so specific phrases come before general words
// (the words themselves are in words.ts).
import { edged, LANGUAGES, type ColumnRole, type Words } from './words';

export type { ColumnRole };

const RULES: Array<[ColumnRole, RegExp, Words]> = LANGUAGES.flatMap((words) =>
  words.columns.map(([role, phrases]): [ColumnRole, RegExp, Words] => [role, new RegExp(edged(words, phrases, true, true), 'u'), words]),
);

/** The role a header text names, or null; `languages` collects the language of the words that named it. */
export function columnRole(header: string, languages?: Set<Words>): ColumnRole | null {
  // Accents stripped ("Fällig am" → "fallig am"): other languages' phrases match without them too.
  const words = header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]+/gu, ' ');
  for (const [role, pattern, language] of RULES) {
    if (!pattern.test(words)) continue;
    languages?.add(language);
    return role;
  }
  return null;
}

/** Roles of a header row; the first column that takes a role keeps it. */
export function columnRoles(headers: string[], languages?: Set<Words>): Map<ColumnRole, number> {
  const roles = new Map<ColumnRole, number>();
  headers.forEach((header, index) => {
    const role = columnRole(header, languages);
    if (role && !roles.has(role)) roles.set(role, index);
  });
  return roles;
}

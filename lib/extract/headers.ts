// Header words → column roles, whatever the wording, case or order ("Time (Project)", "Who", "Due date"…).
// Pure: strings in, roles out. The first matching rule wins, so specific phrases come before general words
// (the words themselves are in words.ts).
import { edged, ENGLISH, flagsFor, LANGUAGES, type ColumnRole, type Words } from './words';

export type { ColumnRole };

const rulesOf = (languages: readonly Words[]): Array<[ColumnRole, RegExp, Words]> =>
  languages.flatMap((words) =>
    words.columns.map(([role, phrases]): [ColumnRole, RegExp, Words] => {
      const source = edged(words, phrases, true, true);
      return [role, new RegExp(source, flagsFor(source, '')), words];
    }),
  );
const OTHERS = LANGUAGES.filter((words) => words !== ENGLISH);
const ENGLISH_RULES = rulesOf([ENGLISH]);
const OTHER_RULES = rulesOf(OTHERS);
// Most headers are English or no column's at all: one test says whether another language's rules may apply.
const OTHER_WORDS = new RegExp(
  OTHERS.map((words) => edged(words, words.columns.map(([, phrases]) => phrases).join('|'), true, true)).join('|'),
);

/** The role a header text names, or null; `languages` collects the language of the words that named it. */
export function columnRole(header: string, languages?: Set<Words>): ColumnRole | null {
  // Accents stripped ("Fällig am" → "fallig am"): other languages' phrases match without them too. Latin, kana and
  // kanji letters stay.
  const words = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 \-\u00df-\u024f\u3040-\u30ff\u3400-\u9fff]+/g, ' ');
  const ruled = (rules: typeof ENGLISH_RULES): ColumnRole | null => {
    for (const [role, pattern, language] of rules) {
      if (!pattern.test(words)) continue;
      languages?.add(language);
      return role;
    }
    return null;
  };
  return ruled(ENGLISH_RULES) ?? (OTHER_WORDS.test(words) ? ruled(OTHER_RULES) : null);
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

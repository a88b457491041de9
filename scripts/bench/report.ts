// The benchmark's arithmetic and printing: medians, number formats, plain-text tables and target checks.
// Pure: numbers in, strings out; the caller prints them.

/** One target from the issues, checked against a measured figure; `met: null` when it could not be measured. */
export interface TargetCheck {
  name: string;
  target: string;
  figure: string;
  met: boolean | null;
}

/** The middle value (the mean of the two middle ones for an even count); NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Milliseconds with one decimal below 100 ms (timer resolution in the page is 0.1 ms), whole above. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  return `${ms < 100 ? ms.toFixed(1) : Math.round(ms).toLocaleString('en')} ms`;
}

/** Bytes as KB (1,024 bytes, as the 40 KB targets mean), one decimal. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A plain-text table: a header row, a rule, and the rows; a column of figures only (with units) is right-aligned. */
export function formatTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (row: readonly string[], col: number) => row[col] ?? '';
  const widths = headers.map((header, col) => Math.max(header.length, ...rows.map((row) => cell(row, col).length)));
  const figures = headers.map((_, col) => rows.every((row) => /^(?:< ?)?[\d.,]+ ?(?:ms|KB|x)?$/.test(cell(row, col))));
  const line = (cells: readonly string[]) =>
    cells
      .map((text, col) => (figures[col] ? text.padStart(widths[col]!) : text.padEnd(widths[col]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The final summary: one line per target, unmeasured ones said as such. */
export function formatTargets(checks: readonly TargetCheck[]): string {
  const verdict = (met: boolean | null) => (met === null ? 'not measured' : met ? 'met' : 'NOT MET');
  return formatTable(
    ['target', 'wanted', 'measured', 'verdict'],
    checks.map((check) => [check.name, check.target, check.figure, verdict(check.met)]),
  );
}

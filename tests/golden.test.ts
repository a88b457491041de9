// Every fixture page with an expected extraction beside it extracts to exactly what is expected:
// each expected field, every task and agenda row, nothing more.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../lib/extract';
import { PageExtraction } from '../lib/model/extraction';
import { documentsFromText } from '../lib/cli/inputs';
import { FIXTURES } from './helpers/load-fixture';

function expectedFiles(dir = FIXTURES, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(`${dir}${name}`).isDirectory()
      ? expectedFiles(`${dir}${name}/`, `${prefix}${name}/`)
      : name.endsWith('.expected.json')
        ? [`${prefix}${name}`]
        : [],
  );
}

/** The actual value cut down to the keys the expected value names, at every depth. */
function project(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return actual.map((item, i) => project(item, expected[i] ?? expected[expected.length - 1]));
  }
  if (expected && typeof expected === 'object' && actual && typeof actual === 'object' && !Array.isArray(actual)) {
    return Object.fromEntries(
      Object.keys(expected).filter((k) => k in actual).map((k) => [k, project((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k])]),
    );
  }
  return actual;
}

describe.each(expectedFiles())('%s', (expectedName) => {
  const expected = JSON.parse(readFileSync(`${FIXTURES}${expectedName}`, 'utf8')) as Record<string, unknown>;
  const base = expectedName.replace(/\.expected\.json$/, '');
  const input = ['.html', '.xml'].map((ext) => `${base}${ext}`).find((name) => existsSync(`${FIXTURES}${name}`))!;
  // Read as the CLI reads it, so storage-format fixtures take the same path as saved pages.
  const read = documentsFromText(readFileSync(`${FIXTURES}${input}`, 'utf8'), input, expected.url as string | undefined);
  if (!read.ok || read.documents.length !== 1) throw new Error(`${input}: expected one page`);
  const { doc, url } = read.documents[0]!;
  const extraction = extractPage(doc, { url, today: expected.today as string | undefined });

  it('is valid against the data model', () => {
    expect(PageExtraction.safeParse(extraction).success).toBe(true);
  });

  it('has the expected page facts', () => {
    expect(project(extraction.page, expected.page)).toEqual(expected.page);
  });

  it('has exactly the expected agenda rows', () => {
    expect(project(extraction.agenda, expected.agenda)).toEqual(expected.agenda);
  });

  it('has exactly the expected tasks, in page order', () => {
    expect(project(extraction.tasks, expected.tasks)).toEqual(expected.tasks);
  });

  it.runIf(expected.suggestions)('has exactly the expected suggestions', () => {
    expect(project(extraction.suggestions, expected.suggestions)).toEqual(expected.suggestions);
  });

  it('gives every task a distinct id', () => {
    expect(new Set(extraction.tasks.map((t) => t.id)).size).toBe(extraction.tasks.length);
  });
});

// Every fixture page with an expected extraction beside it extracts to exactly what is expected:
// each expected field, every task, agenda row and suggestion, nothing more. After the run it prints, for
// information, precision, recall and owner/date/status accuracy over all fixtures (the checks above are exact).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPage } from '../lib/extract';
import { textKey } from '../lib/extract/text';
import type { Task } from '../lib/model/task';
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
      Object.keys(expected)
        .filter((k) => k in actual)
        .map((k) => [k, project((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k])]),
    );
  }
  return actual;
}

interface Score {
  extracted: number;
  expected: number;
  matched: number;
  owner: number;
  due: number;
  status: number;
}
const scores = new Map<string, Score>();

type ExpectedTask = Partial<Pick<Task, 'text' | 'due' | 'status' | 'assignees'>>;
const owners = (people: Array<{ name: string }> | undefined): string =>
  (people ?? [])
    .map((p) => p.name)
    .sort()
    .join('|');

/** Tasks paired by their words; a pair counts towards each field the expected task states. */
function score(actual: Task[], expected: ExpectedTask[]): Score {
  const left = [...actual];
  const result: Score = {
    extracted: actual.length,
    expected: expected.length,
    matched: 0,
    owner: 0,
    due: 0,
    status: 0,
  };
  for (const want of expected) {
    const index = left.findIndex((task) => textKey(task.text) === textKey(want.text ?? ''));
    if (index < 0) continue;
    const [task] = left.splice(index, 1);
    result.matched++;
    if (want.assignees === undefined || owners(want.assignees) === owners(task!.assignees)) result.owner++;
    if (want.due === undefined || want.due === task!.due) result.due++;
    if (want.status === undefined || want.status === task!.status) result.status++;
  }
  return result;
}

afterAll(() => {
  const total = [...scores.values()].reduce(
    (sum, s) => ({
      extracted: sum.extracted + s.extracted,
      expected: sum.expected + s.expected,
      matched: sum.matched + s.matched,
      owner: sum.owner + s.owner,
      due: sum.due + s.due,
      status: sum.status + s.status,
    }),
    { extracted: 0, expected: 0, matched: 0, owner: 0, due: 0, status: 0 },
  );
  const ratio = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
  const rows = [...scores.entries(), ['all fixtures', total] as const].map(
    ([name, s]) =>
      `${name.padEnd(58)} ${String(s.expected).padStart(4)} ${String(s.extracted).padStart(5)}  ${ratio(s.matched, s.extracted)}  ${ratio(s.matched, s.expected)}  ${ratio(s.owner, s.matched)}  ${ratio(s.due, s.matched)}  ${ratio(s.status, s.matched)}`,
  );
  console.log([`${'fixture'.padEnd(58)} want   got  precis  recall  owner   date    status`, ...rows].join('\n'));
});

describe.each(expectedFiles())('%s', (expectedName) => {
  const expected = JSON.parse(readFileSync(`${FIXTURES}${expectedName}`, 'utf8')) as Record<string, unknown>;
  const base = expectedName.replace(/\.expected\.json$/, '');
  const input = ['.html', '.xml'].map((ext) => `${base}${ext}`).find((name) => existsSync(`${FIXTURES}${name}`))!;
  // Read as the CLI reads it, so storage-format fixtures take the same path as saved pages.
  const read = documentsFromText(
    readFileSync(`${FIXTURES}${input}`, 'utf8'),
    input,
    expected.url as string | undefined,
  );
  if (!read.ok || read.documents.length !== 1) throw new Error(`${input}: expected one page`);
  const { doc, url } = read.documents[0]!;
  const extraction = extractPage(doc, { url, today: expected.today as string | undefined });
  scores.set(
    expectedName.replace(/\.expected\.json$/, ''),
    score(extraction.tasks, (expected.tasks as ExpectedTask[]) ?? []),
  );

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

  it('states its suggestions', () => {
    expect(
      expected.suggestions,
      'the expected file lists no suggestions (write [] when the page has none)',
    ).toBeInstanceOf(Array);
  });

  it('has exactly the expected suggestions', () => {
    expect(project(extraction.suggestions, expected.suggestions)).toEqual(expected.suggestions);
  });

  it('gives every task a distinct id', () => {
    expect(new Set(extraction.tasks.map((t) => t.id)).size).toBe(extraction.tasks.length);
  });
});

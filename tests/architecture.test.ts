// The house rules a reviewer would otherwise repeat, checked on every run.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { READERS } from '../lib/extract/readers';

const ROOT = new URL('../', import.meta.url);

function files(dir: string, pattern = /\.(ts|tsx)$/): string[] {
  const path = new URL(dir, ROOT);
  if (!existsSync(path)) return [];
  return readdirSync(path).flatMap((name) => {
    const rel = `${dir}${name}`;
    return statSync(new URL(rel, ROOT)).isDirectory() ? files(`${rel}/`, pattern) : pattern.test(name) ? [rel] : [];
  });
}

const read = (rel: string): string => readFileSync(new URL(rel, ROOT), 'utf8');
/** Source without comments, so a comment explaining a rule does not break it. */
const code = (rel: string): string =>
  read(rel)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

const PURE = [
  'lib/model/',
  'lib/dates/',
  'lib/people/',
  'lib/export/',
  'lib/extract/',
  'lib/popup/',
  'lib/badge/',
  'lib/actions/',
  'lib/sites/',
];

/** The files each check reads: a check over no files would pass whatever the code says. */
const CHECKED = {
  sources: files('lib/extract/sources/'),
  pure: PURE.flatMap((dir) => files(dir)),
  extract: files('lib/extract/'),
  all: [...files('lib/'), ...files('components/'), ...files('entrypoints/')],
  entrypoints: files('entrypoints/'),
};

describe('architecture', () => {
  it.each(Object.entries(CHECKED))('has files to check: %s', (_, list) => {
    expect(list.length).toBeGreaterThan(0);
  });

  it.each(PURE)('finds the pure folder %s', (dir) => {
    expect(files(dir).length, dir).toBeGreaterThan(0);
  });

  it.each(CHECKED.sources)('%s ends with a Fixtures: list naming existing fixture pages', (rel) => {
    const footer = /\/\/ Fixtures: (.+)\s*$/.exec(read(rel));
    expect(footer, 'missing "// Fixtures:" footer').not.toBeNull();
    for (const name of footer![1]!.split(',').map((s) => s.trim())) {
      expect(existsSync(new URL(`tests/fixtures/pages/${name}`, ROOT)), name).toBe(true);
    }
  });

  it('registers every source module in the one list of readers', () => {
    const names = READERS.map((r) => r.name);
    for (const rel of CHECKED.sources) {
      const name = /name: '([^']+)'/.exec(read(rel))?.[1];
      expect(names, rel).toContain(name);
    }
  });

  it.each(CHECKED.pure)('%s uses no browser globals and no clock', (rel) => {
    const source = code(rel);
    expect(source).not.toMatch(/\b(?:document|window|location|navigator|chrome)\.\w/);
    expect(source).not.toMatch(/\bbrowser\.\w/);
    expect(source).not.toMatch(/Date\.now\(|new Date\(\)/);
  });

  it.each(CHECKED.extract)('%s imports zod only as types (the content script stays small)', (rel) => {
    const source = code(rel);
    expect(source).not.toMatch(/from 'zod(?:\/[\w-]+)?'/);
    expect(source).not.toMatch(/^import \{[^}]*\} from '\.\.\/(?:\.\.\/)?model\//m);
  });

  it.each(CHECKED.all)('%s never turns strings into HTML or code', (rel) => {
    const source = code(rel);
    expect(source).not.toMatch(
      /\.innerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|\.outerHTML\s*=|\beval\(|new Function\(/,
    );
  });

  it.each(CHECKED.entrypoints)('%s is thin wiring (under 60 lines)', (rel) => {
    expect(read(rel).split('\n').length).toBeLessThan(60);
  });

  it("names every folder of lib/ in the README's layout table", () => {
    const table = read('README.md')
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    const folders = readdirSync(new URL('lib/', ROOT)).filter((name) =>
      statSync(new URL(`lib/${name}`, ROOT)).isDirectory(),
    );
    expect(folders.length).toBeGreaterThan(10);
    for (const folder of folders)
      expect(
        table.some((line) => line.includes(`\`lib/${folder}\``)),
        `lib/${folder}`,
      ).toBe(true);
  });
});

// The command line as its users run it: `agendum extract --help` from start to exit (beside Node starting and
// doing nothing), and `agendum extract <dir>` over a directory of 1,000 pages (the fixture pages, cycled).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatMs, formatTable, median } from './report';
import type { TargetCheck } from './report';

export const START_TARGET_MS = 300;

export interface CliResult {
  startMs: number;
  nodeMs: number;
  pages: number;
  extractMs: number;
}

/** Wall time of one run of `node args…`; throws when it fails. */
function run(args: string[], cwd: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr.toString().split('\n')[0]}`);
  return ms;
}

function allPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allPages(join(dir, entry.name)) : /\.html?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** `pages` files in `dir`, copies of the fixture pages in turn. */
function writePageDirectory(root: string, dir: string, pages: number): void {
  const fixtures = allPages(join(root, 'tests/fixtures/pages')).sort();
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < pages; i++)
    copyFileSync(fixtures[i % fixtures.length]!, join(dir, `page-${String(i).padStart(4, '0')}.html`));
}

export function measureCli(root: string, work: string, runs: number, pages: number): CliResult {
  const bin = join(root, 'bin/agendum.js');
  const dir = join(work, 'cli-pages');
  writePageDirectory(root, dir, pages);
  const starts: number[] = [];
  const nodes: number[] = [];
  for (let i = 0; i < runs; i++) {
    nodes.push(run(['-e', '0'], work));
    starts.push(run([bin, 'extract', '--help'], work));
  }
  const extracts = Array.from({ length: 3 }, () => run([bin, 'extract', dir, '--format', 'json'], work));
  return { startMs: median(starts), nodeMs: median(nodes), pages, extractMs: median(extracts) };
}

export function cliTable(result: CliResult): string {
  return formatTable(
    ['command', 'median', 'beside'],
    [
      ['agendum extract --help', formatMs(result.startMs), `node -e 0: ${formatMs(result.nodeMs)}`],
      [
        `agendum extract <${result.pages.toLocaleString('en')} pages> --format json`,
        formatMs(result.extractMs),
        `${pagesPerSecond(result)} pages/s`,
      ],
    ],
  );
}

const pagesPerSecond = (result: CliResult): string =>
  Math.round(result.pages / (result.extractMs / 1000)).toLocaleString('en');

export function cliTargets(result: CliResult | null): TargetCheck[] {
  return [
    {
      name: 'agendum extract --help starts',
      target: `< ${START_TARGET_MS} ms`,
      figure: result
        ? `${formatMs(result.startMs)} (Node alone ${formatMs(result.nodeMs)}); ${pagesPerSecond(result)} pages/s over ${result.pages.toLocaleString('en')}`
        : 'n/a',
      met: result ? result.startMs < START_TARGET_MS : null,
    },
  ];
}

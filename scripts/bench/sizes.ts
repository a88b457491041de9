// The size of every script the extension ships, raw and gzipped (level 9), with the content script and the
// background checked against their 40 KB gzipped budgets.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatKb, formatTable } from './report';
import type { TargetCheck } from './report';

export const SCRIPT_BUDGET_BYTES = 40 * 1024;

export interface ScriptSize {
  /** Path under the extension directory, with `/`. */
  file: string;
  role: 'content script' | 'background' | 'other';
  raw: number;
  gzip: number;
}

function roleOf(file: string): ScriptSize['role'] {
  if (file === 'background.js') return 'background';
  return file.startsWith('content-scripts/') ? 'content script' : 'other';
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? jsFiles(path) : entry.name.endsWith('.js') ? [path] : [];
  });
}

export function scriptSizes(extensionDir: string): ScriptSize[] {
  return jsFiles(extensionDir)
    .map((path) => {
      const bytes = readFileSync(path);
      const file = relative(extensionDir, path).split(sep).join('/');
      return { file, role: roleOf(file), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

const budgeted = (size: ScriptSize) => size.role !== 'other';

export function sizesTable(sizes: readonly ScriptSize[]): string {
  return formatTable(
    ['script', 'role', 'raw', 'gzip -9', 'budget (gzip)'],
    sizes.map((s) => [
      s.file,
      s.role,
      formatKb(s.raw),
      formatKb(s.gzip),
      budgeted(s) ? `${formatKb(SCRIPT_BUDGET_BYTES)}: ${s.gzip < SCRIPT_BUDGET_BYTES ? 'within' : 'OVER'}` : '',
    ]),
  );
}

/** One check per budgeted role; a role with no script (not built yet) is "not measured". */
export function sizeTargets(sizes: readonly ScriptSize[] | null): TargetCheck[] {
  return (['content script', 'background'] as const).map((role) => {
    const scripts = (sizes ?? []).filter((s) => s.role === role);
    return {
      name: `${role} size`,
      target: `< ${formatKb(SCRIPT_BUDGET_BYTES)} gzipped`,
      figure: scripts.length
        ? scripts.map((s) => `${s.file} ${formatKb(s.gzip)}`).join(', ')
        : 'n/a (no such script in the build)',
      met: scripts.length ? scripts.every((s) => s.gzip < SCRIPT_BUDGET_BYTES) : null,
    };
  });
}

#!/usr/bin/env node
// Runs the prebuilt command line (dist/agendum.mjs, which `npm ci`, `npm install` and `npm pack` build
// through `prepare`). In a checkout where it was never built, or where cli/ or lib/ changed since, it runs
// the TypeScript itself through tsx instead: the same command, only slower to start.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/agendum.mjs', import.meta.url));
const sources = ['../cli/', '../lib/'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

/** The newest modification time of the files under `dir` (0 when it does not exist, as in a packed tarball). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(`${entry.parentPath}/${entry.name}`).mtimeMs);
  }
  return latest;
}

if (existsSync(built) && Math.max(...sources.map(newest)) <= statSync(built).mtimeMs) {
  await import(new URL('../dist/agendum.mjs', import.meta.url).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}

#!/usr/bin/env node
// Builds the command line into dist/: cli/main.ts and the library it uses as ES modules for Node, its npm
// dependencies (linkedom, zod) left as imports, the extraction in a chunk of its own that `--help` never
// loads. bin/agendum.js runs dist/agendum.mjs, so the command starts without compiling TypeScript.
// `npm ci`, `npm install` and `npm pack` run this through `prepare`.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export async function buildCli() {
  // Chunk names carry a hash: clear the last build's.
  rmSync(new URL('../dist/', import.meta.url), { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: { agendum: 'cli/main.ts' },
    outdir: fileURLToPath(new URL('../dist/', import.meta.url)),
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.12',
    packages: 'external',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildCli().catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}

// Bundles the benchmark's page-side entries (bench/*-entry.ts[x]) into classic scripts with Vite's JS API,
// minified like the extension's own bundles. Writes `<name>.js` (and `<name>.css` when the entry has CSS).
import preact from '@preact/preset-vite';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export interface BenchBundle {
  name: string;
  /** Path of the script, relative to the output directory. */
  script: string;
  /** Path of the stylesheet, when the entry imported CSS. */
  css?: string;
}

/** Builds `entry` (absolute path) into `outDir` as an IIFE that sets `window.agendumBench` itself. */
export async function bundleEntry(root: string, entry: string, name: string, outDir: string): Promise<BenchBundle> {
  await build({
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [preact()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: true,
      reportCompressedSize: false,
      lib: { entry, formats: ['iife'], name: 'agendumBenchBundle', fileName: () => `${name}.js`, cssFileName: name },
    },
  });
  const css = `${name}.css`;
  return { name, script: `${name}.js`, ...(existsSync(join(outDir, css)) ? { css } : {}) };
}

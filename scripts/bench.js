#!/usr/bin/env node
// `npm run bench`: builds the extension for loopback hosts (skip with `-- --no-build` to reuse
// .output/chrome-mv3) and the command line (always: its section times what `npm ci` builds), then runs the
// TypeScript benchmark through tsx.
import { register } from 'tsx/esm/api';
import { buildCli } from './build-cli.js';
import { buildExtension, TEST_HOSTS } from './build-for-tests.js';

try {
  if (!process.argv.includes('--no-build')) await buildExtension(TEST_HOSTS);
  await buildCli();
  register();
  await import('./bench/run-bench.ts');
} catch (error) {
  // The benchmark could not run at all (the build failed, no Chromium, …): say so and fail.
  console.error(error);
  process.exitCode = 1;
}

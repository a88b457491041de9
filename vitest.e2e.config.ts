import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium, pages served on 127.0.0.1.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

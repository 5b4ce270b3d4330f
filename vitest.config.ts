import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Browser and server tests bind real ports and launch Chromium: keep files apart.
    fileParallelism: true,
    pool: 'forks',
  },
});

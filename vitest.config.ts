import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Browser and server tests bind real ports and launch Chromium: keep files apart.
    fileParallelism: true,
    pool: 'forks',
    // CI shares 2 cores between real servers, child processes and Chromium: a test that fails
    // gets one more run there (a real failure fails twice and still fails the build).
    retry: process.env.CI ? 1 : 0,
  },
});

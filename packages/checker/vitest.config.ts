import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'checker',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'example-site',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});

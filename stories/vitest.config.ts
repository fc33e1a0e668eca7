import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'storybook',
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});

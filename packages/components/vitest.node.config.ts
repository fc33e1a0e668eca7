import { defineProject } from 'vitest/config';

/** Node-side checks of the built package: the manifest and the size budget. */
export default defineProject({
  test: {
    name: 'components-node',
    include: ['test/node/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});

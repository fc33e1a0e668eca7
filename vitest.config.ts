import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Each package's vitest.config.ts; the components also have Node-side tests (size, manifest).
    projects: ['packages/*', 'packages/components/vitest.node.config.ts', 'examples/site'],
  },
});

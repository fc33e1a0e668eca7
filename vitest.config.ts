import { defineConfig } from 'vitest/config';
import { storybookProjects } from './.storybook/vitest.projects.ts';

export default defineConfig({
  test: {
    // Each package's vitest.config.ts; the components also have Node-side tests (size, manifest); the stories
    // in both themes; the Storybook's own Node tests (story files, static build).
    projects: [
      'packages/*',
      'packages/components/vitest.node.config.ts',
      'examples/site',
      'stories/vitest.config.ts',
      ...storybookProjects,
    ],
  },
});

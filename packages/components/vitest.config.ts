import { defineProject } from 'vitest/config';
import { chromiumBrowser } from '../../scripts/lib/vitest-browser.ts';

export default defineProject({
  test: {
    name: 'components',
    include: ['src/**/*.test.ts', 'test/*.test.ts'],
    setupFiles: ['test/setup-hydration.ts', 'test/setup.ts'],
    globalSetup: ['test/global-ssr.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    browser: chromiumBrowser('@charte/components tests'),
  },
});

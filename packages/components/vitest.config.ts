// The checker's own Chromium search, by path: the config is bundled, and the checker ships TypeScript sources.

import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { BrowserNotFoundError, CHROMIUM_ARGS, findChromium } from '../checker/src/run/browser.ts';

/** Chromium for the browser tests: the same search as `charte check` (CHARTE_CHROME, system paths…). */
function chromium(): string {
  try {
    return findChromium();
  } catch (error) {
    if (error instanceof BrowserNotFoundError)
      throw new Error(`@charte/components tests run in real Chromium.\n${error.message}`);
    throw error;
  }
}

export default defineProject({
  test: {
    name: 'components',
    include: ['src/**/*.test.ts', 'test/*.test.ts'],
    setupFiles: ['test/setup-hydration.ts', 'test/setup.ts'],
    globalSetup: ['test/global-ssr.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: chromium(),
          args: [...CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
        },
      }),
      instances: [{ browser: 'chromium', viewport: { width: 1280, height: 900 } }],
    },
  },
});

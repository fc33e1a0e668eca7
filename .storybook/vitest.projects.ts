/**
 * Every story as a test, in real Chromium: it renders, its play function passes, and axe finds no WCAG 2.1
 * A/AA violation (`a11y.test: 'error'` in preview.ts). Once in the light theme, once in the dark one.
 */
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { BrowserNotFoundError, CHROMIUM_ARGS, findChromium } from '../packages/checker/src/run/browser.ts';

const configDir = fileURLToPath(new URL('.', import.meta.url));

function chromium(): string {
  try {
    return findChromium();
  } catch (error) {
    if (error instanceof BrowserNotFoundError)
      throw new Error(`The stories are tested in real Chromium.\n${error.message}`);
    throw error;
  }
}

const project = (theme: 'light' | 'dark'): TestProjectInlineConfiguration => ({
  plugins: [storybookTest({ configDir, initialGlobals: { theme } })],
  test: {
    name: `stories-${theme}`,
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

export const storybookProjects = [project('light'), project('dark')];

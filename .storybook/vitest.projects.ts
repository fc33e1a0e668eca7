/**
 * Every story as a test, in real Chromium: it renders, its play function passes, and axe finds no WCAG 2.1
 * A/AA violation (`a11y.test: 'error'` in preview.ts). Once in the light theme, once in the dark one.
 */
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { chromiumBrowser } from '../scripts/lib/vitest-browser.ts';

const configDir = fileURLToPath(new URL('.', import.meta.url));

const project = (theme: 'light' | 'dark'): TestProjectInlineConfiguration => ({
  plugins: [storybookTest({ configDir, initialGlobals: { theme } })],
  test: {
    name: `stories-${theme}`,
    // One page for all the story files: each story renders afresh, and the preview (every component, the
    // tokens' CSS) loads once instead of once a file.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    browser: chromiumBrowser('The stories'),
  },
});

export const storybookProjects = [project('light'), project('dark')];

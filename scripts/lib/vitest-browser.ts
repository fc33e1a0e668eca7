/**
 * The browser of the Vitest browser-mode projects (components, stories): the machine's Chromium, found as
 * `charte check` finds it (CHARTE_CHROME, system paths…), headless, at 1280 × 900.
 */
import { playwright } from '@vitest/browser-playwright';
import type { BrowserConfigOptions } from 'vitest/node';
import { BrowserNotFoundError, CHROMIUM_ARGS, findChromium } from '../../packages/checker/src/run/browser.ts';

/** `what` says what runs in Chromium, for the message when there is none. */
export function chromiumBrowser(what: string): BrowserConfigOptions {
  let executablePath: string;
  try {
    executablePath = findChromium();
  } catch (error) {
    if (error instanceof BrowserNotFoundError) throw new Error(`${what} run in real Chromium.\n${error.message}`);
    throw error;
  }
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: {
        executablePath,
        args: [...CHROMIUM_ARGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      },
    }),
    instances: [{ browser: 'chromium', viewport: { width: 1280, height: 900 } }],
  };
}

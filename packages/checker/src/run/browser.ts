/**
 * Finds a Chromium and launches it headless with flags suited to CI machines (no background
 * networking, no sandbox when root). Never downloads a browser.
 */
import { accessSync, constants, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--disable-quic',
  '--mute-audio',
];

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export class BrowserNotFoundError extends Error {
  constructor(detail: string) {
    super(
      `${detail}\nNo Chromium found. Install one, then run again:\n` +
        '  Debian/Ubuntu:  sudo apt-get install -y chromium     (Ubuntu: chromium-browser)\n' +
        '  Fedora:         sudo dnf install -y chromium\n' +
        '  macOS:          brew install --cask chromium\n' +
        'or name one: --browser-path /path/to/chrome, or CHARTE_CHROME=/path/to/chrome',
    );
    this.name = 'BrowserNotFoundError';
  }
}

const executable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Browsers that Playwright downloaded, newest first. */
function playwrightBrowsers(): string[] {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(homedir(), '.cache/ms-playwright');
  try {
    return readdirSync(root)
      .filter((d) => d.startsWith('chromium'))
      .sort()
      .reverse()
      .flatMap((d) =>
        ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell'].map(
          (f) => path.join(root, d, f),
        ),
      );
  } catch {
    return [];
  }
}

/**
 * The browser to use: `explicit` (--browser-path), then CHARTE_CHROME, then the usual system paths and
 * those on PATH, then Playwright's downloads. Throws BrowserNotFoundError saying how to get one.
 */
export function findChromium(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  for (const [name, value] of [
    ['--browser-path', explicit],
    ['CHARTE_CHROME', env.CHARTE_CHROME],
  ] as const) {
    if (!value) continue;
    if (executable(value)) return value;
    throw new BrowserNotFoundError(`${name} ${value}: not an executable file.`);
  }
  const onPath = (env.PATH ?? '')
    .split(path.delimiter)
    .flatMap((dir) =>
      ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'].map((n) => path.join(dir, n)),
    );
  const found = [...SYSTEM_PATHS, ...onPath, ...playwrightBrowsers()].find(executable);
  if (found) return found;
  throw new BrowserNotFoundError('Looked at CHARTE_CHROME, the system paths, PATH and Playwright’s browsers.');
}

export async function launchChromium(executablePath: string): Promise<Browser> {
  const args = [...CHROMIUM_ARGS];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return chromium.launch({ executablePath, headless: true, args, timeout: 30_000 });
}
